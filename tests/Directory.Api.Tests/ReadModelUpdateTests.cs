using Directory.Api.Tests.Infrastructure;
using Directory.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

/// <summary>A write replaces only the changed profile in memory: the word index and orders of the others must survive the move.</summary>
public sealed class ReadModelUpdateTests(ReadModelUpdateTests.Fixture fixture) : IClassFixture<ReadModelUpdateTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public async ValueTask InitializeAsync() => await AddNgosAsync(
            new NgoSpec("Alfa pirmā") { Slug = "alfa", Regions = ["riga"] },
            new NgoSpec("Beta otrā") { Slug = "beta", Regions = ["riga"] },
            new NgoSpec("Gamma trešā") { Slug = "gamma", Regions = ["riga"], Description = "Atbalsts bērniem un ģimenēm. Zvaigzne." },
            new NgoSpec("Delta ceturtā") { Slug = "delta", Regions = ["riga"], Description = "Atbalsts bērniem un ģimenēm. Saulgrieži." });
    }

    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public void Every_write_route_answers_only_once_the_read_model_and_caches_took_its_write_in()
    {
        var endpoints = fixture.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints.OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            // HSDS lists answer POST as well as GET (a search sent as a form): reads, not writes.
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods is { } methods
                && methods.All(m => !HttpMethods.IsGet(m) && !HttpMethods.IsHead(m) && !HttpMethods.IsOptions(m)))
            .ToList();
        Assert.True(endpoints.Count >= 15, $"only {endpoints.Count} write routes found");
        Assert.Empty(endpoints.Where(e => e.Metadata.GetMetadata<Endpoints.FollowedByReadModel>() is null).Select(e => e.RoutePattern.RawText));
    }

    [Fact]
    public async Task After_a_rename_search_and_name_order_see_the_new_name_and_every_other_profile_is_still_found()
    {
        Assert.Equal(["alfa", "beta", "delta", "gamma"], (await _client.GetNgosAsync("sort=name")).Items.Select(n => n.Slug));

        using var editor = await fixture.CreateClientAsync(Role.Editor);
        using var patch = await WriteApiTests.SendAsync(editor, "PATCH /api/v1/ngos/beta", new { name = "Omega otrā" });
        Assert.True(patch.IsSuccessStatusCode, await patch.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(["alfa", "delta", "gamma", "beta"], (await _client.GetNgosAsync("sort=name")).Items.Select(n => n.Slug));
        Assert.Equal(["beta", "gamma", "delta", "alfa"], (await _client.GetNgosAsync("sort=-name")).Items.Select(n => n.Slug));
        Assert.Equal("beta", (await _client.GetNgosAsync("sort=-updated")).Items[0].Slug);
        Assert.Equal("beta", (await _client.GetNgosAsync("sort=updated")).Items[^1].Slug);
        Assert.Equal(4, (await _client.GetNgosAsync("sort=updated")).Items.Select(n => n.Slug).Distinct().Count());
        Assert.Empty((await _client.GetNgosAsync("q=beta")).Items);
        Assert.Equal("beta", (await _client.GetNgosAsync("q=omega")).Items.Single().Slug);
        Assert.Equal("beta", (await _client.GetNgosAsync("q=otra")).Items.Single().Slug);
        foreach (var (word, slug) in new[] { ("alfa", "alfa"), ("gamma", "gamma"), ("ceturta", "delta"), ("pirma", "alfa") })
        {
            Assert.Equal(slug, (await _client.GetNgosAsync($"q={word}")).Items.Single().Slug);
        }
    }

    // An edit that keeps the name's place shares the word lists it does not change with the index before it:
    // the lists of words it dropped or took must still be new ones.
    [Fact]
    public async Task After_an_edit_that_keeps_the_name_the_words_it_dropped_no_longer_find_it_and_the_words_it_kept_still_do()
    {
        var before = (await _client.GetNgosAsync("sort=name")).Items.Select(n => n.Slug).ToList();
        Assert.Equal("gamma", (await _client.GetNgosAsync("q=zvaigzne")).Items.Single().Slug);

        using var editor = await fixture.CreateClientAsync(Role.Editor);
        using var patch = await WriteApiTests.SendAsync(editor, "PATCH /api/v1/ngos/gamma", new { descriptionLv = "Atbalsts bērniem un ģimenēm. Mēness." });
        Assert.True(patch.IsSuccessStatusCode, await patch.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(before, (await _client.GetNgosAsync("sort=name")).Items.Select(n => n.Slug));
        Assert.Empty((await _client.GetNgosAsync("q=zvaigzne")).Items);
        Assert.Equal("gamma", (await _client.GetNgosAsync("q=mēness")).Items.Single().Slug);
        Assert.Equal(["alfa", "beta", "delta", "gamma"], (await _client.GetNgosAsync("q=ģimenēm")).Items.Select(n => n.Slug).Order());
        Assert.Equal("gamma", (await _client.GetNgosAsync("q=gamma")).Items.Single().Slug);
    }

    // An edit that only drops words takes keys out of the index without adding any: every other key must
    // keep its place.
    [Fact]
    public async Task After_an_edit_that_only_drops_a_word_every_other_word_still_finds_its_profiles()
    {
        Assert.Equal("delta", (await _client.GetNgosAsync("q=saulgrieži")).Items.Single().Slug);

        using var editor = await fixture.CreateClientAsync(Role.Editor);
        using var patch = await WriteApiTests.SendAsync(editor, "PATCH /api/v1/ngos/delta", new { descriptionLv = "Atbalsts bērniem un ģimenēm." });
        Assert.True(patch.IsSuccessStatusCode, await patch.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Empty((await _client.GetNgosAsync("q=saulgrieži")).Items);
        Assert.Equal(["alfa", "beta", "delta", "gamma"], (await _client.GetNgosAsync("q=ģimenēm")).Items.Select(n => n.Slug).Order());
        foreach (var (word, slug) in new[] { ("alfa", "alfa"), ("gamma", "gamma"), ("ceturta", "delta"), ("pirma", "alfa"), ("treša", "gamma") })
        {
            Assert.Equal(slug, (await _client.GetNgosAsync($"q={word}")).Items.Single().Slug);
        }
    }

    // A query's parse is kept per reference snapshot: a renamed support area must reach a query asked before the rename.
    [Fact]
    public async Task A_query_asked_before_a_support_area_is_renamed_finds_its_profiles_by_the_new_name_after()
    {
        for (var i = 0; i < 3; i++)
        {
            // Asked again (past the response cache) so that its parse is kept.
            Assert.Empty((await _client.GetNgosAsync($"q=kolibri&pageSize={20 + i}")).Items);
            Assert.Empty((await _client.GetNgosAsync($"q=kolibri&pageSize={30 + i}")).Items);
        }

        using var admin = await fixture.CreateClientAsync(Role.Admin);
        using var rename = await WriteApiTests.SendAsync(admin, "PUT /api/v1/support-areas/parenting",
            new { nameLv = "Vecāku prasmes un ģimenes atbalsts (Kolibri)", nameEn = "Parenting and family support", parentCode = "family-support" });
        Assert.True(rename.IsSuccessStatusCode, await rename.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(["alfa", "beta", "delta", "gamma"], (await _client.GetNgosAsync("q=kolibri")).Items.Select(n => n.Slug).Order());
    }
}
