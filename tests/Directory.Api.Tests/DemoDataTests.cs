using Directory.Api.Contracts;
using Directory.Api.Tests.Infrastructure;

namespace Directory.Api.Tests;

/// <summary>Paging and facets over the ≈400 demo NGOs a fresh install serves.</summary>
public sealed class DemoDataTests(DemoDirectoryFactory factory) : IClassFixture<DemoDirectoryFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("pageSize=7")]
    [InlineData("pageSize=100&sort=-updated")]
    [InlineData("pageSize=13&region=latgale&sort=-name")]
    [InlineData("pageSize=5&q=gimen&supportArea=family-support")]
    public async Task Paging_through_every_page_returns_each_ngo_exactly_once(string query)
    {
        var first = await _client.GetNgosAsync(query);
        var all = await _client.GetAllNgosAsync(query);

        Assert.True(first.TotalItems > 0);
        Assert.Equal(first.TotalItems, all.Count);
        Assert.Equal(all.Count, all.Select(n => n.Id).Distinct().Count());
        Assert.Equal((int)Math.Ceiling(first.TotalItems / (double)first.PageSize), first.TotalPages);
    }

    [Fact]
    public async Task Page_links_are_absolute_keep_every_filter_and_omit_prev_and_next_at_the_ends()
    {
        var first = await _client.GetNgosAsync("region=riga&language=lv&pageSize=10");
        Assert.True(first.Links.Self.IsAbsoluteUri);
        Assert.Null(first.Links.Prev);
        Assert.NotNull(first.Links.Next);
        Assert.Contains("region=riga", first.Links.Next!.Query, StringComparison.Ordinal);
        Assert.Contains("language=lv", first.Links.Next.Query, StringComparison.Ordinal);
        Assert.Contains("pageSize=10", first.Links.Next.Query, StringComparison.Ordinal);
        Assert.Contains("page=2", first.Links.Next.Query, StringComparison.Ordinal);

        var last = await _client.GetJsonAsync<PagedResult<NgoDto>>(first.Links.Last.PathAndQuery);
        Assert.Equal(first.TotalPages, last.Page);
        Assert.Null(last.Links.Next);
        Assert.NotNull(last.Links.Prev);
    }

    [Fact]
    public async Task Default_page_size_is_20_and_a_page_past_the_end_is_empty()
    {
        var first = await _client.GetNgosAsync();
        Assert.Equal(20, first.PageSize);
        Assert.Equal(20, first.Items.Count);

        var beyond = await _client.GetNgosAsync($"page={first.TotalPages + 1}");
        Assert.Empty(beyond.Items);
        Assert.Equal(first.TotalItems, beyond.TotalItems);
        Assert.Null(beyond.Links.Next);
    }

    [Theory]
    [InlineData("")]
    [InlineData("region=latgale")]
    [InlineData("supportArea=health&language=ru")]
    [InlineData("language=ltg,uk&region=latgale")]
    [InlineData("region=vidzeme&targetGroup=parents&q=berni")]
    public async Task Facet_counts_equal_the_list_totals_for_each_value(string query)
    {
        var facets = await _client.GetJsonAsync<NgoFacetsDto>($"/api/v1/ngos/facets?{query}");
        Assert.Equal((await _client.GetNgosAsync(query)).TotalItems, facets.TotalItems);

        // A dimension's count is the list total with that dimension set to the value instead.
        var others = Without(query, "region");
        foreach (var region in facets.Regions.Where((_, i) => i % 5 == 0))
        {
            Assert.Equal((await _client.GetNgosAsync(With(others, $"region={region.Code}&pageSize=1"))).TotalItems, region.Count);
        }

        others = Without(query, "supportArea");
        foreach (var area in facets.SupportAreas.Where((_, i) => i % 3 == 0))
        {
            Assert.Equal((await _client.GetNgosAsync(With(others, $"supportArea={area.Code}&pageSize=1"))).TotalItems, area.Count);
        }

        others = Without(query, "targetGroup");
        foreach (var group in facets.TargetGroups)
        {
            Assert.Equal((await _client.GetNgosAsync(With(others, $"targetGroup={group.Code}&pageSize=1"))).TotalItems, group.Count);
        }

        others = Without(query, "language");
        Assert.NotEmpty(facets.Languages);
        foreach (var language in facets.Languages)
        {
            Assert.Equal((await _client.GetNgosAsync(With(others, $"language={language.Code}&pageSize=1"))).TotalItems, language.Count);
        }
    }

    [Fact]
    public async Task The_language_facet_names_each_language_in_the_answer_language_most_used_first()
    {
        var lv = await _client.GetJsonAsync<NgoFacetsDto>("/api/v1/ngos/facets");
        Assert.Equal("lv", lv.Languages[0].Code); // every demo NGO works in Latvian
        Assert.Equal("latviešu", lv.Languages[0].Name);
        Assert.Equal(lv.Languages.OrderByDescending(l => l.Count).Select(l => l.Count), lv.Languages.Select(l => l.Count));
        Assert.Contains(lv.Languages, l => l is { Code: "ltg", Name: "latgaliešu" });

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ngos/facets");
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        var en = System.Text.Json.JsonSerializer.Deserialize<NgoFacetsDto>(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), ApiClient.Json)!;
        Assert.Equal("Latvian", en.Languages[0].Name);
        Assert.Equal(lv.Languages.Select(l => (l.Code, l.Count)), en.Languages.Select(l => (l.Code, l.Count)));
    }

    [Fact]
    public async Task Facets_list_every_region_support_area_and_target_group_of_the_demo_data_with_ngos()
    {
        var facets = await _client.GetJsonAsync<NgoFacetsDto>("/api/v1/ngos/facets");
        Assert.Equal(5 + 42, facets.Regions.Count);
        Assert.All(facets.Regions, r => Assert.True(r.Count > 0, $"no NGO in {r.Code}"));
        Assert.All(facets.SupportAreas, a => Assert.True(a.Count > 0, $"no NGO in {a.Code}"));
        Assert.All(facets.TargetGroups, g => Assert.True(g.Count > 0, $"no NGO in {g.Code}"));
    }

    [Fact]
    public async Task Demo_data_is_marked_fictional_spread_and_includes_hidden_profiles()
    {
        var all = await _client.GetAllNgosAsync("pageSize=100");
        Assert.InRange(all.Count, 300, 400);
        Assert.All(all, n => Assert.True(n.IsDemo));
        Assert.Contains(all, n => n.WorkArea.Nationwide);
        Assert.Contains(all, n => n.Name.Any(c => "āčēģīķļņšūž".Contains(c, StringComparison.Ordinal)));
        Assert.All(all, n => Assert.EndsWith(".example", n.Contacts.Email, StringComparison.Ordinal));
        Assert.All(all, n => Assert.True(Domain.RegistrationNumber.IsValid(n.RegistrationNumber), n.RegistrationNumber));

        var experts = await _client.GetJsonAsync<PagedResult<ExpertDto>>("/api/v1/experts?pageSize=100");
        Assert.InRange(experts.TotalItems, 50, 80);
        Assert.Contains(experts.Items, e => e.Contacts is null);
        Assert.Contains(experts.Items, e => e.Contacts is not null);
    }

    private static string Without(string query, string parameter) =>
        string.Join('&', query.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith(parameter + "=", StringComparison.Ordinal)));

    private static string With(string query, string extra) => query.Length == 0 ? extra : $"{query}&{extra}";
}
