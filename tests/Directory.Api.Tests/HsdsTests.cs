using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Directory.Api.Tests.Infrastructure;
using NJsonSchema;

namespace Directory.Api.Tests;

/// <summary>
/// /hsds on the demo data: a crawl of every list page and every item, each answer validated against
/// HSDS 3.1's compiled schemas (copied into Hsds/ with their licence), and each parameter of the spec
/// accepted and filtering as documented — by the same rules as /api/v1.
/// </summary>
public sealed class HsdsTests(DemoDirectoryFactory factory) : IClassFixture<DemoDirectoryFactory>
{
    private static readonly string SchemaFolder = Path.Combine(AppContext.BaseDirectory, "Hsds");

    // List path, the schema of a list item, the schema of the item (and of a list item with full=true).
    private static readonly (string Path, string ListItem, string Item)[] Lists =
    [
        ("/hsds/services", "compiled/service_list.json", "compiled/service.json"),
        ("/hsds/organizations", "compiled/organization_list.json", "compiled/organization.json"),
        ("/hsds/service_at_locations", "compiled/service_at_location_list.json", "compiled/service_at_location.json"),
        ("/hsds/taxonomies", "taxonomy.json", "taxonomy.json"),
        ("/hsds/taxonomy_terms", "taxonomy_term.json", "taxonomy_term.json"),
    ];

    private static readonly Dictionary<string, Task<JsonSchema>> Schemas = [];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Every_list_page_and_item_is_valid_hsds()
    {
        var errors = new List<string>();
        var answers = 0;
        foreach (var (path, listItem, itemSchema) in Lists)
        {
            var ids = new List<string>();
            for (var page = 1; ; page++)
            {
                var body = await GetAsync($"{path}?per_page=100&page={page}");
                answers++;
                errors.AddRange(CheckPage(path, body, page));
                foreach (var item in body["contents"]!.AsArray())
                {
                    errors.AddRange(await ValidateAsync(listItem, item!, $"{path} page {page}"));
                    ids.Add(item!["id"]!.GetValue<string>());
                }

                if (body["last_page"]!.GetValue<bool>())
                {
                    break;
                }
            }

            Assert.NotEmpty(ids);
            Assert.Equal(ids.Count, ids.Distinct().Count());
            foreach (var id in ids)
            {
                errors.AddRange(await ValidateAsync(itemSchema, await GetAsync($"{path}/{id}"), $"{path}/{id}"));
                answers++;
            }

            // full=true gives list items in full (organizations: with their services in full as well).
            var full = path.Contains("taxonom", StringComparison.Ordinal) ? new JsonObject { ["contents"] = new JsonArray() }
                : await GetAsync($"{path}?full=true&per_page=100{(path.EndsWith("organizations", StringComparison.Ordinal) ? "&full_service=true" : "")}");
            foreach (var item in full["contents"]!.AsArray())
            {
                errors.AddRange(await ValidateAsync(itemSchema, item!, $"{path}?full=true"));
            }
        }

        Assert.True(answers > 1000, $"{answers} answers crawled");
        Assert.True(errors.Count == 0, $"{errors.Count} validation errors:\n{string.Join('\n', errors.Take(30))}");
    }

    [Fact]
    public async Task Lists_hold_the_published_ngos_with_their_own_ids()
    {
        var v1 = await _client.GetAllNgosAsync("pageSize=100");
        var organizations = await AllAsync("/hsds/organizations");
        Assert.Equal(v1.Select(n => n.Id.ToString()), organizations.Select(o => o["id"]!.GetValue<string>()));
        var services = await AllAsync("/hsds/services");
        Assert.Equal(v1.Count, services.Count);
        Assert.All(services, s => Assert.Contains(s["organization_id"]!.GetValue<string>(), organizations.Select(o => o["id"]!.GetValue<string>())));
        Assert.Equal(services.Select(s => s["id"]!.ToString()), (await AllAsync("/hsds/services")).Select(s => s["id"]!.ToString()));
    }

    [Theory]
    [InlineData("search=invaliditātes", "q=invaliditātes")]
    [InlineData("search=rēzekne%20ģimenes", "q=rēzekne%20ģimenes")]
    [InlineData("modified_after=2026-01-01", "updatedSince=2026-01-01")]
    [InlineData("search=adopcja&modified_after=2025-06-01T00:00:00Z", "q=adopcja&updatedSince=2025-06-01T00:00:00Z")]
    public async Task Search_and_modified_after_select_what_q_and_updated_since_select(string hsds, string v1)
    {
        var expected = (await _client.GetAllNgosAsync(v1 + "&pageSize=100")).Select(n => n.Id.ToString()).ToList();
        Assert.NotEmpty(expected);
        // HSDS offers modified_after on services and services at locations, not on organizations.
        foreach (var path in hsds.Contains("modified_after", StringComparison.Ordinal) ? ["/hsds/services", "/hsds/service_at_locations"] : new[] { "/hsds/organizations", "/hsds/services", "/hsds/service_at_locations" })
        {
            var found = await AllAsync($"{path}?{hsds}");
            Assert.Equal(expected, found.Select(Organization));
        }
    }

    [Fact]
    public async Task Taxonomy_terms_and_taxonomies_filter_as_the_support_area_and_target_group_filters_do()
    {
        var terms = await AllAsync("/hsds/taxonomy_terms");
        var health = terms.Single(t => t["code"]!.GetValue<string>() == "health");
        var parents = terms.Single(t => t["code"]!.GetValue<string>() == "parents");
        Assert.Equal(
            (await _client.GetAllNgosAsync("supportArea=health&pageSize=100")).Select(n => n.Id.ToString()),
            (await AllAsync($"/hsds/services?taxonomy_term_id={health["id"]}")).Select(Organization));
        Assert.Equal(
            (await _client.GetAllNgosAsync("targetGroup=parents&pageSize=100")).Select(n => n.Id.ToString()),
            (await AllAsync($"/hsds/organizations?taxonomy_term_id={parents["id"]}")).Select(Organization));

        var children = await AllAsync($"/hsds/taxonomy_terms?parent_id={health["id"]}");
        Assert.Equal(7 - 1, children.Count); // health's six children
        Assert.All(children, c => Assert.Equal(health["id"]!.ToString(), c["parent_id"]!.ToString()));
        Assert.All(await AllAsync("/hsds/taxonomy_terms?top_only=true"), t => Assert.Null(t["parent_id"]));

        var taxonomies = await AllAsync("/hsds/taxonomies");
        Assert.Equal(2, taxonomies.Count);
        foreach (var taxonomy in taxonomies)
        {
            var inIt = await AllAsync($"/hsds/taxonomy_terms?taxonomy_id={taxonomy["id"]}");
            Assert.All(inIt, t => Assert.Equal(taxonomy["id"]!.ToString(), t["taxonomy_id"]!.ToString()));
            Assert.NotEmpty(await AllAsync($"/hsds/services?taxonomy_id={taxonomy["id"]}"));
        }
    }

    [Fact]
    public async Task Organization_id_postcode_minimal_full_and_ndjson_do_what_the_spec_says()
    {
        var first = (await GetAsync("/hsds/organizations?per_page=1"))["contents"]![0]!;
        var id = first["id"]!.GetValue<string>();
        Assert.Equal([id], (await AllAsync($"/hsds/services?organization_id={id}")).Select(Organization));
        Assert.Equal([id], (await AllAsync($"/hsds/service_at_locations?organization_id={id}")).Select(Organization));

        var organization = await GetAsync($"/hsds/organizations/{id}");
        var postcode = organization["locations"]![0]!["addresses"]![0]!["postal_code"]!.GetValue<string>();
        var covering = await AllAsync($"/hsds/service_at_locations?postcode={postcode}&full=true");
        var nationwide = (await _client.GetAllNgosAsync("pageSize=100")).Where(n => n.WorkArea.Nationwide).Select(n => n.Id.ToString()).ToHashSet();
        Assert.Contains(id, covering.Select(Organization));
        Assert.All(covering, s => Assert.True(
            s["location"]!["addresses"]![0]!["postal_code"]!.GetValue<string>() == postcode || nationwide.Contains(Organization(s))));
        Assert.True(covering.Count < (await AllAsync("/hsds/service_at_locations")).Count);
        // No coordinates: within a distance of the postcode is what covers the postcode.
        Assert.Equal(covering.Select(Organization), (await AllAsync($"/hsds/service_at_locations?postcode={postcode}&proximity=5000&full=true")).Select(Organization));

        var minimal = (await GetAsync("/hsds/services?minimal=true&per_page=1"))["contents"]![0]!.AsObject();
        Assert.Equal(["id", "organization_id", "name", "status", "last_modified"], minimal.Select(p => p.Key));
        Assert.NotNull((await GetAsync("/hsds/services?full=true&per_page=1"))["contents"]![0]!["attributes"]);
        Assert.NotNull((await GetAsync($"/hsds/organizations/{id}?full_service=true"))["services"]![0]!["attributes"]);

        using var response = await _client.GetAsync("/hsds/services?format=ndjson&search=ģimene", TestContext.Current.CancellationToken);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal((await GetAsync("/hsds/services?search=ģimene"))["total_items"]!.GetValue<int>(), lines.Length);
    }

    [Fact]
    public async Task Every_parameter_of_the_spec_is_accepted_and_others_are_a_problem()
    {
        var spec = JsonNode.Parse(await _client.GetStringAsync("/hsds/openapi.json", TestContext.Current.CancellationToken))!;
        var shared = spec["components"]!["parameters"]!.AsObject();
        var term = (await GetAsync("/hsds/taxonomy_terms?top_only=true&per_page=1"))["contents"]![0]!;
        var organization = (await GetAsync("/hsds/organizations?per_page=1"))["contents"]![0]!["id"]!.ToString();
        var values = new Dictionary<string, string>
        {
            ["search"] = "ģimene", ["page"] = "1", ["per_page"] = "5", ["format"] = "json", ["taxonomy_term_id"] = term["id"]!.ToString(),
            ["taxonomy_id"] = term["taxonomy_id"]!.ToString(), ["organization_id"] = organization, ["modified_after"] = "2020-01-01",
            ["minimal"] = "false", ["full"] = "true", ["full_service"] = "true", ["postcode"] = "LV-1050", ["top_only"] = "true", ["parent_id"] = term["id"]!.ToString(),
            ["proximity"] = "1000",
        };

        foreach (var path in spec["paths"]!.AsObject().Where(p => !p.Key.Contains('{', StringComparison.Ordinal)))
        {
            foreach (var parameter in path.Value!["get"]!["parameters"]?.AsArray() ?? [])
            {
                var definition = parameter!["$ref"] is { } reference ? shared[reference.GetValue<string>().Split('/')[^1]]! : parameter;
                var name = definition["name"]!.GetValue<string>();
                // proximity is a distance from a postcode: it comes with one.
                var query = $"{name}={Uri.EscapeDataString(values[name])}" + (name == "proximity" ? "&postcode=LV-1050" : "");
                using var response = await _client.GetAsync($"/hsds{path.Key}?{query}", TestContext.Current.CancellationToken);
                Assert.True(response.IsSuccessStatusCode, $"{path.Key}?{query}: {(int)response.StatusCode}");
            }
        }

        var (alone, _) = await _client.GetProblemAsync("/hsds/service_at_locations?proximity=1000");
        Assert.Equal(HttpStatusCode.BadRequest, alone.StatusCode);

        var (unknown, problem) = await _client.GetProblemAsync("/hsds/services?q=ģimene");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("search", problem.GetProperty("errors").GetProperty("q")[0].GetString(), StringComparison.Ordinal);
        var (badPage, _) = await _client.GetProblemAsync("/hsds/services?per_page=1000");
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        var (missing, _) = await _client.GetProblemAsync($"/hsds/services/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_dataset_record_lists_the_hsds_api_and_it_answers()
    {
        var dataset = await _client.GetJsonAsync<Contracts.DatasetDto>("/api/v1/dataset");
        var hsds = Assert.Single(dataset.Distribution, d => d.DownloadUrl.AbsolutePath == "/hsds/");
        Assert.Equal(Api.Hsds.HsdsMapper.Version, (await GetAsync(hsds.DownloadUrl.PathAndQuery))["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Answers_carry_an_etag_and_a_repeat_gets_304()
    {
        using var first = await _client.GetAsync("/hsds/services?per_page=5", TestContext.Current.CancellationToken);
        Assert.NotNull(first.Headers.ETag);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/hsds/services?per_page=5");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await _client.SendAsync(again, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task The_served_openapi_document_is_the_committed_one_with_the_service_at_location_fix()
    {
        var served = JsonNode.Parse(await _client.GetStringAsync("/hsds/openapi.json", TestContext.Current.CancellationToken))!;
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(MigrationTests.RepositoryRoot(), "openapi", "hsds.json"), TestContext.Current.CancellationToken));
        Assert.True(JsonNode.DeepEquals(served, committed), "openapi/hsds.json differs from /hsds/openapi.json. Refresh: bash openapi/refresh.sh");
        Assert.EndsWith("compiled/service_at_location.json", served["paths"]!["/service_at_locations/{id}"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("/hsds", served["servers"]![0]!["url"]!.GetValue<string>());
    }

    /// <summary>The NGO behind a service (its organization), a service at a location (through its service) or an organization.</summary>
    private static string Organization(JsonNode? item) =>
        item!["organization_id"]?.GetValue<string>()
        ?? (item["service_id"] is { } service ? Api.Hsds.HsdsIds.NgoOfService(Guid.Parse(service.GetValue<string>())).ToString() : item["id"]!.GetValue<string>());

    private static IEnumerable<string> CheckPage(string path, JsonNode page, int number)
    {
        var size = page["size"]!.GetValue<int>();
        var total = page["total_items"]!.GetValue<int>();
        if (page["page_number"]!.GetValue<int>() != number || size != page["contents"]!.AsArray().Count || page["empty"]!.GetValue<bool>() != (size == 0)
            || page["first_page"]!.GetValue<bool>() != (number == 1) || page["total_pages"]!.GetValue<int>() != (total + 99) / 100)
        {
            yield return $"{path} page {number}: paging object {page.ToJsonString()[..200]}";
        }
    }

    private async Task<List<JsonNode>> AllAsync(string url)
    {
        var items = new List<JsonNode>();
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var page = 1; ; page++)
        {
            var body = await GetAsync($"{url}{separator}per_page=100&page={page}");
            items.AddRange(body["contents"]!.AsArray().Select(i => i!));
            if (body["last_page"]!.GetValue<bool>() || body["empty"]!.GetValue<bool>())
            {
                return items;
            }
        }
    }

    private async Task<JsonNode> GetAsync(string url)
    {
        using var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private static async Task<IEnumerable<string>> ValidateAsync(string schemaFile, JsonNode value, string where)
    {
        Task<JsonSchema> schema;
        lock (Schemas)
        {
            if (!Schemas.TryGetValue(schemaFile, out schema!))
            {
                Schemas[schemaFile] = schema = JsonSchema.FromFileAsync(Path.Combine(SchemaFolder, schemaFile));
            }
        }

        return Flatten((await schema).Validate(value.ToJsonString())).Select(e => $"{where}: {e.Path} {e.Kind} ({schemaFile})");
    }

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        errors.SelectMany(e => e is NJsonSchema.Validation.ChildSchemaValidationError child ? Flatten(child.Errors.SelectMany(c => c.Value)) : [e]);
}
