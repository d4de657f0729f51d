using Directory.Api.Tests.Infrastructure;

namespace Directory.Api.Tests;

public sealed class SortingTests(SortingTests.Fixture fixture) : IClassFixture<SortingTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public static readonly Guid LowId = Guid.Parse("00000000-0000-4000-8000-000000000001");
        public static readonly Guid HighId = Guid.Parse("ffffffff-ffff-4fff-bfff-ffffffffffff");

        public async ValueTask InitializeAsync() => await AddNgosAsync(
            new NgoSpec("Čaks") { UpdatedAt = Day(3) },
            new NgoSpec("Cālis") { UpdatedAt = Day(1) },
            new NgoSpec("Dārzs") { UpdatedAt = Day(5) },
            new NgoSpec("Ābele") { UpdatedAt = Day(2) },
            new NgoSpec("Zaķis") { UpdatedAt = Day(4) },
            new NgoSpec("Žubīte") { UpdatedAt = Day(6) },
            new NgoSpec("Šķūnis") { UpdatedAt = Day(7) },
            new NgoSpec("Sala") { UpdatedAt = Day(8) },
            new NgoSpec("Ģimeņu māja") { UpdatedAt = Day(9) },
            new NgoSpec("Gaisma") { UpdatedAt = Day(10), Description = "Ģimeņu atbalsts." },
            new NgoSpec("Twin") { Id = HighId, UpdatedAt = Day(11) },
            new NgoSpec("Twin") { Id = LowId, UpdatedAt = Day(11) });

        private static DateTime Day(int day) => new(2026, 3, day, 0, 0, 0, DateTimeKind.Utc);
    }

    private readonly HttpClient _client = fixture.CreateClient();

    private async Task<string[]> NamesAsync(string query) =>
        [.. (await _client.GetAllNgosAsync(query)).Select(n => n.Name)];

    [Fact]
    public async Task Names_sort_in_latvian_alphabetical_order()
    {
        Assert.Equal(
            ["Ābele", "Cālis", "Čaks", "Dārzs", "Gaisma", "Ģimeņu māja", "Sala", "Šķūnis", "Twin", "Twin", "Zaķis", "Žubīte"],
            await NamesAsync("sort=name"));
    }

    [Fact]
    public async Task Name_is_the_default_order_and_minus_name_reverses_it()
    {
        var ascending = await NamesAsync("");
        Assert.Equal(await NamesAsync("sort=name"), ascending);
        Assert.Equal(ascending.Reverse(), await NamesAsync("sort=-name"));
    }

    [Fact]
    public async Task Updated_sorts_by_update_time_both_ways()
    {
        Assert.Equal(["Cālis", "Ābele", "Čaks", "Zaķis", "Dārzs", "Žubīte", "Šķūnis", "Sala", "Ģimeņu māja", "Gaisma", "Twin", "Twin"], await NamesAsync("sort=updated"));
        Assert.Equal(["Twin", "Twin", "Gaisma", "Ģimeņu māja"], (await NamesAsync("sort=-updated")).Take(4));
    }

    [Fact]
    public async Task Equal_names_are_ordered_by_id()
    {
        var twins = (await _client.GetAllNgosAsync("q=twin")).Select(n => n.Id).ToList();
        Assert.Equal([Fixture.LowId, Fixture.HighId], twins);
        var twinsDescending = (await _client.GetAllNgosAsync("q=twin&sort=-name")).Select(n => n.Id).ToList();
        Assert.Equal([Fixture.LowId, Fixture.HighId], twinsDescending);
    }

    [Fact]
    public async Task Relevance_is_the_default_with_a_query_and_puts_name_matches_first()
    {
        // "Ģimeņu māja" has the word in its name; every NGO here has it in a support area's name
        // ("… ģimenes atbalsts"), which ranks above its description: the rest keep name order.
        string[] byRelevance = ["Ģimeņu māja", "Ābele", "Cālis", "Čaks", "Dārzs", "Gaisma", "Sala", "Šķūnis", "Twin", "Twin", "Zaķis", "Žubīte"];
        Assert.Equal(byRelevance, await NamesAsync("q=gimenu"));
        Assert.Equal(byRelevance, await NamesAsync("q=gimenu&sort=relevance"));
        Assert.Equal(["Ābele", "Cālis", "Čaks", "Dārzs", "Gaisma", "Ģimeņu māja"], (await NamesAsync("q=gimenu&sort=name")).Take(6));
    }
}
