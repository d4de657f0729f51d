using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Directory.Api.Tests.Infrastructure;
using Lblt.Directory.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

/// <summary>
/// Every operation of the contract called through the generated C# client against the test host, as an
/// integrator would call it; a test reads the contract and fails when an operation has no client call in
/// the tests, so a new operation cannot ship with a client nobody tried.
/// </summary>
public sealed partial class ClientOperationTests(ClientOperationTests.Fixture fixture) : IClassFixture<ClientOperationTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public ServiceProvider Admin { get; private set; } = null!;

        public ServiceProvider Anonymous { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Admin = ClientServices.For(this, "lv", await CreateKeyAsync(Domain.Role.Admin));
            Anonymous = ClientServices.For(this);
            await AddNgosAsync(new NgoSpec("Eksporta biedrība") { Slug = "eksports" });
            await AddExpertsAsync(new ExpertSpec("Eksporta Eksperte") { Consented = true, Email = "eksports@test.example" });
        }

        public new async ValueTask DisposeAsync()
        {
            await Admin.DisposeAsync();
            await Anonymous.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private T Admin<T>()
        where T : notnull => fixture.Admin.GetRequiredService<T>();

    private T Anonymous<T>()
        where T : notnull => fixture.Anonymous.GetRequiredService<T>();

    [Fact]
    public void Every_operation_of_the_contract_is_called_through_the_client_in_the_tests()
    {
        var contract = JsonNode.Parse(File.ReadAllText(Path.Combine(MigrationTests.RepositoryRoot(), "openapi", "v1.json")))!;
        var operations = contract["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => op.Value!["operationId"]!.GetValue<string>()))
            .ToList();
        var tests = string.Concat(System.IO.Directory.EnumerateFiles(Path.Combine(MigrationTests.RepositoryRoot(), "tests", "Directory.Api.Tests"), "*.cs").Select(File.ReadAllText));
        var called = ClientCall().Matches(tests).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(operations);
        var untested = operations.Except(called).ToList();
        Assert.Empty(untested);
    }

    [Fact]
    public async Task Api_keys_are_issued_read_listed_and_revoked()
    {
        var keys = Admin<IApiKeysClient>();
        var created = (await keys.CreateApiKeyAsync(new CreateApiKeyRequest { Name = "Klienta portāls", Role = "partner" }, cancellationToken: Cancel)).Result;
        Assert.StartsWith("lblt_", created.Key, StringComparison.Ordinal);

        var read = (await keys.GetApiKeyAsync(created.Id, cancellationToken: Cancel)).Result;
        Assert.Equal("Klienta portāls", read.Name);
        Assert.Contains((await keys.ListApiKeysAsync(cancellationToken: Cancel)).Result, k => k.Id == created.Id);

        await keys.RevokeApiKeyAsync(created.Id, Cancel);
        Assert.NotNull(((await keys.GetApiKeyAsync(created.Id, cancellationToken: Cancel)).Result).RevokedAt);
    }

    [Fact]
    public async Task An_ngo_is_created_replaced_and_archived()
    {
        var ngos = Admin<INgosClient>();
        var created = (await ngos.CreateNgoAsync(Ngo(Unique.Slug("klienta-dzives-cikls"), "Klienta biedrība"), cancellationToken: Cancel)).Result;
        var replaced = (await ngos.ReplaceNgoAsync(created.Slug, Tag(created.Version), Ngo(created.Slug, "Klienta biedrība (jaunais)"), Cancel)).Result;
        Assert.Equal("Klienta biedrība (jaunais)", replaced.Name);

        await ngos.ArchiveNgoAsync(created.Slug, Tag(replaced.Version), Cancel);
        var gone = await Assert.ThrowsAsync<DirectoryProblemException>(() => Anonymous<INgosClient>().GetNgoAsync(created.Slug, cancellationToken: Cancel));
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
    }

    [Fact]
    public async Task An_expert_is_created_replaced_archived_and_erased()
    {
        var experts = Admin<IExpertsClient>();
        var created = (await experts.CreateExpertAsync(Expert("Klienta Eksperte"), cancellationToken: Cancel)).Result;
        var replaced = (await experts.ReplaceExpertAsync(created.Slug, Tag(created.Version), Expert("Klienta Eksperte", title: "Sociālā darbiniece"), Cancel)).Result;
        Assert.Equal("Sociālā darbiniece", replaced.Title);
        await experts.ArchiveExpertAsync(created.Slug, Tag(replaced.Version), Cancel);

        await experts.EraseExpertAsync(created.Id.ToString(), Cancel);
        var history = (await experts.GetExpertHistoryAsync(created.Id.ToString(), cancellationToken: Cancel)).Result;
        Assert.All(history, h => Assert.Null(h.Changes));
    }

    [Fact]
    public async Task A_csv_file_is_imported_as_a_dry_run()
    {
        var csv = "slug;name;legalForm;registrationNumber;descriptionLv;registeredMunicipality;address;postalCode;workAreas;supportAreas;languages\r\n"
            + $"{Unique.Slug("klienta-imports")};Klienta imports;association;{Unique.RegistrationNumber()};Atbalsts.;0006000;Skolas iela 1;LV-4601;Latgale;parenting;lv\r\n";
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var report = (await Admin<IImportsClient>().ImportNgosAsync(new FileParameter(file, "ngos.csv", "text/csv"), dryRun: true, cancellationToken: Cancel)).Result;
        Assert.True(report.DryRun);
        Assert.True(report.Created == 1, string.Join("; ", report.Rows.Select(r => $"{r.Action}: {string.Join(", ", r.Errors.Select(e => $"{e.Column}: {e.Message}"))}")));
    }

    [Fact]
    public async Task Exports_come_as_csv_and_json()
    {
        using var ngos = await Anonymous<INgosClient>().ExportNgosAsync(format: ExportFileFormat.Csv, cancellationToken: Cancel);
        Assert.Contains("eksports", await new StreamReader(ngos.Stream).ReadToEndAsync(Cancel), StringComparison.Ordinal);
        using var experts = await Anonymous<IExpertsClient>().ExportExpertsAsync(format: ExportFileFormat.Json, cancellationToken: Cancel);
        Assert.Contains("eksports@test.example", await new StreamReader(experts.Stream).ReadToEndAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reference_data_is_read_and_kept_by_an_admin()
    {
        var regions = Admin<IRegionsClient>();
        Assert.Equal(5, ((await regions.ListRegionsAsync(cancellationToken: Cancel)).Result).Count);
        var latgale = (await regions.GetRegionAsync("latgale", cancellationToken: Cancel)).Result;
        var renamed = (await regions.RenameRegionAsync("latgale", new ReferenceWriteRequest { NameLv = latgale.Name, NameEn = "Latgale region" }, Cancel)).Result;
        Assert.Equal(latgale.Code, renamed.Code);

        var areas = Admin<ISupportAreasClient>();
        Assert.NotEmpty((await areas.ListSupportAreasAsync(cancellationToken: Cancel)).Result);
        await areas.PutSupportAreaAsync("client-area", new ReferenceWriteRequest { NameLv = "Klienta joma", NameEn = "Client area", ParentCode = "health" }, Cancel);
        Assert.Equal("client-area", ((await areas.GetSupportAreaAsync("client-area", cancellationToken: Cancel)).Result).Code);
        await areas.DeleteSupportAreaAsync("client-area", Cancel);

        var groups = Admin<ITargetGroupsClient>();
        await groups.PutTargetGroupAsync("client-group", new ReferenceWriteRequest { NameLv = "Klienta grupa", NameEn = "Client group" }, Cancel);
        Assert.Contains((await groups.ListTargetGroupsAsync(cancellationToken: Cancel)).Result, g => g.Code == "client-group");
        await groups.DeleteTargetGroupAsync("client-group", Cancel);
    }

    [Fact]
    public async Task Lead_in_terms_are_read_and_replaced_one_entry_at_a_time_and_as_csv()
    {
        var areas = Admin<ISupportAreasClient>();
        var terms = (await areas.GetSupportAreaLeadInTermsAsync("housing", cancellationToken: Cancel)).Result;
        var replaced = (await areas.PutSupportAreaLeadInTermsAsync("housing", Tag(terms.Version), new LeadInTermsRequest { Lv = [.. terms.Lv, "klienta mītne"], En = terms.En }, Cancel)).Result;
        Assert.Contains("klienta mītne", replaced.Lv);

        var groups = Admin<ITargetGroupsClient>();
        var group = (await groups.GetTargetGroupLeadInTermsAsync("parents", cancellationToken: Cancel)).Result;
        Assert.Equal(group.Version + 1, ((await groups.PutTargetGroupLeadInTermsAsync("parents", Tag(group.Version), new LeadInTermsRequest { Lv = group.Lv, En = [.. group.En, "client dads"] }, Cancel)).Result).Version);

        using var csv = await areas.ExportLeadInTermsAsync(cancellationToken: Cancel);
        using var copy = new MemoryStream();
        await csv.Stream.CopyToAsync(copy, Cancel);
        copy.Position = 0;
        Assert.Equal(0, ((await areas.ImportLeadInTermsAsync("*", copy, Cancel)).Result).Changed);
    }

    [Fact]
    public async Task Search_insights_are_read_by_an_admin()
    {
        await Anonymous<INgosClient>().ListNgosAsync(q: "klientazzq", cancellationToken: Cancel);
        await fixture.Services.GetRequiredService<Insights.SearchInsights>().FlushAsync(Cancel);
        using var csv = await Admin<ISearchClient>().ListSearchInsightsAsync(only: "empty", format: ExportFileFormat.Csv, cancellationToken: Cancel);
        Assert.Contains(",klientazzq,1,1,0,", await new StreamReader(csv.Stream).ReadToEndAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_changes_feed_and_the_dataset_record_are_read()
    {
        var page = (await Anonymous<IChangesClient>().ListChangesAsync(limit: 1000, cancellationToken: Cancel)).Result;
        Assert.NotEmpty(page.NextCursor);
        var dataset = (await Anonymous<IDatasetClient>().GetDatasetAsync(cancellationToken: Cancel)).Result;
        Assert.False(string.IsNullOrEmpty(dataset.Title));
    }

    private static string Tag(int version) => $"\"v{version}\"";

    private static NgoWriteRequest Ngo(string slug, string name) => new()
    {
        Slug = slug, Name = name, LegalForm = LegalForm.Association, RegistrationNumber = Unique.RegistrationNumber(),
        DescriptionLv = "Atbalsts ģimenēm.", RegisteredMunicipality = "0006000", Address = "Skolas iela 1", PostalCode = "LV-4601",
        WorkAreas = ["latgale"], SupportAreas = ["parenting"], Languages = ["lv"], Status = PublicationStatus.Published,
    };

    private static ExpertWriteRequest Expert(string name, string title = "Psiholoģe") => new()
    {
        Name = name, Title = title, BioLv = "Strādā ar ģimenēm.", Nationwide = true, Expertise = ["mental-health"],
        Languages = ["lv"], HelpOffered = ["advice"], Email = "klients@test.example", ContactConsent = true, Status = PublicationStatus.Published,
    };

    // A client method called on a client: ".ListNgosAsync(" names the operation ListNgos.
    [GeneratedRegex(@"\.([A-Z][A-Za-z]+)Async\(")]
    private static partial Regex ClientCall();
}
