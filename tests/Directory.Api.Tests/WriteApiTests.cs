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

    private static readonly string[] EditorRoutes =
    [
        "POST /api/v1/ngos", "PUT /api/v1/ngos/existing", "PATCH /api/v1/ngos/existing", "DELETE /api/v1/ngos/existing", "GET /api/v1/ngos/existing/history",
        "POST /api/v1/experts", "PUT /api/v1/experts/x", "PATCH /api/v1/experts/x", "DELETE /api/v1/experts/x", "GET /api/v1/experts/x/history",
    ];

    private static readonly string[] AdminRoutes =
    [
        "DELETE /api/v1/experts/x/personal-data", "POST /api/v1/api-keys", "GET /api/v1/api-keys", "DELETE /api/v1/api-keys/00000000-0000-4000-8000-000000000000",
        "PUT /api/v1/support-areas/x", "DELETE /api/v1/support-areas/x", "PUT /api/v1/target-groups/x", "DELETE /api/v1/target-groups/x", "PUT /api/v1/regions/latgale",
    ];

    public static TheoryData<string> AllProtectedRoutes => [.. EditorRoutes, .. AdminRoutes];

    public static TheoryData<string> EditorOnlyRoutes => [.. EditorRoutes];

    public static TheoryData<string> AdminOnlyRoutes => [.. AdminRoutes];

    [Theory]
    [MemberData(nameof(AllProtectedRoutes))]
    public async Task Anonymous_callers_get_401(string route)
    {
        using var response = await SendAsync(fixture.Anonymous, route, ValidNgo("anon"));
        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(AllProtectedRoutes))]
    public async Task A_revoked_or_unknown_key_gets_401(string route)
    {
        using var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "lblt_not-a-real-key");
        using var response = await SendAsync(client, route, ValidNgo("unknown"));
        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(EditorOnlyRoutes))]
    public async Task Partners_get_403_on_editor_routes(string route)
    {
        using var response = await SendAsync(fixture.Partner, route, ValidNgo("partner"));
        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(AdminOnlyRoutes))]
    public async Task Editors_get_403_on_admin_routes(string route)
    {
        using var response = await SendAsync(fixture.Editor, route, new { name = "x", role = "admin" });
        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
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
    public async Task Invalid_ngo_is_a_400_listing_every_offending_field_and_stores_nothing()
    {
        var body = new
        {
            name = "",
            legalForm = "company",
            registrationNumber = "40008000222",
            descriptionLv = "Apraksts",
            registeredMunicipality = "latgale",
            address = "Iela 1",
            postalCode = "1010",
            workAreas = new[] { "atlantis" },
            supportAreas = Array.Empty<string>(),
            targetGroups = new[] { "cats" },
            languages = new[] { "latvian" },
            email = "not-an-email",
            phone = "12345",
            website = "ftp://example.org",
            status = "secret",
        };
        using var response = await fixture.Editor.PostAsJsonAsync("/api/v1/ngos", body, TestContext.Current.CancellationToken);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToArray();
        Assert.Equal(
            ["email", "languages", "legalForm", "name", "phone", "postalCode", "registeredMunicipality", "registrationNumber", "status", "supportAreas", "targetGroups", "website", "workAreas"],
            fields);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("createdAt")]
    [InlineData("version")]
    public async Task Server_owned_fields_cannot_be_set(string field)
    {
        var body = JsonSerializer.SerializeToNode(ValidNgo($"owned-{field}"), ApiClient.Json)!.AsObject();
        body[field] = field == "id" ? Guid.NewGuid().ToString() : "2020-01-01T00:00:00Z";
        using var response = await fixture.Editor.PostAsync("/api/v1/ngos", JsonContent.Create(body), TestContext.Current.CancellationToken);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Duplicate_slug_and_registration_number_are_refused()
    {
        var first = ValidNgo("dublikats");
        using var created = await fixture.Editor.PostAsJsonAsync("/api/v1/ngos", first, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var again = await fixture.Editor.PostAsJsonAsync("/api/v1/ngos", first, TestContext.Current.CancellationToken);
        var problem = await AssertProblemAsync(again, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("slug", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("registrationNumber", out _));
    }

    [Theory]
    [InlineData("PUT", "experts")]
    [InlineData("PATCH", "experts")]
    [InlineData("DELETE", "experts")]
    public async Task Expert_writes_without_if_match_get_428_and_with_a_stale_one_412(string method, string resource)
    {
        using var created = await fixture.Editor.PostAsJsonAsync($"/api/v1/{resource}", ValidExpert($"Ieva Nosacījuma{method}", consent: false), TestContext.Current.CancellationToken);
        var expert = (await created.Content.ReadFromJsonAsync<ExpertDto>(ApiClient.Json, TestContext.Current.CancellationToken))!;
        var body = ValidExpert($"Ieva Nosacījuma{method}", consent: true);

        using var missing = await SendAsync(fixture.Editor, $"{method} /api/v1/{resource}/{expert.Id}", body, ifMatch: null);
        await AssertProblemAsync(missing, (HttpStatusCode)428);
        using var stale = await SendAsync(fixture.Editor, $"{method} /api/v1/{resource}/{expert.Id}", body, ifMatch: "\"v999\"");
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        using var current = await SendAsync(fixture.Editor, $"{method} /api/v1/{resource}/{expert.Id}", body, ifMatch: created.Headers.ETag!.ToString());
        Assert.True(current.IsSuccessStatusCode, $"{current.StatusCode}");
        var history = await fixture.Editor.GetJsonAsync<List<AuditEntryDto>>($"/api/v1/experts/{expert.Id}/history");
        Assert.Equal(2, history.Count);
    }

    [Theory]
    [InlineData("PUT /api/v1/ngos/existing", "{\"name\":\"\"}", "name")]
    [InlineData("PATCH /api/v1/ngos/existing", "{\"postalCode\":\"1010\"}", "postalCode")]
    [InlineData("PATCH /api/v1/ngos/existing", "{\"supportAreas\":[\"astrology\"]}", "supportAreas")]
    [InlineData("PATCH /api/v1/ngos/existing", "{\"createdAt\":\"2020-01-01\"}", "createdAt")]
    [InlineData("POST /api/v1/experts", "{\"name\":\"X\",\"phone\":\"29999999\"}", "phone")]
    [InlineData("PATCH /api/v1/experts/esosa-eksperte", "{\"expertise\":[]}", "expertise")]
    [InlineData("PUT /api/v1/experts/esosa-eksperte", "{\"name\":\"Eksperte\",\"email\":\"nav\"}", "email")]
    [InlineData("PATCH /api/v1/experts/esosa-eksperte", "not json", "body")]
    public async Task Invalid_bodies_are_400_naming_the_field_on_every_write_route(string route, string json, string field)
    {
        var (method, url) = (route.Split(' ')[0], route.Split(' ')[1]);
        if (url.Contains("esosa-eksperte", StringComparison.Ordinal))
        {
            url = url.Replace("esosa-eksperte", (await fixture.Editor.GetJsonAsync<PagedResult<ExpertDto>>("/api/v1/experts?q=esosa")).Items.Single().Id.ToString(), StringComparison.Ordinal);
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = new StringContent(json, Encoding.UTF8, method == "PATCH" ? "application/merge-patch+json" : "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        using var response = await fixture.Editor.SendAsync(request, TestContext.Current.CancellationToken);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task Writes_without_if_match_get_428_and_with_a_stale_one_412(string method)
    {
        var (id, etag) = await CreateAsync(fixture.Editor, $"precondition-{method.ToLowerInvariant()}");
        using var missing = await SendAsync(fixture.Editor, $"{method} /api/v1/ngos/{id}", ValidNgo($"precondition-{method.ToLowerInvariant()}"), ifMatch: null);
        await AssertProblemAsync(missing, (HttpStatusCode)428);

        using var stale = await SendAsync(fixture.Editor, $"{method} /api/v1/ngos/{id}", ValidNgo($"precondition-{method.ToLowerInvariant()}"), ifMatch: "\"v999.1.lv\"");
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);

        // Only the version part: other tests in this class may raise the reference-data generation.
        var unchanged = await fixture.Editor.GetJsonAsync<NgoDto>($"/api/v1/ngos/{id}");
        Assert.Equal(VersionTag.VersionOf(etag), unchanged.Version);
    }

    [Fact]
    public async Task Two_editors_cannot_silently_overwrite_each_other()
    {
        var (id, etag) = await CreateAsync(fixture.Editor, "divi-redaktori");

        using var first = await SendAsync(fixture.Editor, $"PATCH /api/v1/ngos/{id}", new { shortName = "PIRMAIS" }, etag);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var second = await SendAsync(fixture.OtherEditor, $"PATCH /api/v1/ngos/{id}", new { shortName = "OTRAIS" }, etag);
        await AssertProblemAsync(second, HttpStatusCode.PreconditionFailed);

        var read = await fixture.Editor.GetJsonAsync<NgoDto>($"/api/v1/ngos/{id}");
        Assert.Equal("PIRMAIS", read.ShortName);
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
        Assert.Equal("key:test Editor", history[1].Actor);
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

    [Fact]
    public async Task A_retried_post_with_an_idempotency_key_returns_the_first_result()
    {
        var body = ValidNgo("idempotents");
        using var first = await PostWithKeyAsync(body, "retry-1");
        using var retry = await PostWithKeyAsync(body, "retry-1");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(
            await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            await retry.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        using var reused = await PostWithKeyAsync(ValidNgo("cits-idempotents"), "retry-1");
        await AssertProblemAsync(reused, HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task An_idempotency_key_older_than_a_day_is_forgotten_and_may_be_used_again()
    {
        using var first = await PostWithKeyAsync(ValidNgo("vecs-idempotents"), "old-key");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await fixture.WithDbAsync(async db =>
        {
            var record = db.IdempotencyRecords.Single(r => r.Key == "old-key");
            record.CreatedAt = DateTime.UtcNow.AddHours(-25);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        using var again = await PostWithKeyAsync(ValidNgo("jauns-idempotents"), "old-key");
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.NotEqual(first.Headers.Location, again.Headers.Location);
        await fixture.WithDbAsync(db =>
        {
            Assert.True(db.IdempotencyRecords.Single(r => r.Key == "old-key").CreatedAt > DateTime.UtcNow.AddHours(-1));
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Expert_contacts_hide_at_once_when_consent_is_withdrawn()
    {
        using var created = await fixture.Editor.PostAsJsonAsync("/api/v1/experts", ValidExpert("Pēteris Piekritējs", consent: true), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var expert = (await created.Content.ReadFromJsonAsync<ExpertDto>(ApiClient.Json, TestContext.Current.CancellationToken))!;
        Assert.Equal("peteris@test.example", (await fixture.Anonymous.GetJsonAsync<ExpertDto>($"/api/v1/experts/{expert.Slug}")).Contacts?.Email);

        using var withdraw = await SendAsync(fixture.Editor, $"PATCH /api/v1/experts/{expert.Id}", new { contactConsent = false }, created.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);

        Assert.Null((await fixture.Anonymous.GetJsonAsync<ExpertDto>($"/api/v1/experts/{expert.Slug}")).Contacts);
        Assert.DoesNotContain("peteris@test.example", await fixture.Anonymous.GetStringAsync("/api/v1/experts?pageSize=100", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_removes_the_person_and_leaves_a_tombstone_without_personal_data()
    {
        using var created = await fixture.Editor.PostAsJsonAsync("/api/v1/experts", ValidExpert("Dzēšamā Persona", consent: true), TestContext.Current.CancellationToken);
        var expert = (await created.Content.ReadFromJsonAsync<ExpertDto>(ApiClient.Json, TestContext.Current.CancellationToken))!;
        using var patched = await SendAsync(fixture.Editor, $"PATCH /api/v1/experts/{expert.Id}", new { title = "Juriste" }, created.Headers.ETag!.ToString());

        using var erase = await SendAsync(fixture.Admin, $"DELETE /api/v1/experts/{expert.Id}/personal-data", null);
        Assert.Equal(HttpStatusCode.NoContent, erase.StatusCode);

        var (gone, _) = await fixture.Editor.GetProblemAsync($"/api/v1/experts/{expert.Id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var history = await fixture.Admin.GetStringAsync($"/api/v1/experts/{expert.Id}/history", TestContext.Current.CancellationToken);
        Assert.Contains("\"erase\"", history, StringComparison.Ordinal);
        Assert.DoesNotContain("Dzēšamā", history, StringComparison.Ordinal);
        Assert.DoesNotContain("dzesama", history, StringComparison.Ordinal);
        Assert.DoesNotContain("@test.example", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admins_issue_list_and_revoke_api_keys()
    {
        using var created = await fixture.Admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "Rēzeknes portāls", role = "partner" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var secret = key.GetProperty("key").GetString()!;

        using var partner = fixture.CreateClient();
        partner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", secret);
        using var allowed = await SendAsync(partner, "POST /api/v1/ngos", ValidNgo("partner-try"));
        Assert.Equal(HttpStatusCode.Forbidden, allowed.StatusCode);

        var list = await fixture.Admin.GetStringAsync("/api/v1/api-keys", TestContext.Current.CancellationToken);
        Assert.Contains("Rēzeknes portāls", list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);

        using var revoke = await SendAsync(fixture.Admin, $"DELETE /api/v1/api-keys/{key.GetProperty("id").GetString()}", null);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        using var afterRevoke = await SendAsync(partner, "POST /api/v1/ngos", ValidNgo("partner-try"));
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
    }

    [Fact]
    public async Task Admins_maintain_support_areas_target_groups_and_region_names()
    {
        using var area = await SendAsync(fixture.Admin, "PUT /api/v1/support-areas/online-support", new { nameLv = "Atbalsts tiešsaistē", nameEn = "Online support", parentCode = "health" });
        Assert.Equal(HttpStatusCode.OK, area.StatusCode);
        var health = await fixture.Anonymous.GetJsonAsync<SupportAreaDto>("/api/v1/support-areas/health");
        Assert.Contains(health.Children, c => c.Code == "online-support" && c.Name == "Atbalsts tiešsaistē");

        using var badParent = await SendAsync(fixture.Admin, "PUT /api/v1/support-areas/online-support", new { nameLv = "X", nameEn = "X", parentCode = "foster-care" });
        await AssertProblemAsync(badParent, HttpStatusCode.BadRequest);
        using var badBody = await SendAsync(fixture.Admin, "PUT /api/v1/support-areas/Bad_Code", new { nameLv = "" });
        var problem = await AssertProblemAsync(badBody, HttpStatusCode.BadRequest);
        Assert.Equal(["code", "nameEn", "nameLv"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());

        using var inUse = await SendAsync(fixture.Admin, "DELETE /api/v1/support-areas/parenting", null);
        await AssertProblemAsync(inUse, HttpStatusCode.Conflict);
        using var delete = await SendAsync(fixture.Admin, "DELETE /api/v1/support-areas/online-support", null);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        var (gone, _) = await fixture.Anonymous.GetProblemAsync("/api/v1/support-areas/online-support");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);

        using var group = await SendAsync(fixture.Admin, "PUT /api/v1/target-groups/grandparents", new { nameLv = "Vecvecāki", nameEn = "Grandparents" });
        Assert.Equal(HttpStatusCode.OK, group.StatusCode);
        Assert.Contains(await fixture.Anonymous.GetJsonAsync<List<TargetGroupDto>>("/api/v1/target-groups"), g => g.Code == "grandparents");
        using var groupInUse = await SendAsync(fixture.Admin, "DELETE /api/v1/target-groups/parents", null);
        await AssertProblemAsync(groupInUse, HttpStatusCode.Conflict);

        var before = await fixture.Anonymous.GetJsonAsync<RegionDto>("/api/v1/regions/0006000");
        using var rename = await SendAsync(fixture.Admin, "PUT /api/v1/regions/0006000", new { nameLv = "Rēzeknes valstspilsēta", nameEn = "Rēzekne State City" });
        Assert.Equal(HttpStatusCode.OK, rename.StatusCode);
        Assert.Equal("Rēzeknes valstspilsēta", (await fixture.Anonymous.GetJsonAsync<RegionDto>("/api/v1/regions/0006000")).Name);
        using var restore = await SendAsync(fixture.Admin, "PUT /api/v1/regions/0006000", new { nameLv = before.NameLv, nameEn = before.NameEn });
        using var unknownRegion = await SendAsync(fixture.Admin, "PUT /api/v1/regions/9999999", new { nameLv = "X", nameEn = "X" });
        await AssertProblemAsync(unknownRegion, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invalid_api_key_request_is_a_400()
    {
        using var response = await fixture.Admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "", role = "superuser" }, TestContext.Current.CancellationToken);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["name", "role"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }

    internal static NgoBody ValidNgo(string slug, string status = "draft") => new()
    {
        Slug = slug,
        Name = $"Jaunā biedrība {slug}",
        LegalForm = "association",
        RegistrationNumber = UniqueRegistrationNumber(),
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

    private static int _registration = 100;

    private static string UniqueRegistrationNumber()
    {
        while (true)
        {
            var number = RegistrationNumber.Complete($"4000{Interlocked.Increment(ref _registration):000000}");
            if (number is not null)
            {
                return number;
            }
        }
    }

    private static async Task<(Guid Id, string ETag)> CreateAsync(HttpClient client, string slug, string status = "draft")
    {
        using var response = await client.PostAsJsonAsync("/api/v1/ngos", ValidNgo(slug, status), TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var ngo = (await response.Content.ReadFromJsonAsync<NgoDto>(ApiClient.Json, TestContext.Current.CancellationToken))!;
        return (ngo.Id, response.Headers.ETag!.ToString());
    }

    private async Task<HttpResponseMessage> PostWithKeyAsync(object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ngos") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await fixture.Editor.SendAsync(request, TestContext.Current.CancellationToken);
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
