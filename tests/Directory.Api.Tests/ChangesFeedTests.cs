using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Directory.Api.Tests.Infrastructure;
using Lblt.Directory.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

/// <summary>A portal that replays the changes feed ends with exactly the published data.</summary>
public sealed class ChangesFeedTests(DemoDirectoryFactory factory) : IClassFixture<DemoDirectoryFactory>
{
    [Fact]
    public async Task Replaying_the_feed_reproduces_the_published_data_after_a_random_mix_of_writes()
    {
        var editor = await factory.CreateClientAsync(Domain.Role.Editor);
        var admin = await factory.CreateClientAsync(Domain.Role.Admin);
        using var services = Register();
        var changes = services.GetRequiredService<IChangesClient>();
        var store = new InMemoryDirectoryStore();

        var random = new Random(17);
        var cursor = await changes.SyncAsync(store, null, TestContext.Current.CancellationToken);
        for (var round = 0; round < 3; round++)
        {
            await RandomWritesAsync(editor, admin, random, 12, round);
            // Sync part-way sometimes, from the cursor; the last sync must catch up all the same.
            if (round == 1)
            {
                cursor = await changes.SyncAsync(store, cursor, TestContext.Current.CancellationToken);
            }
        }

        await changes.SyncAsync(store, cursor, TestContext.Current.CancellationToken);

        var ngos = services.GetRequiredService<INgosClient>();
        var published = new Dictionary<Guid, NgoDto>();
        await foreach (var ngo in ngos.ListAllNgosAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            published[ngo.Id] = ngo;
        }

        var experts = new Dictionary<Guid, ExpertDto>();
        await foreach (var expert in services.GetRequiredService<IExpertsClient>().ListAllExpertsAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            experts[expert.Id] = expert;
        }

        Assert.Equal(published.Keys.Order(), store.Ngos.Keys.Order());
        Assert.Equal(experts.Keys.Order(), store.Experts.Keys.Order());
        Assert.All(published, p => Assert.Equal(Json(p.Value), Json(store.Ngos[p.Key])));
        Assert.All(experts, e => Assert.Equal(Json(e.Value), Json(store.Experts[e.Key])));
    }

    [Fact]
    public async Task Paging_the_feed_never_repeats_a_change_and_a_caught_up_cursor_stays_put()
    {
        using var services = Register();
        var changes = services.GetRequiredService<IChangesClient>();
        var seen = new HashSet<string>();
        string? cursor = null;
        ChangesPage page;
        do
        {
            page = (await changes.ListChangesAsync(cursor, 37, cancellationToken: TestContext.Current.CancellationToken)).Result;
            Assert.All(page.Items, c => Assert.True(seen.Add(c.Cursor), $"repeated {c.Cursor}"));
            cursor = page.NextCursor;
        }
        while (page.HasMore);

        Assert.True(seen.Count >= 300);
        var empty = (await changes.ListChangesAsync(cursor, 37, cancellationToken: TestContext.Current.CancellationToken)).Result;
        Assert.Empty(empty.Items);
        Assert.Equal(cursor, empty.NextCursor);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("YzE6OTk5OTk5OTk")]
    public async Task A_bad_or_foreign_cursor_is_a_400_that_says_to_resync(string cursor)
    {
        var (response, problem) = await factory.CreateClient().GetProblemAsync($"/api/v1/changes?since={cursor}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("esync", problem.GetProperty("errors").GetProperty("since")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tombstones_carry_no_personal_data()
    {
        var editor = await factory.CreateClientAsync(Domain.Role.Editor);
        var admin = await factory.CreateClientAsync(Domain.Role.Admin);
        using var created = await editor.PostAsJsonAsync("/api/v1/experts", WriteApiTests.ValidExpert("Kapakmens Persona", consent: true), TestContext.Current.CancellationToken);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetString();
        using var erased = await WriteApiTests.SendAsync(admin, $"DELETE /api/v1/experts/{id}/personal-data", null);
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);

        var feed = await factory.CreateClient().GetStringAsync("/api/v1/changes?limit=1000&since=" + await LastCursorBeforeAsync(), TestContext.Current.CancellationToken);
        Assert.Contains("\"erase\"", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("Kapakmens", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("kapakmens", feed, StringComparison.Ordinal);
    }

    private async Task<string> LastCursorBeforeAsync()
    {
        // The feed from the start, less its last 20 changes: enough to hold the two above.
        var all = new List<string>();
        string? cursor = null;
        var client = factory.CreateClient();
        while (true)
        {
            var page = await client.GetJsonAsync<JsonElement>($"/api/v1/changes?limit=1000{(cursor is null ? "" : "&since=" + cursor)}");
            all.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("cursor").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
            if (!page.GetProperty("hasMore").GetBoolean())
            {
                return all[^20];
            }
        }
    }

    private ServiceProvider Register()
    {
        var services = new ServiceCollection();
        services.AddDirectoryClient(factory.Server.BaseAddress);
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => factory.Server.CreateHandler()));
        return services.BuildServiceProvider();
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static async Task RandomWritesAsync(HttpClient editor, HttpClient admin, Random random, int count, int round)
    {
        for (var i = 0; i < count; i++)
        {
            var ngos = (await editor.GetNgosAsync($"pageSize=100&page={1 + random.Next(3)}")).Items;
            var experts = (await editor.GetJsonAsync<Contracts.PagedResult<Contracts.ExpertDto>>("/api/v1/experts?pageSize=100")).Items;
            var ngo = ngos[random.Next(ngos.Count)];
            var expert = experts[random.Next(experts.Count)];
            using var response = random.Next(7) switch
            {
                0 => await editor.PostAsJsonAsync("/api/v1/ngos", WriteApiTests.ValidNgo($"feed-{round}-{i}", status: random.Next(3) == 0 ? "draft" : "published"), TestContext.Current.CancellationToken),
                1 => await WriteApiTests.SendAsync(editor, $"PATCH /api/v1/ngos/{ngo.Id}", new { shortName = $"S{round}{i}", isMember = random.Next(2) == 0 }, $"\"v{ngo.Version}\""),
                2 => await WriteApiTests.SendAsync(editor, $"DELETE /api/v1/ngos/{ngo.Id}", null, $"\"v{ngo.Version}\""),
                3 => await WriteApiTests.SendAsync(editor, $"PATCH /api/v1/ngos/{ngo.Id}", new { status = "draft" }, $"\"v{ngo.Version}\""),
                4 => await WriteApiTests.SendAsync(editor, $"PATCH /api/v1/experts/{expert.Id}", new { contactConsent = random.Next(2) == 0, title = $"Konsultante {round}{i}" }, $"\"v{expert.Version}\""),
                5 => await WriteApiTests.SendAsync(admin, $"DELETE /api/v1/experts/{expert.Id}/personal-data", null),
                _ => await editor.PostAsJsonAsync("/api/v1/experts", WriteApiTests.ValidExpert($"Jauns Eksperts{round}x{i}", consent: random.Next(2) == 0), TestContext.Current.CancellationToken),
            };
            Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        }
    }
}
