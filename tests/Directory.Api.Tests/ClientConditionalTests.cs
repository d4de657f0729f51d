using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Directory.Api.Tests.Infrastructure;
using Lblt.Directory.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

/// <summary>
/// The C# client as an integrator writes against it: ETags read from answers and sent back, a 304 that is
/// an answer and not an exception, one exception type for every failure, C# names and enums where the wire
/// has headers and fixed values, and an upload that works without a content type.
/// </summary>
public sealed class ClientConditionalTests(ClientConditionalTests.Fixture fixture) : IClassFixture<ClientConditionalTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public string Slug { get; } = Unique.Slug("nosacijumu-biedriba");

        public async ValueTask InitializeAsync() =>
            await AddNgosAsync(new NgoSpec("Nosacījumu biedrība") { Slug = Slug });
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_read_with_the_etag_it_was_given_is_not_modified_not_an_exception()
    {
        using var services = ClientServices.For(fixture);
        var ngos = services.GetRequiredService<INgosClient>();
        var first = await ngos.GetNgoAsync(fixture.Slug, cancellationToken: Cancel);
        Assert.False(first.NotModified);
        Assert.StartsWith($"\"v{first.Result.Version}", first.ETag, StringComparison.Ordinal);

        var again = await ngos.GetNgoAsync(fixture.Slug, ifNoneMatch: first.ETag, cancellationToken: Cancel);
        Assert.True(again.NotModified);
        Assert.Equal(304, again.StatusCode);
        Assert.Null(again.Result);

        var list = await ngos.ListNgosAsync(q: "Nosacījumu", cancellationToken: Cancel);
        Assert.Contains(list.Result.Items, n => n.Slug == fixture.Slug);
        var listAgain = await ngos.ListNgosAsync(q: "Nosacījumu", ifNoneMatch: list.ETag, cancellationToken: Cancel);
        Assert.Equal(list.ETag, listAgain.ETag);
        Assert.Equal(304, listAgain.StatusCode);
        Assert.True(listAgain.NotModified);

    }

    [Fact]
    public async Task A_failure_that_is_no_problem_document_is_the_same_exception_type()
    {
        using var http = new HttpClient(new StubHandler(HttpStatusCode.BadGateway, "<html>Bad gateway</html>", "text/html"))
        {
            BaseAddress = new Uri("http://directory.example/"),
        };
        var ngos = new NgosClient(http);
        var failure = await Assert.ThrowsAsync<DirectoryProblemException>(() => ngos.GetNgoAsync("x", cancellationToken: Cancel));
        Assert.Equal(HttpStatusCode.BadGateway, failure.Status);
        Assert.Contains("Bad gateway", failure.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(typeof(INgosClient).Assembly.GetExportedTypes(), t => t.Name.StartsWith("DirectoryApiException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_import_given_no_content_type_takes_it_from_the_file_name()
    {
        using var services = ClientServices.For(fixture, "lv", await fixture.CreateKeyAsync(Domain.Role.Editor));
        var csv = "slug;name;legalForm;registrationNumber;descriptionLv;registeredMunicipality;address;postalCode;workAreas;supportAreas;languages\r\n"
            + $"{Unique.Slug("bez-tipa")};Bez tipa;association;{Unique.RegistrationNumber()};Atbalsts.;0006000;Skolas iela 1;LV-4601;Latgale;parenting;lv\r\n";
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var report = (await services.GetRequiredService<IImportsClient>().ImportNgosAsync(new FileParameter(file, "ngos.csv"), dryRun: true, cancellationToken: Cancel)).Result;
        Assert.Equal(1, report.Created);

        using var unnamed = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var refused = await Assert.ThrowsAsync<DirectoryProblemException>(() => services.GetRequiredService<IImportsClient>().ImportNgosAsync(new FileParameter(unnamed), dryRun: true, cancellationToken: Cancel));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.Status);
    }

    [Fact]
    public void Names_are_csharp_and_fixed_values_are_enums()
    {
        var parameters = typeof(INgosClient).Assembly.GetExportedTypes().Where(t => t.IsInterface && t.Name.EndsWith("Client", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods()).SelectMany(m => m.GetParameters()).Select(p => p.Name!).Distinct().ToList();
        Assert.Contains("ifNoneMatch", parameters);
        Assert.Contains("acceptLanguage", parameters);
        Assert.DoesNotContain(parameters, p => p.Contains('_', StringComparison.Ordinal));
        Assert.Equal(["Name", "NameDescending", "Updated", "UpdatedDescending", "Relevance"], Enum.GetNames<NgoListSort>());

        Assert.Equal(typeof(LegalForm), typeof(NgoDto).GetProperty(nameof(NgoDto.LegalForm))!.PropertyType);
        Assert.Equal(typeof(PublicationStatus), typeof(NgoDto).GetProperty(nameof(NgoDto.Status))!.PropertyType);
        Assert.Equal(typeof(RegionKind), typeof(RegionDto).GetProperty(nameof(RegionDto.Kind))!.PropertyType);
        Assert.Equal(typeof(ExportFileFormat?), typeof(INgosClient).GetMethod(nameof(INgosClient.ExportNgosAsync))!.GetParameters().Single(p => p.Name == "format").ParameterType);
        Assert.Equal(typeof(JsonElement?), typeof(FieldChange).GetProperty(nameof(FieldChange.Before))!.PropertyType);
    }

    private sealed class StubHandler(HttpStatusCode status, string body, string mediaType) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) });
    }
}
