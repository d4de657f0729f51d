using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Directory.Api.Contracts;
using Directory.Api.Http;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;

namespace Directory.Api.Tests;

/// <summary>Every write route: who may call it, what it refuses, and what it changes.</summary>
public sealed class WriteApiTests(WriteApiTests.Fixture fixture) : IClassFixture<WriteApiTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public HttpClient Anonymous { get; private set; } = null!;
        public HttpClient Partner { get; private set; } = null!;
        public HttpClient Editor { get; private set; } = null!;
        public HttpClient OtherEditor { get; private set; } = null!;
        public HttpClient Admin { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Anonymous = CreateClient();
            Partner = await CreateClientAsync(Role.Partner);
            Editor = await CreateClientAsync(Role.Editor);
            OtherEditor = await CreateClientAsync(Role.Editor);
            Admin = await CreateClientAsync(Role.Admin);
            await AddNgosAsync(new NgoSpec("Esoša biedrība") { Slug = "existing", Regions = ["0001000"] });
            await AddExpertsAsync(new ExpertSpec("Esošā Eksperte") { Consented = true, Regions = ["riga"] });
        }
    }

    [Fact]
    public async Task Creating_an_ngo_answers_201_with_location_etag_and_is_readable()
    {
        using var response = await fixture.Editor.PostAsJsonAsync("/api/v1/ngos", ValidNgo("jauna-biedriba", status: "published"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var created = (await response.Content.ReadFromJsonAsync<NgoDto>(ApiClient.Json, TestContext.Current.CancellationToken))!;
        Assert.Equal($"/api/v1/ngos/{created.Id}", response.Headers.Location!.OriginalString);

        var read = await fixture.Anonymous.GetJsonAsync<NgoDto>(response.Headers.Location.OriginalString);
        Assert.Equal("Jaunā biedrība jauna-biedriba", read.Name);
        Assert.Equal(["0006000"], read.WorkArea.Regions.Select(r => r.Code));
        Assert.Contains(await fixture.Anonymous.GetAllNgosAsync("q=jauna%20biedriba"), n => n.Id == created.Id);
    }

    [Fact]
    public async Task Put_replaces_patch_merges_and_history_shows_who_changed_what()
    {
        var (id, etag) = await CreateAsync(fixture.Editor, "vesture");

        var replacement = ValidNgo("vesture") with { Name = "Vēstures biedrība", Languages = ["lv", "ru"] };
        using var put = await SendAsync(fixture.Editor, $"PUT /api/v1/ngos/{id}", replacement, etag);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.NotEqual(etag, put.Headers.ETag!.ToString());

        using var patch = await SendAsync(fixture.OtherEditor, $"PATCH /api/v1/ngos/{id}", new { shortName = "VB", email = (string?)null }, put.Headers.ETag.ToString());
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        var patched = (await patch.Content.ReadFromJsonAsync<NgoDto>(ApiClient.Json, TestContext.Current.CancellationToken))!;
        Assert.Equal("Vēstures biedrība", patched.Name);
        Assert.Equal(["lv", "ru"], patched.Languages);
        Assert.Equal("VB", patched.ShortName);
        Assert.Null(patched.Contacts.Email);

        var history = await fixture.Editor.GetJsonAsync<List<AuditEntryDto>>($"/api/v1/ngos/{id}/history");
        Assert.Equal(["create", "update", "update"], history.Select(h => h.Action));
        Assert.Equal("Vēstures biedrība", history[1].Changes!["name"].After!.Value.GetString());
        Assert.Equal("Jaunā biedrība vesture", history[1].Changes!["name"].Before!.Value.GetString());
        Assert.False(history[2].Changes!.ContainsKey("name"));
        Assert.StartsWith("key:test Editor (", history[1].Actor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeating_the_same_put_changes_nothing()
    {
        var body = ValidNgo("atkartots");
        using var created = await fixture.Editor.PostAsJsonAsync("/api/v1/ngos", body, TestContext.Current.CancellationToken);
        var (id, etag) = ((await created.Content.ReadFromJsonAsync<NgoDto>(ApiClient.Json, TestContext.Current.CancellationToken))!.Id, created.Headers.ETag!.ToString());
        using var put = await SendAsync(fixture.Editor, $"PUT /api/v1/ngos/{id}", body, etag);
        Assert.Equal(etag, put.Headers.ETag!.ToString());
        var history = await fixture.Editor.GetJsonAsync<List<AuditEntryDto>>($"/api/v1/ngos/{id}/history");
        Assert.Single(history);
    }

    [Fact]
    public async Task Delete_archives_and_a_patch_of_status_restores()
    {
        var (id, etag) = await CreateAsync(fixture.Editor, "arhivs", status: "published");
        Assert.Contains(await fixture.Anonymous.GetAllNgosAsync("q=arhivs"), n => n.Id == id);

        using var delete = await SendAsync(fixture.Editor, $"DELETE /api/v1/ngos/{id}", null, etag);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.DoesNotContain(await fixture.Anonymous.GetAllNgosAsync("q=arhivs"), n => n.Id == id);
        var (gone, _) = await fixture.Anonymous.GetProblemAsync($"/api/v1/ngos/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);

        var archived = await fixture.Editor.GetJsonAsync<NgoDto>($"/api/v1/ngos/{id}");
        Assert.Equal("archived", archived.Status);
        using var restore = await SendAsync(fixture.Editor, $"PATCH /api/v1/ngos/{id}", new { status = "published" }, $"\"v{archived.Version}\"");
        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);
        Assert.Contains(await fixture.Anonymous.GetAllNgosAsync("q=arhivs"), n => n.Id == id);

        var history = await fixture.Editor.GetJsonAsync<List<AuditEntryDto>>($"/api/v1/ngos/{id}/history");
        Assert.Equal(["create", "archive", "update"], history.Select(h => h.Action));
    }

    [Fact]
    public async Task A_write_shows_at_once_in_lists_facets_and_etags()
    {
        var (id, _) = await CreateAsync(fixture.Editor, "redzama", status: "draft");
        using var listBefore = await fixture.Anonymous.GetAsync("/api/v1/ngos?region=0006000", TestContext.Current.CancellationToken);
        var facetsBefore = await fixture.Anonymous.GetJsonAsync<NgoFacetsDto>("/api/v1/ngos/facets");
        var draft = await fixture.Editor.GetJsonAsync<NgoDto>($"/api/v1/ngos/{id}");

        using var publish = await SendAsync(fixture.Editor, $"PATCH /api/v1/ngos/{id}", new { status = "published" }, $"\"v{draft.Version}\"");
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);

        using var listAfter = await fixture.Anonymous.GetAsync("/api/v1/ngos?region=0006000", TestContext.Current.CancellationToken);
        Assert.NotEqual(listBefore.Headers.ETag, listAfter.Headers.ETag);
        var facetsAfter = await fixture.Anonymous.GetJsonAsync<NgoFacetsDto>("/api/v1/ngos/facets");
        Assert.Equal(facetsBefore.TotalItems + 1, facetsAfter.TotalItems);
    }

    [Fact]
    public async Task Drafts_are_visible_to_editors_only()
    {
        var (id, _) = await CreateAsync(fixture.Editor, "melnraksts-redaktoram", status: "draft");
        var (anonymous, _) = await fixture.Anonymous.GetProblemAsync($"/api/v1/ngos/{id}");
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        var (partner, _) = await fixture.Partner.GetProblemAsync($"/api/v1/ngos/{id}");
        Assert.Equal(HttpStatusCode.NotFound, partner.StatusCode);
        using var editor = await fixture.Editor.GetAsync($"/api/v1/ngos/{id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, editor.StatusCode);
        Assert.True(editor.Headers.CacheControl!.Private);
    }

    internal static NgoBody ValidNgo(string slug, string status = "draft") => new()
    {
        Slug = slug,
        Name = $"Jaunā biedrība {slug}",
        LegalForm = "association",
        RegistrationNumber = Unique.RegistrationNumber(),
        DescriptionLv = "Atbalsts ģimenēm Rēzeknē.",
        RegisteredMunicipality = "0006000",
        Address = "Atbrīvošanas aleja 1",
        PostalCode = "LV-4601",
        WorkAreas = ["0006000"],
        SupportAreas = ["parenting"],
        TargetGroups = ["parents"],
        Languages = ["lv"],
        Email = $"{slug}@test.example",
        Phone = "+37164600000",
        Website = $"https://{slug}.example",
        Status = status,
    };

    internal static object ValidExpert(string name, bool consent) => new
    {
        name,
        title = "Psiholoģe",
        bioLv = "Strādā ar ģimenēm.",
        nationwide = true,
        expertise = new[] { "mental-health" },
        languages = new[] { "lv" },
        helpOffered = new[] { "advice" },
        email = $"{Domain.LatvianText.Fold(name).Split(' ')[0]}@test.example",
        contactConsent = consent,
        status = "published",
    };

    internal sealed record NgoBody
    {
        public string? Slug { get; init; }
        public string? Name { get; init; }
        [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        public string? ShortName { get; init; }
        public string? LegalForm { get; init; }
        public string? RegistrationNumber { get; init; }
        public string? DescriptionLv { get; init; }
        public string? RegisteredMunicipality { get; init; }
        public string? Address { get; init; }
        public string? PostalCode { get; init; }
        public string[]? WorkAreas { get; init; }
        public string[]? SupportAreas { get; init; }
        public string[]? TargetGroups { get; init; }
        public string[]? Languages { get; init; }
        public string? Email { get; init; }
        public string? Phone { get; init; }
        public string? Website { get; init; }
        public string? Status { get; init; }
    }

    internal static async Task<(Guid Id, string ETag)> CreateAsync(HttpClient client, string slug, string status = "draft")
    {
        using var response = await client.PostAsJsonAsync("/api/v1/ngos", ValidNgo(slug, status), TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var ngo = (await response.Content.ReadFromJsonAsync<NgoDto>(ApiClient.Json, TestContext.Current.CancellationToken))!;
        return (ngo.Id, response.Headers.ETag!.ToString());
    }

    internal static async Task<HttpResponseMessage> SendAsync(HttpClient client, string route, object? body, string? ifMatch = "*")
    {
        var (method, url) = (route.Split(' ')[0], route.Split(' ')[1]);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH" && body is not null)
        {
            var json = JsonSerializer.Serialize(body, ApiClient.Json);
            request.Content = new StringContent(json, Encoding.UTF8, method == "PATCH" ? "application/merge-patch+json" : "application/json");
        }

        if (ifMatch is not null && method is "PUT" or "PATCH" or "DELETE")
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
