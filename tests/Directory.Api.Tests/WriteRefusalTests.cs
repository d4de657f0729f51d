using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Directory.Api.Contracts;
using Directory.Api.Http;
using Directory.Api.Tests.Infrastructure;
using static Directory.Api.Tests.WriteApiTests;

namespace Directory.Api.Tests;

/// <summary>What every write refuses, and that a refused write stores nothing: invalid fields, server-owned fields, taken keys, missing or stale If-Match.</summary>
public sealed class WriteRefusalTests(WriteApiTests.Fixture fixture) : IClassFixture<WriteApiTests.Fixture>
{
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
        using var response = await SendJsonAsync(fixture.Editor, route, json);
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

    [Theory]
    [InlineData("v{0}", HttpStatusCode.BadRequest)] // unquoted: not an entity tag
    [InlineData("\"v{0}", HttpStatusCode.BadRequest)]
    [InlineData("\"v{0}\" junk", HttpStatusCode.BadRequest)]
    [InlineData("W/\"v{0}\"", HttpStatusCode.PreconditionFailed)] // If-Match compares strongly (RFC 9110 §13.1.1)
    [InlineData("W/\"v{0}\", W/\"v{0}.1.lv\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"v999\", \"v{0}\"", HttpStatusCode.OK)]
    [InlineData("\"v{0}\"", HttpStatusCode.OK)]
    public async Task If_match_is_a_list_of_strong_entity_tags(string header, HttpStatusCode status)
    {
        var slug = Unique.Slug("if-match");
        var (id, etag) = await CreateAsync(fixture.Editor, slug);
        var version = VersionTag.VersionOf(etag)!.Value;
        using var response = await SendAsync(fixture.Editor, $"PATCH /api/v1/ngos/{id}", new { shortName = "Jauns" }, string.Format(System.Globalization.CultureInfo.InvariantCulture, header, version));
        if (status != HttpStatusCode.OK)
        {
            var problem = await AssertProblemAsync(response, status);
            Assert.Contains("If-Match", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Equal(version, (await fixture.Editor.GetJsonAsync<NgoDto>($"/api/v1/ngos/{id}")).Version);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("POST /api/v1/ngos", "{\"name\":\"A\",\"name\":\"B\"}", "name")]
    [InlineData("PUT /api/v1/ngos/existing", "{\"slug\":\"existing\",\"email\":\"a@b.lv\",\"email\":\"c@d.lv\"}", "email")]
    [InlineData("PATCH /api/v1/ngos/existing", "{\"shortName\":\"A\",\"shortName\":\"B\"}", "shortName")]
    [InlineData("POST /api/v1/experts", "{\"name\":\"A\",\"name\":\"B\"}", "name")]
    [InlineData("PUT /api/v1/experts/esosa-eksperte", "{\"title\":\"A\",\"title\":\"B\"}", "title")]
    [InlineData("PATCH /api/v1/experts/esosa-eksperte", "{\"bioLv\":\"A\",\"bioLv\":\"B\"}", "bioLv")]
    [InlineData("PUT /api/v1/support-areas/dublikats", "{\"nameLv\":\"A\",\"nameLv\":\"B\",\"nameEn\":\"C\"}", "nameLv")]
    [InlineData("PUT /api/v1/target-groups/dublikats", "{\"nameLv\":\"A\",\"nameEn\":\"C\",\"nameEn\":\"D\"}", "nameEn")]
    [InlineData("PUT /api/v1/regions/latgale", "{\"nameLv\":\"A\",\"nameLv\":\"B\",\"nameEn\":\"C\"}", "nameLv")]
    [InlineData("POST /api/v1/api-keys", "{\"name\":\"A\",\"role\":\"partner\",\"role\":\"admin\"}", "role")]
    [InlineData("PATCH /api/v1/ngos/existing", "{\"socialLinks\":[{\"network\":\"x\",\"network\":\"y\",\"url\":\"https://a.lv\"}]}", "socialLinks[0].network")]
    public async Task A_member_named_twice_is_a_400_naming_it_on_every_write_route(string route, string json, string member)
    {
        var before = await fixture.Admin.GetStringAsync("/api/v1/ngos/existing", TestContext.Current.CancellationToken);
        using var response = await SendJsonAsync(fixture.Admin, route, json);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(member, out var messages), problem.ToString());
        Assert.Contains("more than once", messages[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.Admin.GetStringAsync("/api/v1/ngos/existing", TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("application/json", "[{\"slug\":\"dublikats-json\",\"slug\":\"dublikats-2\"}]", "slug")]
    [InlineData("text/csv", "slug;name;slug\r\na;b;c\r\n", "slug")]
    public async Task An_import_naming_a_member_or_column_twice_is_a_400_naming_it(string mediaType, string body, string member)
    {
        using var content = new StringContent(body, Encoding.UTF8, mediaType);
        using var response = await fixture.Editor.PostAsync("/api/v1/imports", content, TestContext.Current.CancellationToken);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains($"'{member}'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("more than once", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("nationwide")]
    [InlineData("isMember")]
    public async Task A_merge_patch_cannot_remove_a_member_that_always_has_a_value(string member)
    {
        var slug = Unique.Slug("noklusejums");
        var (id, etag) = await CreateAsync(fixture.Editor, slug, status: "published");
        var before = await fixture.Editor.GetStringAsync($"/api/v1/ngos/{id}", TestContext.Current.CancellationToken);
        using var response = await SendAsync(fixture.Editor, $"PATCH /api/v1/ngos/{id}", new Dictionary<string, object?> { [member] = null }, etag);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(member, out _), problem.ToString());
        Assert.Equal(before, await fixture.Editor.GetStringAsync($"/api/v1/ngos/{id}", TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("POST /api/v1/ngos", "{\"id\":\"x\",\"name\":5,\"legalForm\":\"company\",\"languages\":[\"latvian\"]}", "id,name,legalForm,languages,registrationNumber")]
    [InlineData("PATCH /api/v1/ngos/existing", "{\"createdAt\":\"2020-01-01\",\"nationwide\":\"jā\",\"postalCode\":\"1010\"}", "createdAt,nationwide,postalCode")]
    [InlineData("POST /api/v1/experts", "{\"version\":3,\"expertise\":\"health\",\"email\":\"nav\"}", "version,expertise,email,name")]
    [InlineData("POST /api/v1/api-keys", "{\"owner\":\"x\",\"name\":7,\"role\":\"boss\"}", "owner,name,role")]
    public async Task Every_fault_is_listed_even_beside_an_unknown_or_wrong_typed_member(string route, string json, string fields)
    {
        var before = await fixture.Admin.GetStringAsync("/api/v1/ngos/existing", TestContext.Current.CancellationToken);
        using var response = await SendJsonAsync(fixture.Admin, route, json);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.All(fields.Split(','), f => Assert.True(errors.TryGetProperty(f, out _), $"{f} missing from {errors}"));
        Assert.Equal(before, await fixture.Admin.GetStringAsync("/api/v1/ngos/existing", TestContext.Current.CancellationToken));
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

    /// <summary>A raw JSON body to "METHOD url" with If-Match: * (the expert route named by her slug stand-in, resolved to her id).</summary>
    private async Task<HttpResponseMessage> SendJsonAsync(HttpClient client, string route, string json)
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
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
