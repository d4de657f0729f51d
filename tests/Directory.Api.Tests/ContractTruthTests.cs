using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;

namespace Directory.Api.Tests;

/// <summary>The contract promises only what the server does: every parameter has an effect, every Location answers.</summary>
public sealed class ContractTruthTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private static readonly JsonNode Contract = JsonNode.Parse(File.ReadAllText(Path.Combine(MigrationTests.RepositoryRoot(), "openapi", "v1.json")))!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static IEnumerable<string> QueryParameters(string path, string method) =>
        Contract["paths"]![path]![method]!["parameters"]!.AsArray().Where(p => p!["in"]!.GetValue<string>() == "query").Select(p => p!["name"]!.GetValue<string>());

    [Theory]
    [InlineData("/api/v1/ngos/export")]
    [InlineData("/api/v1/experts/export")]
    public void Exports_take_the_filters_and_format_but_no_order_or_page(string path)
    {
        var parameters = QueryParameters(path, "get").ToList();
        Assert.Contains("format", parameters);
        Assert.DoesNotContain("sort", parameters);
        Assert.DoesNotContain("page", parameters);
        Assert.DoesNotContain("pageSize", parameters);
    }

    [Fact]
    public void No_dotnet_type_is_a_schema_of_the_contract()
    {
        var schemas = Contract["components"]!["schemas"]!.AsObject().Select(s => s.Key);
        Assert.DoesNotContain(schemas, name => name.StartsWith("Json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_key_answers_no_store_and_its_location_answers_get_without_the_secret()
    {
        var admin = await factory.CreateClientAsync(Role.Admin);
        using var created = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "Portāls", role = "partner" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore, "the answer holding the key must not be stored");
        var secret = (await created.Content.ReadFromJsonAsync<JsonObject>(Cancel))!["key"]!.GetValue<string>();

        using var located = await admin.GetAsync(created.Headers.Location, Cancel);
        Assert.Equal(HttpStatusCode.OK, located.StatusCode);
        var body = await located.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("Portāls", body, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every bound the contract shows on a list's query parameters (maximum, minimum, maxLength, pattern,
    /// enum, maxItems and the rules of a list's items) is the bound the server holds: a value just past it
    /// is a 400 problem naming the parameter, and an integer at its bound is accepted.
    /// </summary>
    [Theory]
    [InlineData("/api/v1/ngos")]
    [InlineData("/api/v1/ngos/facets")]
    [InlineData("/api/v1/ngos/export")]
    [InlineData("/api/v1/experts")]
    [InlineData("/api/v1/experts/export")]
    public async Task Every_bound_the_contract_shows_on_a_query_parameter_is_enforced(string path)
    {
        var client = factory.CreateClient();
        var checkedBounds = 0;
        foreach (var parameter in Contract["paths"]![path]!["get"]!["parameters"]!.AsArray().Where(p => p!["in"]!.GetValue<string>() == "query"))
        {
            var name = parameter!["name"]!.GetValue<string>();
            var schema = Resolve(parameter["schema"]!);
            foreach (var (value, accepted) in Probes(schema))
            {
                var (response, problem) = await client.GetProblemAsync($"{path}?{name}={Uri.EscapeDataString(value)}");
                if (accepted)
                {
                    Assert.True(response.IsSuccessStatusCode, $"{path}?{name}={value}: {(int)response.StatusCode} {problem}");
                    continue;
                }

                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                Assert.True(problem.GetProperty("errors").TryGetProperty(name, out _), $"{path}?{name}={value}: {problem}");
                checkedBounds++;
            }
        }

        Assert.True(checkedBounds >= 3, $"only {checkedBounds} bounds found on {path}");
    }

    /// <summary>Lists may be comma-separated (the parameters say so): such a value fits the item schema the contract shows, and is served.</summary>
    [Theory]
    [InlineData("/api/v1/ngos", "language", "lv,ru,en")]
    [InlineData("/api/v1/experts", "language", "lv,ru")]
    [InlineData("/api/v1/ngos", "region", "latgale,kurzeme")]
    public async Task A_comma_separated_list_fits_the_contract_and_is_served(string path, string name, string value)
    {
        var items = Resolve(Contract["paths"]![path]!["get"]!["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!["schema"]!["items"]!);
        Assert.InRange(value.Length, 1, items["maxLength"]!.GetValue<int>());
        if (items["pattern"] is { } pattern)
        {
            Assert.Matches(pattern.GetValue<string>(), value);
        }

        using var response = await factory.CreateClient().GetAsync($"{path}?{name}={value}", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static JsonNode Resolve(JsonNode schema) =>
        schema["$ref"] is { } reference ? Contract["components"]!["schemas"]![reference.GetValue<string>().Split('/')[^1]]! : schema;

    // Values past each bound of a schema (false: must be refused) and integers at their bounds (true: accepted).
    private static IEnumerable<(string Value, bool Accepted)> Probes(JsonNode schema)
    {
        if (schema["enum"] is not null)
        {
            yield return ("not-one-of-them", false);
        }

        if (schema["pattern"] is not null)
        {
            yield return ("!", false);
        }

        if (schema["type"]?.GetValue<string>() == "integer")
        {
            var min = schema["minimum"]!.GetValue<long>();
            var max = schema["maximum"]!.GetValue<long>();
            yield return ((min - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), false);
            yield return (min.ToString(System.Globalization.CultureInfo.InvariantCulture), true);
            yield return (max.ToString(System.Globalization.CultureInfo.InvariantCulture), true);
            yield return ((max + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), false);
        }
        else if (schema["maxLength"] is { } length && schema["enum"] is null)
        {
            yield return (new string('a', length.GetValue<int>() + 1), false);
        }

        if (schema["type"]?.GetValue<string>() == "array")
        {
            var items = Resolve(schema["items"]!);
            foreach (var probe in Probes(items).Where(p => !p.Accepted))
            {
                yield return probe;
            }

            yield return (string.Join(',', Enumerable.Repeat("lv", schema["maxItems"]!.GetValue<int>() + 1)), false);
        }
    }
}
