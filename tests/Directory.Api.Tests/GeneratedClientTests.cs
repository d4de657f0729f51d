using System.Net;
using Directory.Api.Tests.Infrastructure;
using Lblt.Directory.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

/// <summary>The generated client, registered as a portal would, against the real app and its demo data.</summary>
public sealed class GeneratedClientTests : IClassFixture<DemoDirectoryFactory>, IDisposable
{
    private readonly DemoDirectoryFactory _factory;
    private readonly ServiceProvider _services;

    public GeneratedClientTests(DemoDirectoryFactory factory)
    {
        _factory = factory;
        _services = Register(factory, "lv");
    }

    private static ServiceProvider Register(DemoDirectoryFactory factory, string language, string? apiKey = null) =>
        ClientServices.For(factory, language, apiKey);

    private INgosClient Ngos => _services.GetRequiredService<INgosClient>();

    [Fact]
    public async Task Paging_through_a_filtered_list_returns_every_match_once()
    {
        var filter = new NgoFilter { Region = ["latgale"], SupportArea = ["disabilities"] };
        var first = (await Ngos.ListNgosAsync(region: filter.Region, supportArea: filter.SupportArea, pageSize: 2, cancellationToken: TestContext.Current.CancellationToken)).Result;

        var all = new List<NgoDto>();
        await foreach (var ngo in Ngos.ListAllNgosAsync(filter, TestContext.Current.CancellationToken))
        {
            all.Add(ngo);
        }

        Assert.True(first.TotalItems > 2);
        Assert.Equal(first.TotalItems, all.Count);
        Assert.Equal(all.Count, all.Select(n => n.Id).Distinct().Count());
        Assert.All(all, n => Assert.Contains(n.SupportAreas, a => a.Code is "disabilities"));
    }

    [Fact]
    public async Task Paging_through_everything_matches_the_total()
    {
        var total = ((await Ngos.ListNgosAsync(pageSize: 1, cancellationToken: TestContext.Current.CancellationToken)).Result).TotalItems;
        var count = 0;
        await foreach (var _ in Ngos.ListAllNgosAsync(new NgoFilter { Sort = NgoListSort.UpdatedDescending }, TestContext.Current.CancellationToken))
        {
            count++;
        }

        Assert.Equal(total, count);
    }

    [Fact]
    public async Task Ngo_is_fetched_by_id_and_by_slug()
    {
        var listed = ((await Ngos.ListNgosAsync(q: "gimen", pageSize: 1, cancellationToken: TestContext.Current.CancellationToken)).Result).Items.Single();
        var byId = (await Ngos.GetNgoAsync(listed.Id.ToString(), cancellationToken: TestContext.Current.CancellationToken)).Result;
        var bySlug = (await Ngos.GetNgoAsync(listed.Slug, cancellationToken: TestContext.Current.CancellationToken)).Result;
        Assert.Equal(listed.Name, byId.Name);
        Assert.Equal(listed.Id, bySlug.Id);
        Assert.NotNull(bySlug.Registered.Municipality.Code);
    }

    [Fact]
    public async Task Unknown_slug_arrives_as_a_typed_404_problem()
    {
        var problem = await Assert.ThrowsAsync<DirectoryProblemException>(() =>
            Ngos.GetNgoAsync("no-such-ngo", cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains("no-such-ngo", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_parameters_arrive_as_a_typed_400_problem_with_field_errors()
    {
        var problem = await Assert.ThrowsAsync<DirectoryProblemException>(() =>
            Ngos.ListNgosAsync(region: ["atlantis"], pageSize: 1000, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal(["pageSize", "region"], problem.Errors.Keys.Order());
    }

    [Fact]
    public async Task Facets_agree_with_list_totals()
    {
        var facets = (await Ngos.GetNgoFacetsAsync(language: ["ru"], cancellationToken: TestContext.Current.CancellationToken)).Result;
        foreach (var group in facets.TargetGroups)
        {
            var list = (await Ngos.ListNgosAsync(language: ["ru"], targetGroup: [group.Code], pageSize: 1, cancellationToken: TestContext.Current.CancellationToken)).Result;
            Assert.Equal(list.TotalItems, group.Count);
        }
    }

    [Fact]
    public async Task Regions_and_support_areas_arrive_as_trees()
    {
        var regions = (await _services.GetRequiredService<IRegionsClient>().ListRegionsAsync(cancellationToken: TestContext.Current.CancellationToken)).Result;
        Assert.Equal(5, regions.Count);
        Assert.Equal(42, regions.Sum(r => r.Municipalities!.Count));

        var areas = (await _services.GetRequiredService<ISupportAreasClient>().ListSupportAreasAsync(cancellationToken: TestContext.Current.CancellationToken)).Result;
        Assert.Contains(areas, a => a.Code == "health" && a.Children.Any(c => c.Code == "disabilities"));

        var groups = (await _services.GetRequiredService<ITargetGroupsClient>().ListTargetGroupsAsync(cancellationToken: TestContext.Current.CancellationToken)).Result;
        Assert.Contains(groups, g => g.Code == "parents");
    }

    [Fact]
    public async Task Experts_page_through_and_hide_contacts_without_consent()
    {
        var experts = new List<ExpertDto>();
        await foreach (var expert in _services.GetRequiredService<IExpertsClient>().ListAllExpertsAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            experts.Add(expert);
        }

        Assert.NotEmpty(experts);
        Assert.Contains(experts, e => e.Contacts is null);
    }

    [Fact]
    public async Task Client_can_ask_for_english_names()
    {
        using var english = Register(_factory, "en");
        var region = (await english.GetRequiredService<IRegionsClient>().GetRegionAsync("latgale", cancellationToken: TestContext.Current.CancellationToken)).Result;
        Assert.Equal("Latgale Planning Region", region.Name);
    }

    [Fact]
    public async Task Client_with_an_editor_key_creates_and_updates_with_the_version_as_if_match()
    {
        using var editor = Register(_factory, "lv", await _factory.CreateKeyAsync(Domain.Role.Editor));
        var ngos = editor.GetRequiredService<INgosClient>();
        var response = await ngos.CreateNgoAsync(new NgoWriteRequest
        {
            Name = "Klienta biedrība",
            LegalForm = LegalForm.Association,
            RegistrationNumber = Unique.RegistrationNumber(),
            DescriptionLv = "Izveidota ar C# klientu.",
            RegisteredMunicipality = "0001000",
            Address = "Brīvības iela 1",
            PostalCode = "LV-1010",
            WorkAreas = ["riga"],
            SupportAreas = ["parenting"],
            Languages = ["lv"],
            Status = PublicationStatus.Published,
        }, cancellationToken: TestContext.Current.CancellationToken);
        var created = response.Result;
        // The 201's ETag and Location, read from the answer: no "v{n}" built by hand.
        Assert.StartsWith($"\"v{created.Version}.", response.ETag, StringComparison.Ordinal);
        Assert.EndsWith($"/api/v1/ngos/{created.Id}", response.Location!.ToString(), StringComparison.Ordinal);

        var patch = await ngos.PatchNgoAsync(created.Slug, response.ETag!, new NgoPatch { ShortName = "KB" }, TestContext.Current.CancellationToken);
        var patched = patch.Result;
        Assert.StartsWith($"\"v{patched.Version}.", patch.ETag, StringComparison.Ordinal);
        Assert.Equal("KB", patched.ShortName);
        Assert.Equal(created.Version + 1, patched.Version);

        var stale = await Assert.ThrowsAsync<DirectoryProblemException>(() =>
            ngos.PatchNgoAsync(created.Slug, response.ETag!, new NgoPatch { ShortName = "X" }, TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
    }

    public void Dispose() => _services.Dispose();
}
