using Directory.Api.Tests.Infrastructure;
using Directory.Domain;

namespace Directory.Api.Tests;

/// <summary>
/// A write that leaves every profile in its place updates the filters' sets of the index before it rather
/// than building them all again (ReadModel/ProfileMatching.cs): the values the profile left and took must
/// answer as a fresh start would, and every other value's answer stay as it was.
/// </summary>
public sealed class FilterUpdateTests(FilterUpdateTests.Fixture fixture) : IClassFixture<FilterUpdateTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public async ValueTask InitializeAsync() => await AddNgosAsync(
            new NgoSpec("Alfa filtrs") { Slug = "alfa-filtrs", Home = "0006000", Regions = ["0006000"], SupportAreas = ["foster-care"], TargetGroups = ["age-0-6"], Languages = ["lv", "ltg"] },
            new NgoSpec("Beta filtrs") { Slug = "beta-filtrs", Home = "0006000", Regions = ["0006000"], SupportAreas = ["youth-work"], TargetGroups = ["age-13-18"], Languages = ["lv", "ru"] },
            new NgoSpec("Gamma filtrs") { Slug = "gamma-filtrs", Home = "0005000", Regions = ["0005000"], SupportAreas = ["foster-care"], TargetGroups = ["parents"], Languages = ["lv"] });
    }

    private static readonly string[] Queries =
    [
        "region=0006000", "region=0005000", "region=0037000", "region=latgale", "region=kurzeme",
        "supportArea=foster-care", "supportArea=youth-work", "supportArea=adoption",
        "targetGroup=age-0-6", "targetGroup=age-13-18", "targetGroup=parents",
        "language=ru", "language=ltg", "language=en", "language=lv",
        "member=true", "member=false", "region=0006000&supportArea=foster-care", "region=latgale&language=ru",
    ];

    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task An_edit_that_keeps_the_name_moves_the_profile_between_filter_values_and_leaves_the_others_as_they_were()
    {
        var before = await AnswersAsync();
        Assert.Equal(["alfa-filtrs", "beta-filtrs"], before["region=0006000"]);
        Assert.Empty(before["member=true"]);

        using var editor = await fixture.CreateClientAsync(Role.Editor);
        using var patch = await WriteApiTests.SendAsync(editor, "PATCH /api/v1/ngos/beta-filtrs", new
        {
            registeredMunicipality = "0037000", workAreas = new[] { "0037000" }, supportAreas = new[] { "adoption", "foster-care" },
            targetGroups = new[] { "parents" }, languages = new[] { "lv", "en" }, isMember = true,
        });
        Assert.True(patch.IsSuccessStatusCode, await patch.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var after = await AnswersAsync();
        var expected = new Dictionary<string, string[]>(before)
        {
            ["region=0006000"] = ["alfa-filtrs"],
            ["region=0037000"] = ["beta-filtrs"],
            ["region=kurzeme"] = before["region=kurzeme"],
            ["supportArea=foster-care"] = ["alfa-filtrs", "beta-filtrs", "gamma-filtrs"],
            ["supportArea=youth-work"] = [],
            ["supportArea=adoption"] = ["beta-filtrs"],
            ["targetGroup=age-13-18"] = [],
            ["targetGroup=parents"] = ["beta-filtrs", "gamma-filtrs"],
            ["language=ru"] = [],
            ["language=en"] = ["beta-filtrs"],
            ["member=true"] = ["beta-filtrs"],
            ["member=false"] = ["alfa-filtrs", "gamma-filtrs"],
            ["region=0006000&supportArea=foster-care"] = ["alfa-filtrs"],
            ["region=latgale&language=ru"] = [],
        };
        Assert.Equal(expected.OrderBy(e => e.Key), after.OrderBy(e => e.Key));
        Assert.Equal(["alfa-filtrs", "beta-filtrs"], after["region=latgale"]);
    }

    private async Task<Dictionary<string, string[]>> AnswersAsync()
    {
        var answers = new Dictionary<string, string[]>();
        foreach (var query in Queries)
        {
            answers[query] = [.. (await _client.GetAllNgosAsync(query + "&pageSize=100")).Select(n => n.Slug).Order()];
        }

        return answers;
    }
}
