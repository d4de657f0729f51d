using System.Net;
using System.Text;
using Directory.Api.Tests.Infrastructure;
using Lblt.Directory.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

/// <summary>A problem through the C# client carries what a caller acts on: the trace id, Retry-After and an import's row report.</summary>
public sealed class ClientProblemTests(ClientProblemTests.Fixture fixture) : IClassFixture<ClientProblemTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["RateLimits:Anonymous:PermitLimit"] = "2",
            ["RateLimits:Editor:PermitLimit"] = "100000",
            ["Cache:PollSeconds"] = "3600",
        };
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_problem_carries_its_trace_id_and_a_429_its_retry_after()
    {
        using var anonymous = ClientServices.For(fixture);
        var regions = anonymous.GetRequiredService<IRegionsClient>();
        var missing = await Assert.ThrowsAsync<DirectoryProblemException>(() => regions.GetRegionAsync("atlantida", cancellationToken: Cancel));
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.False(string.IsNullOrEmpty(missing.TraceId));

        DirectoryProblemException? limited = null;
        for (var i = 0; i < 3 && limited is null; i++)
        {
            limited = await Record.ExceptionAsync(() => regions.ListRegionsAsync(cancellationToken: Cancel)) as DirectoryProblemException;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, limited!.Status);
        Assert.True(limited.RetryAfter > TimeSpan.Zero);
    }

    [Fact]
    public void The_client_assembly_is_named_as_its_package() =>
        Assert.Equal("Lblt.Directory.Client", typeof(INgosClient).Assembly.GetName().Name);

    [Fact]
    public async Task A_refused_import_carries_its_row_report()
    {
        using var editor = ClientServices.For(fixture, "lv", await fixture.CreateKeyAsync(Domain.Role.Editor));
        var csv = "slug;name;legalForm;registrationNumber;descriptionLv;registeredMunicipality;address;postalCode;supportAreas;languages\r\n"
            + $"{Unique.Slug("atskaite")};Atskaites biedrība;company;40008000222;Atbalsts.;Atlantīda;Iela 1;LV-4601;parenting;lv\r\n";
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var refused = await Assert.ThrowsAsync<DirectoryProblemException>(() => editor.GetRequiredService<IImportsClient>().ImportNgosAsync(new FileParameter(file, "ngos.csv", "text/csv"), cancellationToken: Cancel));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal(1, refused.Report!.Rejected);
        Assert.Contains(refused.Report.Rows.Single().Errors, e => e.Column == "registrationNumber");
    }
}
