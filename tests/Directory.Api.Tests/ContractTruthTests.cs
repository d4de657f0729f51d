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
}
