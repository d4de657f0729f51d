using System.Net.Http.Json;
using System.Net;
using System.Net.Http.Headers;
using Directory.Api.Contracts;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

public sealed class CachingAndLocalizationTests(CachingAndLocalizationTests.Fixture fixture) : IClassFixture<CachingAndLocalizationTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public async ValueTask InitializeAsync() => await AddNgosAsync(
            new NgoSpec("Daugavpils ģimenes") { Slug = "dgp", Home = "0002000", Regions = ["0002000"], Description = "Latviski.", DescriptionEn = "In English." },
            new NgoSpec("Tikai latviski") { Slug = "lv-only", Regions = ["riga"], Description = "Tikai latviešu valodā." });
    }

    private readonly HttpClient _client = fixture.CreateClient();

    [Theory]
    [InlineData("/api/v1/ngos")]
    [InlineData("/api/v1/ngos/dgp")]
    [InlineData("/api/v1/ngos/facets")]
    [InlineData("/api/v1/experts")]
    [InlineData("/api/v1/regions")]
    [InlineData("/api/v1/regions/latgale")]
    [InlineData("/api/v1/support-areas")]
    [InlineData("/api/v1/support-areas/health")]
    [InlineData("/api/v1/target-groups")]
    public async Task Every_get_has_an_etag_and_a_matching_if_none_match_gets_304(string url)
    {
        using var first = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.NotNull(first.Headers.CacheControl);
        Assert.Contains("Accept-Language", first.Headers.Vary);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        using var second = await _client.SendAsync(conditional, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        using var third = await _client.SendAsync(stale, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task Etag_changes_when_the_data_changes()
    {
        using var before = await _client.GetAsync("/api/v1/ngos/lv-only", TestContext.Current.CancellationToken);
        await fixture.WithDbAsync(async db =>
        {
            var ngo = db.Ngos.Single(n => n.Slug == "lv-only");
            ngo.ShortName = "TL";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        using var after = await _client.GetAsync("/api/v1/ngos/lv-only", TestContext.Current.CancellationToken);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task Repeated_public_reads_are_answered_from_memory_until_the_data_changes()
    {
        const string url = "/api/v1/ngos?q=latviski";
        using var first = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        // Keys made by earlier tests moved the data version: let the read model's background refresh finish.
        await fixture.Services.GetRequiredService<Directory.Api.ReadModel.PublishedProfiles>().CatchUpAsync(TestContext.Current.CancellationToken);
        fixture.Commands.Reset();
        using var second = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(0, fixture.Commands.Count);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(
            await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        using var editor = await fixture.CreateClientAsync(Role.Editor);
        using var patch = await WriteApiTests.SendAsync(editor, "PATCH /api/v1/ngos/lv-only", new { shortName = "Mainīts" });
        Assert.True(patch.IsSuccessStatusCode, await patch.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        // The write answered once the read model held it: the next read is new, from memory.
        using var third = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.NotEqual(first.Headers.ETag, third.Headers.ETag);
        Assert.Contains("Mainīts", await third.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latvian_is_the_default_language_of_names_and_descriptions()
    {
        using var response = await _client.GetAsync("/api/v1/ngos/dgp", TestContext.Current.CancellationToken);
        Assert.Equal(["lv"], response.Content.Headers.ContentLanguage);
        var ngo = await _client.GetJsonAsync<NgoDto>("/api/v1/ngos/dgp");
        Assert.Equal("Latviski.", ngo.Description);
        Assert.Equal("lv", ngo.DescriptionLanguage);
        Assert.Equal("Daugavpils", ngo.Registered.Municipality.Name);
        Assert.Equal("Vecāku prasmes un ģimenes atbalsts", ngo.SupportAreas.Single().Name);
    }

    [Fact]
    public async Task Accept_language_en_gives_english_names_and_falls_back_to_latvian_text()
    {
        var english = new Dictionary<string, string> { ["Accept-Language"] = "en-GB,en;q=0.9" };
        var ngo = await GetAsync<NgoDto>("/api/v1/ngos/dgp", english);
        Assert.Equal("In English.", ngo.Description);
        Assert.Equal("en", ngo.DescriptionLanguage);
        Assert.Equal("Parenting and family support", ngo.SupportAreas.Single().Name);

        var latvianOnly = await GetAsync<NgoDto>("/api/v1/ngos/lv-only", english);
        Assert.Equal("Tikai latviešu valodā.", latvianOnly.Description);
        Assert.Equal("lv", latvianOnly.DescriptionLanguage);

        var region = await GetAsync<RegionDto>("/api/v1/regions/latgale", english);
        Assert.Equal("Latgale Planning Region", region.Name);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/regions/latgale");
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(["en"], response.Content.Headers.ContentLanguage);
    }

    [Fact]
    public async Task An_unsupported_language_falls_back_to_latvian()
    {
        var region = await GetAsync<RegionDto>("/api/v1/regions/latgale", new() { ["Accept-Language"] = "de" });
        Assert.Equal("Latgales plānošanas reģions", region.Name);
    }

    [Fact]
    public async Task Responses_in_different_languages_have_different_etags()
    {
        using var lv = await _client.GetAsync("/api/v1/target-groups", TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/target-groups");
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var en = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.NotEqual(lv.Headers.ETag, en.Headers.ETag);
    }

    private async Task<T> GetAsync<T>(string url, Dictionary<string, string> headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>(ApiClient.Json, TestContext.Current.CancellationToken))!;
    }
}
