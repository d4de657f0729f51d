using Directory.Api.Tests.Infrastructure;
using Directory.Domain;

namespace Directory.Api.Tests;

public sealed class NgoFilterTests(NgoFilterTests.Fixture fixture) : IClassFixture<NgoFilterTests.Fixture>
{
    // Rēzekne (0006000) and Ludzas novads (0037000) are in Latgale; Liepāja (0005000) in Kurzeme.
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public async ValueTask InitializeAsync() => await AddNgosAsync(
            new NgoSpec("Rēzeknes ģimeņu centrs") { Slug = "rezekne-local", Home = "0006000", Regions = ["0006000"], SupportAreas = ["foster-care"], TargetGroups = ["age-0-6"], Languages = ["lv", "ltg"], IsMember = true },
            new NgoSpec("Ludzas jauniešu klubs") { Slug = "ludza-local", Home = "0037000", Regions = ["0037000"], SupportAreas = ["youth-work"], TargetGroups = ["age-13-18"], Languages = ["lv", "ru"] },
            new NgoSpec("Latgales atbalsta tīkls") { Slug = "latgale-wide", Home = "0006000", Regions = ["latgale"], SupportAreas = ["adoption"], TargetGroups = ["parents"] },
            new NgoSpec("Visas Latvijas palīdzība") { Slug = "nationwide", Nationwide = true, SupportAreas = ["crisis-support"], TargetGroups = ["parents"], Languages = ["lv", "en"], UpdatedAt = new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc) },
            new NgoSpec("Liepājas bērnu osta") { Slug = "liepaja-local", Home = "0005000", Regions = ["0005000"], SupportAreas = ["foster-care"], TargetGroups = ["age-0-6"], Description = "Rotaļu telpa un ģimeņu atbalsts Liepājā.", IsMember = true },
            new NgoSpec("Slepens melnraksts") { Slug = "draft-one", Nationwide = true, Status = PublicationStatus.Draft },
            new NgoSpec("Arhivēta biedrība") { Slug = "archived-one", Nationwide = true, Status = PublicationStatus.Archived });
    }

    private readonly HttpClient _client = fixture.CreateClient();

    private async Task<string[]> SlugsAsync(string query) =>
        [.. (await _client.GetAllNgosAsync(query)).Select(n => n.Slug).Order()];

    [Fact]
    public async Task Planning_region_matches_its_municipalities_the_region_as_a_whole_and_nationwide_ngos()
    {
        Assert.Equal(["latgale-wide", "ludza-local", "nationwide", "rezekne-local"], await SlugsAsync("region=latgale"));
    }

    [Theory]
    [InlineData("latgale", "latgale")]
    [InlineData("Latgalē", "latgale")]
    [InlineData("Rēzeknē", "0006000")]
    public async Task A_place_in_q_finds_what_the_region_filter_finds_with_the_nationwide_ngos_after_the_local_ones(string q, string region)
    {
        var found = (await _client.GetAllNgosAsync($"q={Uri.EscapeDataString(q)}")).Select(n => n.Slug).ToList();
        Assert.Equal(await SlugsAsync($"region={region}"), found.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("nationwide", found[^1]);
    }

    [Fact]
    public async Task A_need_and_a_place_in_q_find_the_nationwide_ngo_that_serves_it()
    {
        // Only the nationwide NGO does crisis support: "in Latgale" must not leave it out.
        Assert.Equal(["nationwide"], (await _client.GetAllNgosAsync("q=kr%C4%ABzes%20atbalsts%20Latgal%C4%93")).Select(n => n.Slug));
        Assert.Equal(Directory.Api.Search.SearchMatch.All, (await _client.GetNgosAsync("q=kr%C4%ABzes%20atbalsts%20Latgal%C4%93")).Search?.Match);
    }

    [Fact]
    public async Task Municipality_matches_ngos_working_there_in_its_planning_region_or_nationwide_but_not_its_neighbours()
    {
        Assert.Equal(["latgale-wide", "nationwide", "rezekne-local"], await SlugsAsync("region=0006000"));
    }

    [Fact]
    public async Task Municipality_can_be_named_by_slug_as_well_as_atvk_code()
    {
        Assert.Equal(await SlugsAsync("region=0005000"), await SlugsAsync("region=liepaja"));
    }

    [Fact]
    public async Task List_parameter_values_combine_with_or_whether_repeated_or_comma_separated()
    {
        string[] expected = ["latgale-wide", "liepaja-local", "nationwide", "rezekne-local"];
        Assert.Equal(expected, await SlugsAsync("region=0006000,0005000"));
        Assert.Equal(expected, await SlugsAsync("region=0006000&region=0005000"));
    }

    [Fact]
    public async Task Parent_support_area_matches_ngos_in_its_children()
    {
        Assert.Equal(["latgale-wide", "liepaja-local", "rezekne-local"], await SlugsAsync("supportArea=alternative-care"));
        Assert.Equal(["liepaja-local", "rezekne-local"], await SlugsAsync("supportArea=foster-care"));
    }

    [Fact]
    public async Task Filters_of_different_parameters_combine_with_and()
    {
        Assert.Equal(["rezekne-local"], await SlugsAsync("supportArea=foster-care&region=latgale"));
    }

    [Fact]
    public async Task Target_group_language_and_member_filters_select_matching_ngos()
    {
        Assert.Equal(["liepaja-local", "rezekne-local"], await SlugsAsync("targetGroup=age-0-6"));
        Assert.Equal(["ludza-local", "nationwide"], await SlugsAsync("language=ru,en"));
        Assert.Equal(["rezekne-local"], await SlugsAsync("language=ltg"));
        Assert.Equal(["liepaja-local", "rezekne-local"], await SlugsAsync("member=true"));
        Assert.Equal(["latgale-wide", "ludza-local", "nationwide"], await SlugsAsync("member=false"));
    }

    [Fact]
    public async Task Filters_together_find_what_each_finds_and_leave_each_ones_answer_as_it_was()
    {
        // A filter of one dimension is answered with that dimension's own set, q's too: combining them must
        // not change it. "ģimeņu" is in a name, a text and the taxonomy's words.
        string[] singles = ["q=%C4%A3ime%C5%86u", "member=true", "member=false", "region=latgale", "language=lv", "targetGroup=age-0-6"];
        var alone = new Dictionary<string, string[]>();
        foreach (var single in singles)
        {
            alone[single] = await SlugsAsync(single);
        }

        Assert.NotEmpty(alone["q=%C4%A3ime%C5%86u"]);
        foreach (var first in singles)
        {
            foreach (var second in singles.Where(s => string.CompareOrdinal(s, first) > 0 && s.Split('=')[0] != first.Split('=')[0]))
            {
                Assert.Equal(alone[first].Intersect(alone[second]).Order(), await SlugsAsync($"{first}&{second}"));
            }
        }

        foreach (var single in singles)
        {
            Assert.Equal(alone[single], await SlugsAsync(single));
        }
    }

    [Fact]
    public async Task Updated_since_keeps_ngos_updated_at_or_after_the_instant()
    {
        Assert.Equal(["nationwide"], await SlugsAsync("updatedSince=2026-09-01"));
        Assert.Equal(["nationwide"], await SlugsAsync("updatedSince=2026-08-31T23:00:00%2B02:00"));
        Assert.Empty(await SlugsAsync("updatedSince=2026-09-01T00:00:01Z"));
    }

    [Theory]
    [InlineData("rotalu")]
    [InlineData("ROTAĻU")]
    [InlineData("Rotaļu")]
    [InlineData("rOtAlU")]
    public async Task Search_ignores_case_and_diacritics(string q)
    {
        // "Rotaļu" is in Liepāja's description alone.
        Assert.Equal(["liepaja-local"], await SlugsAsync($"q={Uri.EscapeDataString(q)}"));
    }

    [Fact]
    public async Task Search_requires_every_word_somewhere_in_the_profile()
    {
        Assert.Equal(["liepaja-local"], await SlugsAsync("q=rotalu%20gimenu"));
        var partial = await _client.GetNgosAsync("q=rotalu%20ludza");
        Assert.Equal(Directory.Api.Search.SearchMatch.Partial, partial.Search?.Match); // no profile has both: one word answers, and the list says so
    }

    [Fact]
    public async Task Drafts_and_archived_profiles_are_never_listed_or_served()
    {
        var all = await SlugsAsync("pageSize=100");
        Assert.DoesNotContain("draft-one", all);
        Assert.DoesNotContain("archived-one", all);
        Assert.Equal(5, all.Length);

        foreach (var slug in new[] { "draft-one", "archived-one" })
        {
            var (response, _) = await _client.GetProblemAsync($"/api/v1/ngos/{slug}");
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Ngo_is_found_by_id_and_by_slug_with_its_links_resolved()
    {
        var bySlug = await _client.GetJsonAsync<Contracts.NgoDto>("/api/v1/ngos/rezekne-local");
        var byId = await _client.GetJsonAsync<Contracts.NgoDto>($"/api/v1/ngos/{bySlug.Id}");

        Assert.Equal(bySlug, byId with { SupportAreas = bySlug.SupportAreas, TargetGroups = bySlug.TargetGroups, Languages = bySlug.Languages, WorkArea = bySlug.WorkArea, Contacts = bySlug.Contacts });
        Assert.Equal("Rēzeknes ģimeņu centrs", bySlug.Name);
        Assert.Equal("0006000", bySlug.Registered.Municipality.Code);
        Assert.Equal("Rēzekne", bySlug.Registered.Municipality.Name);
        Assert.Equal(["0006000"], bySlug.WorkArea.Regions.Select(r => r.Code));
        Assert.Equal(["foster-care"], bySlug.SupportAreas.Select(a => a.Code));
        Assert.Equal(["age-0-6"], bySlug.TargetGroups.Select(g => g.Code));
        Assert.Equal(["lv", "ltg"], bySlug.Languages);
    }
}
