using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Directory.Api.Tests.Infrastructure;
using Directory.Api.Validation;
using Microsoft.Extensions.DependencyInjection;
using static Directory.Api.Tests.WriteApiTests;

namespace Directory.Api.Tests;

/// <summary>
/// The limits declared as attributes on the request types are what every path holds a request to (a
/// POST, a merge patch, an import row, a query), named as the wire names them, beside the writers' own checks.
/// </summary>
public sealed class DeclaredRulesTests(WriteApiTests.Fixture fixture) : IClassFixture<WriteApiTests.Fixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void Every_request_type_that_declares_a_rule_is_validated_by_the_framework()
    {
        var rules = fixture.Services.GetRequiredService<DeclaredRules>();
        var declaring = typeof(DeclaredRules).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && !typeof(Attribute).IsAssignableFrom(t))
            // What a request carries (bodies, query parameters, a body's parts); an answer's attributes only describe it.
            .Where(t => t.Name.EndsWith("Request", StringComparison.Ordinal) || t.Name.EndsWith("Parameters", StringComparison.Ordinal) || t.Name.EndsWith("Write", StringComparison.Ordinal))
            .Where(t => t.GetProperties().Any(p => p.GetCustomAttributes<ValidationAttribute>(inherit: true).Any()))
            .ToList();

        Assert.Contains(typeof(Writes.NgoWriteRequest), declaring);
        Assert.Contains(typeof(Queries.NgoListParameters), declaring);
        Assert.Contains(typeof(Contracts.LeadInTermsRequest), declaring);
        Assert.All(declaring, t => Assert.True(rules.Covers(t), $"{t.FullName} declares rules the framework does not run: mark it [ValidatableType]."));
    }

    [Theory]
    [InlineData("name", 200)]
    [InlineData("shortName", 60)]
    [InlineData("descriptionLv", 2000)]
    [InlineData("descriptionEn", 2000)]
    [InlineData("address", 200)]
    public async Task A_text_one_character_over_its_limit_is_refused_by_name_and_one_at_the_limit_is_stored(string field, int limit)
    {
        using var over = await PostNgoAsync(field, new string('ā', limit + 1));
        var problem = await AssertProblemAsync(over, HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal($"At most {limit} characters.", problem.GetProperty("errors").GetProperty(field)[0].GetString());

        using var at = await PostNgoAsync(field, new string('ā', limit));
        Assert.True(at.StatusCode == HttpStatusCode.Created, await at.Content.ReadAsStringAsync(Cancel));
    }

    [Theory]
    [InlineData("email", "nav-adrese", "Must be an e-mail address.")]
    [InlineData("phone", "+3712000000", "Must be +371 and eight digits.")]
    [InlineData("website", "ftp://example.org", "Must be an absolute http or https URL.")]
    [InlineData("postalCode", "LV-12", "Must be a Latvian postal code, LV-####.")]
    [InlineData("registrationNumber", "40008000222", "Must be an 11-digit Latvian registration number with a valid check digit.")]
    [InlineData("shortName", "Tabulācija\tkolonnā", "Holds a control character (U+0009); this text is one line without tabs.")]
    public async Task A_value_of_the_wrong_form_is_refused_by_name(string field, string value, string message)
    {
        using var response = await PostNgoAsync(field, value);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([message], problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task A_list_item_is_named_by_its_path_and_a_long_list_by_its_name()
    {
        var body = Ngo();
        body["socialLinks"] = new JsonArray(new JsonObject { ["network"] = new string('x', 31), ["url"] = "https://example.org" }, new JsonObject { ["network"] = "facebook", ["url"] = "mailto:x@example.org" });
        body["languages"] = new JsonArray([.. Enumerable.Range(0, 51).Select(_ => (JsonNode)"lv")]);
        using var response = await fixture.Editor.PostAsync("/api/v1/ngos", Json(body), Cancel);
        var errors = (await AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");

        Assert.Equal(["languages", "socialLinks[0].network", "socialLinks[1].url"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("At most 50 items.", errors.GetProperty("languages")[0].GetString());
    }

    [Fact]
    public async Task A_merge_patch_is_held_to_the_same_limits_and_changes_nothing_when_refused()
    {
        var (id, etag) = await CreateAsync(fixture.Editor, Unique.Slug("ierobezota"));
        var before = await fixture.Editor.GetStringAsync($"/api/v1/ngos/{id}", Cancel);

        using var response = await SendAsync(fixture.Editor, $"PATCH /api/v1/ngos/{id}", new { shortName = new string('x', 61), address = "Cita iela 2" }, etag);
        var errors = (await AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");

        Assert.Equal(["shortName"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal(before, await fixture.Editor.GetStringAsync($"/api/v1/ngos/{id}", Cancel));
    }

    [Fact]
    public async Task An_expert_and_an_api_key_are_held_to_their_declared_limits()
    {
        var expert = JsonSerializer.SerializeToNode(ValidExpert("Ierobežota Eksperte", consent: true), ApiClient.Json)!.AsObject();
        expert["availabilityNote"] = new string('x', 201);
        expert["title"] = new string('x', 201);
        using var refusedExpert = await fixture.Editor.PostAsync("/api/v1/experts", Json(expert), Cancel);
        var expertErrors = (await AssertProblemAsync(refusedExpert, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["availabilityNote", "title"], expertErrors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));

        using var refusedKey = await fixture.Admin.PostAsync("/api/v1/api-keys", Json(new JsonObject { ["name"] = new string('k', 101), ["role"] = "editor" }), Cancel);
        var keyErrors = (await AssertProblemAsync(refusedKey, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["name"], keyErrors.EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task An_import_row_is_held_to_the_same_limits_as_a_post()
    {
        const string header = "slug;name;shortName;legalForm;registrationNumber;descriptionLv;descriptionEn;registeredMunicipality;address;postalCode;nationwide;workAreas;supportAreas;targetGroups;languages;email;phone;website;socialLinks;isMember;status";
        var row = string.Join(';', Unique.Slug("importa-robeza"), new string('ā', 201), "Īsais\u001bvārds", "association", Unique.RegistrationNumber(), "Apraksts", "",
            "0006000", "Iela 1", "LV-4601", "jā", "", "parenting", "parents", "lv", "", "+3712", "", "", "nē", "draft");
        using var content = new StringContent(header + "\r\n" + row + "\r\n", new UTF8Encoding(false), "text/csv");
        using var response = await fixture.Editor.PostAsync("/api/v1/imports?dryRun=true", content, Cancel);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;

        var rejected = Assert.Single(report.GetProperty("rows").EnumerateArray());
        Assert.Equal("rejected", rejected.GetProperty("action").GetString());
        Assert.Equal(["name", "phone", "shortName"], rejected.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("CreateApiKeyRequest", "name", "POST /api/v1/api-keys")]
    [InlineData("ReferenceWriteRequest", "nameLv", "PUT /api/v1/target-groups/{code}")]
    [InlineData("ReferenceWriteRequest", "nameEn", "PUT /api/v1/target-groups/{code}")]
    public async Task A_text_as_long_as_the_contract_allows_is_accepted_and_one_longer_refused(string schema, string field, string route)
    {
        var contract = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(MigrationTests.RepositoryRoot(), "openapi", "v1.json"), Cancel))!;
        var limit = contract["components"]!["schemas"]![schema]!["properties"]![field]!["maxLength"]!.GetValue<int>();

        using var at = await SendAsync(fixture.Admin, route.Replace("{code}", Unique.Slug("robeza"), StringComparison.Ordinal), Body(new string('ā', limit)), ifMatch: null);
        Assert.True(at.IsSuccessStatusCode, $"{field} of {limit} characters, as the contract allows: {(int)at.StatusCode} {await at.Content.ReadAsStringAsync(Cancel)}");

        using var over = await SendAsync(fixture.Admin, route.Replace("{code}", Unique.Slug("robeza"), StringComparison.Ordinal), Body(new string('ā', limit + 1)), ifMatch: null);
        var errors = (await AssertProblemAsync(over, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(e => e.Name));

        Dictionary<string, string> Body(string text) => new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = "Robežas atslēga", ["role"] = "editor", ["nameLv"] = "Robeža", ["nameEn"] = "Limit", [field] = text,
        }.Where(m => schema == "CreateApiKeyRequest" ? m.Key is "name" or "role" : m.Key is "nameLv" or "nameEn").ToDictionary();
    }

    private Task<HttpResponseMessage> PostNgoAsync(string field, string value)
    {
        var body = Ngo();
        body[field] = value;
        return fixture.Editor.PostAsync("/api/v1/ngos", Json(body), Cancel);
    }

    private static JsonObject Ngo() => JsonSerializer.SerializeToNode(ValidNgo(Unique.Slug("deklareta")), ApiClient.Json)!.AsObject();

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}
