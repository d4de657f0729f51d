using System.Net;
using Directory.Api.Contracts;
using Directory.Api.Mapping;
using Directory.Api.ReadModel;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

/// <summary>
/// The listed-profile cache holds no stale entry: an edited profile's JSON goes as the write is taken in,
/// and every entry goes when the reference data change. What is left is what the next page can use.
/// </summary>
public sealed class ProfileCacheTests(ProfileCacheTests.Fixture fixture) : IClassFixture<ProfileCacheTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public async ValueTask InitializeAsync() => await AddNgosAsync(
            new NgoSpec("Pirmā") { Slug = "first", Regions = ["riga"], SupportAreas = ["parenting"] },
            new NgoSpec("Otrā") { Slug = "second", Regions = ["riga"] },
            new NgoSpec("Trešā") { Slug = "third", Regions = ["latgale"] });
    }

    private readonly HttpClient _client = fixture.CreateClient();

    private ProfileCache Cache => fixture.Services.GetRequiredService<ProfileCache>();

    [Fact]
    public async Task An_edit_removes_the_profiles_entries_in_every_language_and_a_reference_change_removes_all()
    {
        Assert.Equal(0, Cache.Count);
        await ListAsync("lv");
        await ListAsync("en");
        Assert.Equal(6, Cache.Count);

        using var editor = await fixture.CreateClientAsync(Role.Editor);
        using var patch = await WriteApiTests.SendAsync(editor, "PATCH /api/v1/ngos/second", new { shortName = "O" });
        Assert.True(patch.IsSuccessStatusCode, await patch.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(4, Cache.Count); // both of the edited profile's entries, nothing else
        await ListAsync("lv");
        Assert.Equal(5, Cache.Count);

        var area = await _client.GetJsonAsync<SupportAreaDto>("/api/v1/support-areas/parenting");
        using var admin = await fixture.CreateClientAsync(Role.Admin);
        using var rename = await WriteApiTests.SendAsync(admin, "PUT /api/v1/support-areas/parenting", new { nameLv = area.NameLv + " (jauns)", nameEn = area.NameEn, parentCode = area.ParentCode });
        Assert.Equal(HttpStatusCode.OK, rename.StatusCode);
        await ListAsync("lv");
        Assert.Equal(3, Cache.Count); // the new names' entries alone
    }

    // no-cache: past the replay of stored answers, so the page is built from the profile cache.
    private async Task ListAsync(string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ngos");
        request.Headers.AcceptLanguage.ParseAdd(language);
        request.Headers.CacheControl = new() { NoCache = true };
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
