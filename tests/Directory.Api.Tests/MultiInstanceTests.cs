using System.Net;
using System.Net.Http.Json;
using Directory.Api.Contracts;
using Directory.Api.Search;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;

namespace Directory.Api.Tests;

/// <summary>
/// Two instances behind a load balancer share one database. Each keeps public answers in memory; an
/// instance learns of the other's writes by polling the changes-feed head (here every 0.2 s).
/// </summary>
public sealed class MultiInstanceTests : IAsyncLifetime
{
    private readonly string _database = $"Data Source=file:shared-{Guid.NewGuid():N}?mode=memory&cache=shared";
    private Instance _first = null!;
    private Instance _second = null!;

    private sealed class Instance(string connectionString) : DirectoryApiFactory(connectionString)
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["RateLimits:Anonymous:PermitLimit"] = "100000",
            ["RateLimits:Editor:PermitLimit"] = "100000",
            ["Cache:PollSeconds"] = "0.2",
        };
    }

    public ValueTask InitializeAsync()
    {
        _first = new Instance(_database);
        _second = new Instance(_database);
        _ = _first.Server;
        _ = _second.Server;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task A_write_on_one_instance_reaches_the_others_cached_answers_within_the_poll_interval()
    {
        var reader = _first.CreateClient();
        var before = await reader.GetNgosAsync("q=kopigs");
        Assert.Equal(0, before.TotalItems);

        var editor = await _second.CreateClientAsync(Role.Editor);
        using var created = await editor.PostAsJsonAsync("/api/v1/ngos", WriteApiTests.ValidNgo("kopigs-ieraksts", status: "published"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        // The writing instance shows it at once; the other within a few poll intervals.
        Assert.Equal(1, (await editor.GetNgosAsync("q=kopigs")).TotalItems);
        var seen = false;
        for (var attempt = 0; attempt < 50 && !seen; attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            seen = (await reader.GetNgosAsync("q=kopigs")).TotalItems == 1;
        }

        Assert.True(seen, "the first instance kept serving its cached answer");
    }

    [Fact]
    public async Task A_lead_in_term_added_on_one_instance_is_searched_on_the_others_within_the_poll_interval()
    {
        var editor = await _second.CreateClientAsync(Role.Editor);
        using var created = await editor.PostAsJsonAsync("/api/v1/ngos", WriteApiTests.ValidNgo(Unique.Slug("vecaku-skola"), status: "published"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var reader = _first.CreateClient();
        Assert.Equal(SearchMatch.None, (await reader.GetNgosAsync("q=zv%C4%AB%C5%86u%20z%C4%ABd%C4%ABklis")).Search?.Match);

        var admin = await _second.CreateClientAsync(Role.Admin);
        using var read = await admin.GetAsync("/api/v1/support-areas/parenting/lead-in-terms", TestContext.Current.CancellationToken);
        var terms = await read.Content.ReadFromJsonAsync<LeadInTermsDto>(TestContext.Current.CancellationToken);
        using var put = new HttpRequestMessage(HttpMethod.Put, "/api/v1/support-areas/parenting/lead-in-terms") { Content = JsonContent.Create(new { lv = terms!.Lv.Append("zvīņu zīdīklis"), en = terms.En }) };
        put.Headers.IfMatch.Add(read.Headers.ETag!);
        using var changed = await admin.SendAsync(put, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var seen = false;
        for (var attempt = 0; attempt < 50 && !seen; attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            seen = (await reader.GetNgosAsync("q=zv%C4%AB%C5%86u%20z%C4%ABd%C4%ABklis")).Search?.Match == SearchMatch.All;
        }

        Assert.True(seen, "the first instance kept searching with the old terms");
    }

    [Fact]
    public async Task A_reference_data_edit_on_one_instance_reaches_the_others_names_and_filters_within_the_poll_interval()
    {
        var reader = _first.CreateClient();
        var (unknown, _) = await reader.GetProblemAsync("/api/v1/ngos?supportArea=online-support");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var admin = await _second.CreateClientAsync(Role.Admin);
        using var created = await WriteApiTests.SendAsync(admin, "PUT /api/v1/support-areas/online-support", new { nameLv = "Atbalsts tiešsaistē", nameEn = "Online support", parentCode = "health" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);

        var seen = false;
        for (var attempt = 0; attempt < 50 && !seen; attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            using var filtered = await reader.GetAsync("/api/v1/ngos?supportArea=online-support", TestContext.Current.CancellationToken);
            using var area = await reader.GetAsync("/api/v1/support-areas/online-support", TestContext.Current.CancellationToken);
            seen = filtered.StatusCode == HttpStatusCode.OK && area.StatusCode == HttpStatusCode.OK;
        }

        Assert.True(seen, "the first instance kept its old support areas");
    }
}
