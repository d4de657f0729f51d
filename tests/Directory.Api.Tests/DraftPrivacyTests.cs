using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Directory.Api.Hsds;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;
using static Directory.Api.Tests.WriteApiTests;

namespace Directory.Api.Tests;

/// <summary>
/// Text that only ever stood in a draft or an archived profile stays private once the profile is published
/// (by a PATCH, by an import row or by a restore): every public path is read after the publication.
/// </summary>
public sealed class DraftPrivacyTests(DraftPrivacyTests.Fixture fixture) : IClassFixture<DraftPrivacyTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public HttpClient Anonymous { get; private set; } = null!;
        public HttpClient Editor { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Anonymous = CreateClient();
            Editor = await CreateClientAsync(Role.Editor);
        }
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_draft_published_by_a_patch_shows_nothing_of_the_draft()
    {
        var (slug, secrets) = (Unique.Slug("melnraksts-patch"), Secrets("patch"));
        var (id, etag) = await CreateDraftAsync(slug, secrets);

        using var publish = await SendAsync(fixture.Editor, $"PATCH /api/v1/ngos/{id}", Published(slug), etag);
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);

        await AssertNoPublicPathShowsAsync(id, secrets);
    }

    [Fact]
    public async Task A_draft_published_by_an_import_row_shows_nothing_of_the_draft()
    {
        var (slug, secrets) = (Unique.Slug("melnraksts-imports"), Secrets("import"));
        var (id, _) = await CreateDraftAsync(slug, secrets);
        var row = ValidNgo(slug, status: "published") with { DescriptionLv = "Publisks apraksts.", Email = $"{slug}@public.example" };
        var draft = await fixture.Editor.GetJsonAsync<Contracts.NgoDto>($"/api/v1/ngos/{id}");
        row = row with { RegistrationNumber = draft.RegistrationNumber };

        using var content = new StringContent(JsonSerializer.Serialize(new[] { row }, ApiClient.Json), Encoding.UTF8, "application/json");
        using var import = await fixture.Editor.PostAsync("/api/v1/imports", content, Cancel);
        Assert.True(import.StatusCode == HttpStatusCode.OK, await import.Content.ReadAsStringAsync(Cancel));

        await AssertNoPublicPathShowsAsync(id, secrets);
    }

    [Fact]
    public async Task A_profile_restored_from_the_archive_shows_nothing_written_while_it_was_archived()
    {
        var slug = Unique.Slug("arhivs");
        var secrets = Secrets("archive");
        var (id, etag) = await CreateAsync(fixture.Editor, slug, status: "published");
        using (var archive = await SendAsync(fixture.Editor, $"DELETE /api/v1/ngos/{id}", null, etag))
        {
            Assert.Equal(HttpStatusCode.NoContent, archive.StatusCode);
        }

        using var archived = await SendAsync(fixture.Editor, $"PATCH /api/v1/ngos/{id}", new { descriptionLv = secrets[0], email = secrets[1] }, "*");
        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        using var restore = await SendAsync(fixture.Editor, $"PATCH /api/v1/ngos/{id}", Published(slug), "*");
        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);

        await AssertNoPublicPathShowsAsync(id, secrets);
    }

    [Fact]
    public async Task Hsds_metadata_still_shows_changes_made_while_the_profile_was_public()
    {
        var slug = Unique.Slug("publiska-vesture");
        var (id, etag) = await CreateAsync(fixture.Editor, slug, status: "published");
        using var edit = await SendAsync(fixture.Editor, $"PATCH /api/v1/ngos/{id}", new { descriptionLv = "Jauns publisks apraksts." }, etag);
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);

        var organization = await fixture.Anonymous.GetStringAsync($"/hsds/organizations/{id}", Cancel);
        Assert.Contains("Atbalsts ģimenēm Rēzeknē.", organization, StringComparison.Ordinal); // the published text before the edit
        Assert.Contains("Jauns publisks apraksts.", organization, StringComparison.Ordinal);
    }

    private static string[] Secrets(string tag) => [$"Slepens melnraksta teksts {tag}", $"slepens-{tag}@private.example"];

    private static object Published(string slug) =>
        new { status = "published", descriptionLv = "Publisks apraksts.", email = $"{slug}@public.example" };

    private async Task<(Guid Id, string ETag)> CreateDraftAsync(string slug, string[] secrets)
    {
        using var response = await fixture.Editor.PostAsJsonAsync(
            "/api/v1/ngos", ValidNgo(slug, status: "draft") with { DescriptionLv = secrets[0], Email = secrets[1] }, ApiClient.Json, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<Contracts.NgoDto>(ApiClient.Json, Cancel))!;
        return (created.Id, response.Headers.ETag!.ToString());
    }

    /// <summary>Every public path that could show the profile or its past, read anonymously.</summary>
    private async Task AssertNoPublicPathShowsAsync(Guid id, string[] secrets)
    {
        string[] urls =
        [
            $"/api/v1/ngos/{id}", "/api/v1/ngos?pageSize=100", "/api/v1/ngos?q=slepens", "/api/v1/ngos/facets",
            "/api/v1/ngos/export?format=csv", "/api/v1/ngos/export?format=json", "/api/v1/changes?limit=1000", "/api/v1/dataset",
            $"/hsds/organizations/{id}", $"/hsds/organizations/{id}?full_service=true", $"/hsds/services/{HsdsIds.Service(id)}",
            $"/hsds/service_at_locations/{HsdsIds.ServiceAtLocation(id)}",
            "/hsds/organizations?per_page=100", "/hsds/organizations?format=ndjson&full_service=true", "/hsds/services?full=true&per_page=100",
            "/hsds/services?format=ndjson&full=true", "/hsds/service_at_locations?per_page=100",
        ];
        var shown = 0;
        foreach (var url in urls)
        {
            using var response = await fixture.Anonymous.GetAsync(url, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync(Cancel);
            shown += body.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            foreach (var secret in secrets)
            {
                Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{url} shows '{secret}'");
            }
        }

        Assert.True(shown >= 10, $"the published profile showed on only {shown} paths"); // the walk read the profile, not only empty pages
    }
}
