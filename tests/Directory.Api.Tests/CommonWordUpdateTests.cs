using Directory.Api.Tests.Infrastructure;
using Directory.Domain;

namespace Directory.Api.Tests;

/// <summary>
/// A word on a sixteenth of the profiles or more, and on 64 at least, is held as a bit set rather than a
/// list (Search/Postings.cs). Writes that keep every profile's place, move one, add one at the end or take
/// the last one out must leave such a word finding exactly its profiles, also when one crosses the line.
/// </summary>
public sealed class CommonWordUpdateTests(CommonWordUpdateTests.Fixture fixture) : IClassFixture<CommonWordUpdateTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        // 256 profiles, so that one more takes the sets a word longer (they are whole vectors of 256 bits):
        // "ziedlapa" on 200 of them, "zvaigzne" on exactly 64, "kopa" (in the name) on all.
        public async ValueTask InitializeAsync() => await AddNgosAsync([.. Enumerable.Range(0, Count).Select(i =>
            new NgoSpec($"Kopa {i:D3}") { Slug = Slug(i), Regions = ["riga"], Description = Words(ziedlapa: i < 200, zvaigzne: i >= Count - 64) })]);
    }

    private const int Count = 256;

    private readonly HttpClient _client = fixture.CreateClient();

    private static string Words(bool ziedlapa, bool zvaigzne) => "Atbalsts ģimenēm." + (ziedlapa ? " Ziedlapa." : "") + (zvaigzne ? " Zvaigzne." : "");

    [Fact]
    public async Task A_common_word_finds_exactly_its_profiles_after_edits_moves_arrivals_and_departures()
    {
        var ziedlapa = Enumerable.Range(0, 200).Select(Slug).ToHashSet();
        var zvaigzne = Enumerable.Range(Count - 64, 64).Select(Slug).ToHashSet();
        await FindsAsync(ziedlapa, zvaigzne);
        using var editor = await fixture.CreateClientAsync(Role.Editor);

        // Every profile keeps its place: the edited one's words change.
        await WriteAsync(editor, "PATCH /api/v1/ngos/kopa-005", new { descriptionLv = Words(ziedlapa: false, zvaigzne: true) });
        ziedlapa.Remove("kopa-005");
        zvaigzne.Add("kopa-005");
        await FindsAsync(ziedlapa, zvaigzne);

        // Below 64: a list again.
        await WriteAsync(editor, "PATCH /api/v1/ngos/kopa-220", new { descriptionLv = Words(ziedlapa: true, zvaigzne: false) });
        await WriteAsync(editor, "PATCH /api/v1/ngos/kopa-221", new { descriptionLv = Words(ziedlapa: true, zvaigzne: false) });
        zvaigzne.ExceptWith(["kopa-220", "kopa-221"]);
        ziedlapa.UnionWith(["kopa-220", "kopa-221"]);
        await FindsAsync(ziedlapa, zvaigzne);

        // A rename moves a profile to the front: every other one moves by one.
        await WriteAsync(editor, "PATCH /api/v1/ngos/kopa-060", new { name = "Ābele kopa 060" });
        await FindsAsync(ziedlapa, zvaigzne);

        // One arrives at the end (the others keep their places, the count grows past 256) and takes a word
        // back to 64; "kopa" is not in its name, so that word's set is the same as before it came.
        await WriteAsync(editor, "POST /api/v1/ngos", WriteApiTests.ValidNgo("kopa-zz", status: "published") with { Name = "Žubīte", DescriptionLv = Words(ziedlapa: true, zvaigzne: true) });
        ziedlapa.Add("kopa-zz");
        zvaigzne.Add("kopa-zz");
        await FindsAsync(ziedlapa, zvaigzne);

        // The last one leaves (archived): the others keep their places, the count shrinks.
        await WriteAsync(editor, "DELETE /api/v1/ngos/kopa-zz", null);
        ziedlapa.Remove("kopa-zz");
        zvaigzne.Remove("kopa-zz");
        await FindsAsync(ziedlapa, zvaigzne);
    }

    private static string Slug(int i) => $"kopa-{i:D3}";

    private static async Task WriteAsync(HttpClient editor, string request, object? body)
    {
        using var response = await WriteApiTests.SendAsync(editor, request, body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private async Task FindsAsync(HashSet<string> ziedlapa, HashSet<string> zvaigzne)
    {
        Assert.Equal(ziedlapa.Order(), (await _client.GetAllNgosAsync("q=ziedlapa&pageSize=100")).Select(n => n.Slug).Order());
        Assert.Equal(zvaigzne.Order(), (await _client.GetAllNgosAsync("q=zvaigzne&pageSize=100")).Select(n => n.Slug).Order());
        Assert.Equal(ziedlapa.Intersect(zvaigzne).Order(), (await _client.GetAllNgosAsync("q=ziedlapa%20zvaigzne&pageSize=100")).Select(n => n.Slug).Order());
        var all = Enumerable.Range(0, Count).Select(Slug).ToHashSet();
        Assert.Equal(all.Count + (ziedlapa.Contains("kopa-zz") ? 1 : 0), (await _client.GetAllNgosAsync("q=atbalsts&pageSize=100")).Count);
        Assert.Equal(all.Order(), (await _client.GetAllNgosAsync("q=kopa&pageSize=100")).Select(n => n.Slug).Order());
        Assert.Equal(ziedlapa.Intersect(all).Order(), (await _client.GetAllNgosAsync("q=kopa%20ziedlapa&pageSize=100")).Select(n => n.Slug).Order());
    }
}
