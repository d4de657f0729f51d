using System.Net;
using System.Text.Json;
using Directory.Api.Insights;
using Directory.Api.Contracts;
using Directory.Api.Search;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests.Search;

/// <summary>
/// Search insights: what people asked and did not find, counted per day and normalised query, for admins.
/// Each test searches words of its own (<see cref="Unique.Word"/>) and writes the counts itself (a flush).
/// </summary>
public sealed class SearchInsightTests(SearchInsightTests.Fixture fixture) : IClassFixture<SearchInsightTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(base.Settings)
        {
            ["SearchInsights:FlushSeconds"] = "3600",
        };

        public async ValueTask InitializeAsync() =>
            await AddNgosAsync(new NgoSpec("Prāta miers") { Slug = "insight-mental", Description = "Biedrība.", SupportAreas = ["mental-health"] });

        public Task FlushAsync() => Services.GetRequiredService<SearchInsights>().FlushAsync(TestContext.Current.CancellationToken);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly HttpClient _client = fixture.CreateClient();

    private async Task<List<SearchInsightRow>> InsightsAsync(string query = "")
    {
        var admin = await fixture.CreateClientAsync(Role.Admin);
        return [.. (await admin.GetJsonAsync<SearchInsightsDto>($"/api/v1/search-insights?limit=1000{query}")).Queries];
    }

    [Fact]
    public async Task Searches_that_find_nothing_or_only_part_are_counted_per_query_for_admins()
    {
        var nothing = Unique.Word("zvejn");
        var partly = Unique.Word("dzeln");
        await _client.GetNgosAsync($"q={nothing}");
        await _client.GetNgosAsync($"q={nothing.ToUpperInvariant()}"); // one query, however it is typed
        await _client.GetNgosAsync($"q=psihologs%20{partly}");
        await _client.GetNgosAsync($"q=psihologs%20{partly}&page=2"); // the next page of the same search: not asked again
        await _client.GetNgosAsync("q=psihologs");
        await fixture.FlushAsync();

        var empty = await InsightsAsync("&only=empty");
        var row = Assert.Single(empty, r => r.Query == nothing);
        Assert.Equal(("ngo", 2, 2, 0), (row.List, row.Asked, row.Empty, row.Partial));
        Assert.DoesNotContain(empty, r => r.Query == "psihologs");
        var partial = Assert.Single(await InsightsAsync("&only=partial"), r => r.Query == $"psihologs {partly}");
        Assert.Equal((1, 0, 1), (partial.Asked, partial.Empty, partial.Partial));
        Assert.Contains(await InsightsAsync(), r => r.Query == "psihologs" && r.Asked >= 1);
    }

    [Fact]
    public async Task Searches_counted_while_the_counts_are_written_are_not_lost()
    {
        var word = Unique.Word("steidz");
        using var flushing = new CancellationTokenSource();
        var flusher = Task.Run(async () =>
        {
            while (!flushing.IsCancellationRequested)
            {
                await fixture.FlushAsync();
            }
        }, Cancel);
        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => _client.GetNgosAsync($"q={word}")));
        await flushing.CancelAsync();
        await flusher;
        await fixture.FlushAsync();

        var row = Assert.Single(await InsightsAsync("&only=empty"), r => r.Query == word);
        Assert.Equal(200, row.Asked);
    }

    [Theory]
    [InlineData("jana.berzina@example.com")]
    [InlineData("+371 26 123 456")]
    [InlineData("zvanīt 26123456")]
    [InlineData("010190-12345")]
    [InlineData("Jānis 01019012345")]
    public async Task A_query_that_looks_like_personal_data_is_never_stored(string q)
    {
        var marker = Unique.Word("pers");
        await _client.GetNgosAsync($"q={Uri.EscapeDataString(q + " " + marker)}");
        await _client.GetAsync($"/hsds/organizations?search={Uri.EscapeDataString(q + " " + marker)}", Cancel);
        await fixture.FlushAsync();

        List<SearchInsight> rows = [];
        await fixture.WithDbAsync(async db => rows = await db.SearchInsights.ToListAsync(Cancel));
        Assert.DoesNotContain(rows, r => r.Query.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nothing_but_the_day_the_list_the_words_and_the_counts_is_kept()
    {
        // No address, key, user or time of day: the table has no place for them.
        string[] columns = [];
        await fixture.WithDbAsync(db =>
        {
            columns = [.. db.Model.FindEntityType(typeof(SearchInsight))!.GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal)];
            return Task.CompletedTask;
        });
        Assert.Equal(["Asked", "Day", "Empty", "Id", "List", "Partial", "Query"], columns);
    }

    [Fact]
    public async Task Only_admins_read_the_insights_and_bad_parameters_are_problems()
    {
        using var anonymous = await _client.GetAsync("/api/v1/search-insights", Cancel);
        await WriteApiTests.AssertProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        var editor = await fixture.CreateClientAsync(Role.Editor);
        using var forbidden = await editor.GetAsync("/api/v1/search-insights", Cancel);
        await WriteApiTests.AssertProblemAsync(forbidden, HttpStatusCode.Forbidden);

        var admin = await fixture.CreateClientAsync(Role.Admin);
        using var bad = await admin.GetAsync("/api/v1/search-insights?from=2026-13-01&only=never&list=all&limit=0", Cancel);
        var errors = (await WriteApiTests.AssertProblemAsync(bad, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["from", "limit", "list", "only"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Insights_come_as_csv_for_a_spreadsheet()
    {
        var word = Unique.Word("kvadr");
        await _client.GetNgosAsync($"q={word}");
        await fixture.FlushAsync();
        var admin = await fixture.CreateClientAsync(Role.Admin);
        var csv = await admin.GetStringAsync("/api/v1/search-insights?format=csv&only=empty&limit=1000", Cancel);
        Assert.StartsWith("list,query,asked,empty,partial,firstDay,lastDay\r\n", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"\r\nngo,{word},1,1,0,{today},{today}\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_older_than_ninety_days_go_at_the_next_write()
    {
        var old = Unique.Word("vecs");
        var kept = Unique.Word("jauns");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await fixture.WithDbAsync(async db =>
        {
            db.SearchInsights.Add(new SearchInsight { Day = today.AddDays(-SearchInsights.RetentionDays - 1), List = "ngo", Query = old, Asked = 1 });
            db.SearchInsights.Add(new SearchInsight { Day = today.AddDays(-SearchInsights.RetentionDays), List = "ngo", Query = kept, Asked = 1 });
            await db.SaveChangesAsync(Cancel);
        });
        await _client.GetNgosAsync($"q={Unique.Word("rakst")}"); // something to write
        await fixture.FlushAsync();
        List<string> queries = [];
        await fixture.WithDbAsync(async db => queries = await db.SearchInsights.Select(i => i.Query).ToListAsync(Cancel));
        Assert.DoesNotContain(old, queries);
        Assert.Contains(kept, queries);
    }
}

/// <summary>Insights across restarts and instances, and their bound per day: each test on a database of its own.</summary>
public sealed class SearchInsightStorageTests
{
    private sealed class Instance(string connectionString, int maxPerDay = 10_000, int maxPending = 10_000) : DirectoryApiFactory(connectionString)
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(base.Settings)
        {
            ["SearchInsights:FlushSeconds"] = "3600",
            ["SearchInsights:MaxQueriesPerDay"] = maxPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SearchInsights:MaxPending"] = maxPending.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        public Task FlushAsync() => Services.GetRequiredService<SearchInsights>().FlushAsync(TestContext.Current.CancellationToken);
    }

    private static string Database() => $"Data Source=file:insights-{Guid.NewGuid():N}?mode=memory&cache=shared";

    [Fact]
    public async Task Counts_survive_a_restart_and_add_up_across_instances()
    {
        var database = Database();
        var word = Unique.Word("restart");
        var first = new Instance(database);
        await using var second = new Instance(database);
        await first.CreateClient().GetNgosAsync($"q={word}");
        await first.CreateClient().GetNgosAsync($"q={word}");
        await second.CreateClient().GetNgosAsync($"q={word}");
        await second.FlushAsync();
        // Stopping (as on SIGTERM: the host stops its services) writes what the instance counted.
        await first.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHost>().StopAsync(TestContext.Current.CancellationToken);
        await first.DisposeAsync();

        List<SearchInsight> rows = [];
        await second.WithDbAsync(async db => rows = await db.SearchInsights.Where(i => i.Query == word).ToListAsync(TestContext.Current.CancellationToken));
        var row = Assert.Single(rows);
        Assert.Equal((3, 3), (row.Asked, row.Empty));
    }

    [Fact]
    public async Task A_day_keeps_at_most_its_bound_of_queries()
    {
        await using var instance = new Instance(Database(), maxPerDay: 2);
        foreach (var word in new[] { Unique.Word("raza"), Unique.Word("razb"), Unique.Word("razc") })
        {
            await instance.CreateClient().GetNgosAsync($"q={word}");
        }

        await instance.FlushAsync();
        var count = 0;
        await instance.WithDbAsync(async db => count = await db.SearchInsights.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, count);
    }

    [Fact]
    public async Task Between_two_writes_at_most_the_pending_bound_of_queries_wait_and_those_waiting_keep_counting()
    {
        await using var instance = new Instance(Database(), maxPending: 2);
        var (first, second, third) = (Unique.Word("pend"), Unique.Word("pend"), Unique.Word("pend"));
        foreach (var word in new[] { first, second, third, first })
        {
            await instance.CreateClient().GetNgosAsync($"q={word}");
        }

        await instance.FlushAsync();
        List<SearchInsight> rows = [];
        await instance.WithDbAsync(async db => rows = await db.SearchInsights.ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal([(first, 2), (second, 1)], rows.Select(r => (r.Query, r.Asked)).OrderBy(r => r.Item2 == 2 ? 0 : 1));
    }
}
