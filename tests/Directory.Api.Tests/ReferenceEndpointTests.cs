using Directory.Api.Contracts;
using Directory.Api.Tests.Infrastructure;

namespace Directory.Api.Tests;

public sealed class ReferenceEndpointTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Regions_are_the_five_planning_regions_with_all_42_municipalities()
    {
        var regions = await _client.GetJsonAsync<List<RegionDto>>("/api/v1/regions");
        Assert.Equal(["kurzeme", "latgale", "riga", "vidzeme", "zemgale"], regions.Select(r => r.Code));
        Assert.Equal(42, regions.Sum(r => r.Municipalities!.Count));
        Assert.Equal(7, regions.SelectMany(r => r.Municipalities!).Count(m => m.Kind == "stateCity"));
        Assert.All(regions.SelectMany(r => r.Municipalities!), m => Assert.Matches("^[0-9]{7}$", m.Atvk!));
    }

    [Theory]
    [InlineData("latgale", "latgale", "planningRegion")]
    [InlineData("riga", "riga", "planningRegion")]
    [InlineData("0001000", "0001000", "stateCity")]
    [InlineData("0043000", "0043000", "municipality")]
    [InlineData("rezeknes-novads", "0043000", "municipality")]
    [InlineData("rigas-valstspilseta", "0001000", "stateCity")]
    public async Task Region_is_found_by_slug_or_atvk_code(string code, string expectedCode, string kind)
    {
        var region = await _client.GetJsonAsync<RegionDto>($"/api/v1/regions/{code}");
        Assert.Equal(expectedCode, region.Code);
        Assert.Equal(kind, region.Kind);
    }

    [Fact]
    public async Task Every_region_has_a_slug_of_its_own_that_finds_it()
    {
        var regions = await _client.GetJsonAsync<List<RegionDto>>("/api/v1/regions");
        var all = regions.Concat(regions.SelectMany(r => r.Municipalities!)).ToList();
        Assert.Equal(47, all.Select(r => r.Slug).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var region in all)
        {
            Assert.Equal(region.Code, (await _client.GetJsonAsync<RegionDto>($"/api/v1/regions/{region.Slug}")).Code);
        }
    }

    [Fact]
    public async Task A_database_seeded_with_the_shared_slug_gets_the_city_its_own_on_start()
    {
        await factory.WithDbAsync(async db =>
        {
            var city = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Regions, r => r.Code == "0001000", TestContext.Current.CancellationToken);
            city.Slug = "riga";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await global::Directory.Infrastructure.Seed.ReferenceDataSeeder.SeedAsync(db, TestContext.Current.CancellationToken);
            Assert.Equal("rigas-valstspilseta", city.Slug);
        });
    }

    [Fact]
    public async Task Municipality_names_its_planning_region()
    {
        var region = await _client.GetJsonAsync<RegionDto>("/api/v1/regions/0043000");
        Assert.Equal("Rēzeknes novads", region.Name);
        Assert.Equal("latgale", region.PlanningRegion?.Code);
        Assert.Null(region.Municipalities);
    }

    [Fact]
    public async Task Support_areas_form_a_tree_whose_parents_list_their_children()
    {
        var tree = await _client.GetJsonAsync<List<SupportAreaDto>>("/api/v1/support-areas");
        Assert.All(tree, root => Assert.Null(root.ParentCode));
        var care = tree.Single(a => a.Code == "alternative-care");
        Assert.Equal(["foster-care", "guardianship", "adoption", "care-leavers"], care.Children.Select(c => c.Code));
        Assert.All(care.Children, c => Assert.Equal("alternative-care", c.ParentCode));

        var child = await _client.GetJsonAsync<SupportAreaDto>("/api/v1/support-areas/foster-care");
        Assert.Equal("alternative-care", child.ParentCode);
        Assert.Equal("Audžuģimenes", child.Name);
    }

    [Fact]
    public async Task Target_groups_are_listed_apart_from_support_areas()
    {
        var groups = await _client.GetJsonAsync<List<TargetGroupDto>>("/api/v1/target-groups");
        Assert.Contains(groups, g => g.Code == "age-0-6" && g.NameLv == "Bērni 0–6 gadi");
        Assert.Contains(groups, g => g.Code == "foster-families");
    }
}
