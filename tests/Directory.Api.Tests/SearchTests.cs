using Directory.Api.Search;
using System.Net.Http.Json;
using Directory.Api.Contracts;
using Directory.Api.Tests.Infrastructure;

namespace Directory.Api.Tests;

/// <summary>What <c>q</c> finds: word forms, English, taxonomy and place names, typos, prefixes, and how it ranks.</summary>
public sealed class SearchTests(SearchTests.Fixture fixture) : IClassFixture<SearchTests.Fixture>
{
    // Neutral defaults: no query below meets them, so each NGO is found only by what it states.
    private const string Neutral = "Sporta nodarbības un pulciņi.";

    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public async ValueTask InitializeAsync()
        {
            await AddNgosAsync(
                Ngo("Saulstariņi", "a-exact") with { Description = "Atbalsts bērniem ar invaliditāti." },
                Ngo("Atvasīte", "k-other-form") with { Description = "Mūsu bērniem ir invaliditāte." },
                Ngo("Bērnu balss", "b-english") with { DescriptionEn = "We support children with disabilities." },
                Ngo("Cerību tilts", "c-addiction") with { SupportAreas = ["addiction-prevention"] },
                Ngo("Dzintars", "d-rezekne-family") with { Home = "0006000", SupportAreas = ["family-support"] },
                Ngo("Ezerzeme", "e-liepaja-family") with { Home = "0005000", SupportAreas = ["family-support"] },
                Ngo("Fēnikss", "f-rezekne-housing") with { Home = "0006000" },
                Ngo("Gaujiena", "h-clay") with { Description = "Māla darbnīca bērniem." },
                Ngo("Zīle, adopcijas centrs", "n-name"),
                Ngo("Bite", "n-taxonomy") with { SupportAreas = ["adoption"] },
                Ngo("Ābols", "n-text") with { Description = "Konsultācijas par adopciju." },
                Ngo("Vasarnīca", "v-typo-bound") with { Description = "Ziemassvētku koncerti dziedātājiem." });
            await AddExpertsAsync(
                new ExpertSpec("Zane Ozola") { Expertise = ["adoption"], Bio = "Strādā ar skolām." },
                new ExpertSpec("Baiba Liepa") { Expertise = ["mental-health"], Bio = "Konsultē par adopciju." },
                new ExpertSpec("Anna Kalna") { Expertise = ["mental-health"], Bio = "Strādā ar skolām." });
        }

        private static NgoSpec Ngo(string name, string slug) =>
            new(name) { Slug = slug, Description = Neutral, SupportAreas = ["housing"], TargetGroups = ["professionals"] };
    }

    private readonly HttpClient _client = fixture.CreateClient();

    private async Task<string[]> SlugsAsync(string q, string more = "") =>
        [.. (await _client.GetAllNgosAsync($"q={Uri.EscapeDataString(q)}{more}")).Select(n => n.Slug)];

    private static void AssertReport(SearchReport report, SearchMatch match, string[] used, string[] leftOut)
    {
        Assert.Equal(match, report.Match);
        Assert.Equal(used, report.Used);
        Assert.Equal(leftOut, report.LeftOut);
    }

    private async Task<SearchReport> ReportAsync(string q) =>
        (await _client.GetNgosAsync($"q={Uri.EscapeDataString(q)}")).Search ?? throw new InvalidOperationException("A list with q says what it did with it.");

    [Theory]
    [InlineData("invaliditāte")]
    [InlineData("invaliditātes")]
    [InlineData("invaliditātei")]
    [InlineData("invaliditāti")]
    [InlineData("invaliditate")]
    [InlineData("INVALIDITĀTES")]
    public async Task Every_form_of_a_word_finds_the_same_profiles(string q) =>
        Assert.Equal(["a-exact", "k-other-form"], [.. (await SlugsAsync(q)).Order()]);

    [Fact]
    public async Task The_form_as_written_ranks_above_another_form_of_the_word()
    {
        Assert.Equal(["a-exact", "k-other-form"], await SlugsAsync("invaliditāti"));
        Assert.Equal(["k-other-form", "a-exact"], await SlugsAsync("invaliditāte"));
    }

    [Theory]
    [InlineData("disability")]
    [InlineData("disabilities")]
    [InlineData("Disabled")]
    public async Task English_text_is_stemmed_as_english(string q) =>
        Assert.Equal(["b-english"], await SlugsAsync(q));

    [Theory]
    [InlineData("atkarība")]
    [InlineData("atkarības")]
    [InlineData("atkarību profilaksei")]
    [InlineData("addiction")]
    public async Task Support_area_names_in_either_language_find_the_ngos_tagged_with_them(string q) =>
        Assert.Equal(["c-addiction"], await SlugsAsync(q));

    [Theory]
    [InlineData("rēzekne ģimenes")]
    [InlineData("Rēzeknes ģimenēm")]
    [InlineData("rezekne family")]
    public async Task Place_and_support_area_names_combine_like_filters(string q) =>
        Assert.Equal(["d-rezekne-family"], await SlugsAsync(q));

    [Fact]
    public async Task Every_term_must_match_somewhere()
    {
        Assert.Equal(["a-exact", "k-other-form"], [.. (await SlugsAsync("invaliditāte")).Order()]);
        var report = await ReportAsync("invaliditāte");
        AssertReport(report, SearchMatch.All, ["invaliditāte"], []);
    }

    [Fact]
    public async Task When_no_profile_matches_every_word_the_most_words_that_match_together_answer_and_the_list_says_which()
    {
        // No profile is both in Rēzekne and about disability: the Rēzekne profiles (with the nationwide ones, more of them) answer.
        var report = await ReportAsync("rēzekne invaliditāte");
        AssertReport(report, SearchMatch.Partial, ["rēzekne"], ["invaliditāte"]);
        Assert.Equal(await SlugsAsync("rēzekne"), await SlugsAsync("rēzekne invaliditāte"));
    }

    [Fact]
    public async Task A_word_that_matches_nothing_even_with_a_typo_gets_a_word_of_the_vocabulary()
    {
        // Eight letters forgive one typo; "mējaklis" is two from "mājoklis" (the housing area's name), so it
        // matches nothing, and the vocabulary's word is suggested with its diacritics.
        var report = await ReportAsync("mējaklis");
        Assert.Equal(SearchMatch.None, report.Match);
        Assert.Equal([new SearchSuggestion("mējaklis", "mājoklis")], report.DidYouMean);
        Assert.Empty(await SlugsAsync("mējaklis"));
    }

    [Theory]
    [InlineData("adopcja")] // 7 letters, one letter left out
    [InlineData("adpocija")] // two letters swapped: one edit
    public async Task A_word_of_five_letters_or_more_forgives_one_typo(string q) =>
        Assert.Equal(["n-name", "n-taxonomy", "n-text"], await SlugsAsync(q));

    [Fact]
    public async Task A_word_of_nine_letters_or_more_forgives_two_typos()
    {
        Assert.Equal(["a-exact", "k-other-form"], [.. (await SlugsAsync("invalydytāti")).Order()]);
        Assert.Empty(await SlugsAsync("ynvalydytāti")); // three
    }

    [Fact]
    public async Task A_query_forgives_typos_in_at_most_two_words()
    {
        // Each forgiven word is a scan of the words of its length (~2.5 ms at 100,000 NGOs): twelve made one
        // anonymous minute of quota cost 8 s of CPU.
        Assert.Equal(["v-typo-bound"], await SlugsAsync("vasarnyca ziemassvetky koncerti"));
        var report = await ReportAsync("vasarnyca ziemassvetky koncerdi");
        AssertReport(report, SearchMatch.Partial, ["vasarnyca", "ziemassvetky"], ["koncerdi"]);
    }

    [Fact]
    public async Task A_short_word_forgives_no_typo()
    {
        Assert.Equal(["h-clay"], await SlugsAsync("māla"));
        Assert.Empty(await SlugsAsync("mēla"));
    }

    [Fact]
    public async Task The_last_word_also_matches_as_the_start_of_a_word()
    {
        Assert.Equal(["n-name", "n-taxonomy", "n-text"], await SlugsAsync("adop"));
        Assert.Equal(["n-text"], await SlugsAsync("konsultācijas adop"));
        var report = await ReportAsync("adop konsultācijas"); // not last: "adop" is a word of its own, and matches nothing
        AssertReport(report, SearchMatch.Partial, ["konsultācijas"], ["adop"]);
    }

    [Fact]
    public async Task Relevance_ranks_name_above_taxonomy_above_text_whatever_the_name_order()
    {
        Assert.Equal(["n-name", "n-taxonomy", "n-text"], await SlugsAsync("adopcija"));
        Assert.Equal(["n-text", "n-taxonomy", "n-name"], await SlugsAsync("adopcija", "&sort=name"));
    }

    [Fact]
    public async Task Experts_rank_expertise_names_above_their_bio()
    {
        var experts = await _client.GetJsonAsync<PagedResult<ExpertDto>>("/api/v1/experts?q=adopcija");
        Assert.Equal(["Zane Ozola", "Baiba Liepa"], experts.Items.Select(e => e.Name));
    }

    /// <summary>
    /// A ranking's sets are reused once its page is read: searches running at once must each read only
    /// their own. Each query's order, asked 400 times by 8 callers at once, is the order it has alone.
    /// </summary>
    [Fact]
    public async Task Searches_running_at_once_each_rank_their_own_matches()
    {
        string[] queries = ["adopcija", "invaliditāte", "bērniem invaliditāti", "ģimenes atbalsts", "adop", "invaliditate bērni", "atbalsts", "konsultācijas adop"];
        var alone = new Dictionary<string, string>();
        foreach (var q in queries)
        {
            alone[q] = string.Join(",", await SlugsAsync(q));
        }

        Assert.Contains(alone.Values, order => order.Count(c => c == ',') >= 2); // orders of several profiles, not only single answers
        await Parallel.ForAsync(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = TestContext.Current.CancellationToken }, async (i, ct) =>
        {
            var q = queries[i % queries.Length];
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/ngos?q={Uri.EscapeDataString(q)}&pageSize=100");
            request.Headers.CacheControl = new() { NoCache = true }; // ranked each time, not replayed
            using var response = await _client.SendAsync(request, ct);
            var page = await response.Content.ReadFromJsonAsync<PagedResult<NgoDto>>(ApiClient.Json, ct);
            Assert.Equal(alone[q], string.Join(",", page!.Items.Select(n => n.Slug)));
        });
    }
}
