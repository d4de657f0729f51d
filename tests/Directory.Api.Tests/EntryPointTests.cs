using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;

namespace Directory.Api.Tests;

/// <summary>
/// A newcomer's first requests: the root and the version's root point to the docs, Swagger UI offers both
/// documents with the public resources first, and every request body's example works when sent as it is.
/// </summary>
public sealed class EntryPointTests(EntryPointTests.Fixture fixture) : IClassFixture<EntryPointTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public HttpClient Admin { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Admin = await CreateClientAsync(Role.Admin);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1")]
    [InlineData("/api/v1/")]
    public async Task The_roots_point_to_the_docs(string path)
    {
        using var response = await fixture.CreateClient().GetAsync(path, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var index = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;
        Assert.EndsWith("/swagger", index["documentation"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/api/v1/ngos", index["links"]!["ngos"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/hsds/", index["links"]!["hsds"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Swagger_ui_offers_v1_and_hsds_with_the_ngos_first()
    {
        var config = await fixture.CreateClient().GetStringAsync("/swagger/index.js", Cancel);
        Assert.Contains("/swagger/v1/swagger.json", config, StringComparison.Ordinal);
        Assert.Contains("/hsds/openapi.json", config, StringComparison.Ordinal);

        var document = JsonNode.Parse(await fixture.CreateClient().GetStringAsync("/swagger/v1/swagger.json", Cancel))!;
        var tags = document["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Equal("Ngos", tags[0]);
        Assert.Equal("ApiKeys", tags[^1]);
    }

    [Theory]
    [InlineData("NgoWriteRequest", "POST", "/api/v1/ngos", HttpStatusCode.Created)]
    [InlineData("ExpertWriteRequest", "POST", "/api/v1/experts", HttpStatusCode.Created)]
    [InlineData("ReferenceWriteRequest", "PUT", "/api/v1/support-areas/online-consultations", HttpStatusCode.OK)]
    [InlineData("CreateApiKeyRequest", "POST", "/api/v1/api-keys", HttpStatusCode.Created)]
    public async Task A_request_body_example_works_as_it_is(string schema, string method, string url, HttpStatusCode expected)
    {
        var document = JsonNode.Parse(await fixture.CreateClient().GetStringAsync("/swagger/v1/swagger.json", Cancel))!;
        var example = document["components"]!["schemas"]![schema]!["example"];
        Assert.NotNull(example);
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(example.ToJsonString(), Encoding.UTF8, "application/json") };
        using var response = await fixture.Admin.SendAsync(request, Cancel);
        Assert.True(response.StatusCode == expected, await response.Content.ReadAsStringAsync(Cancel));
    }

    [Theory]
    [InlineData("/api/v1/ngos", "post", "201", "ETag,Location")]
    [InlineData("/api/v1/experts", "post", "201", "ETag,Location")]
    [InlineData("/api/v1/ngos/{idOrSlug}", "patch", "200", "ETag")]
    [InlineData("/api/v1/ngos/{idOrSlug}", "put", "200", "ETag")]
    [InlineData("/api/v1/experts/{idOrSlug}", "patch", "200", "ETag")]
    public async Task A_write_declares_the_headers_it_sends(string path, string method, string status, string headers)
    {
        var document = JsonNode.Parse(await fixture.CreateClient().GetStringAsync("/swagger/v1/swagger.json", Cancel))!;
        var declared = document["paths"]![path]![method]!["responses"]![status]!["headers"]?.AsObject().Select(h => h.Key).ToList() ?? [];
        Assert.All(headers.Split(','), h => Assert.Contains(h, declared));
    }

    [Fact]
    public async Task The_problem_examples_are_real_problems()
    {
        var schemas = JsonNode.Parse(await fixture.CreateClient().GetStringAsync("/swagger/v1/swagger.json", Cancel))!["components"]!["schemas"]!;
        Assert.Equal(400, schemas["HttpValidationProblemDetails"]!["example"]!["status"]!.GetValue<int>());
        Assert.Equal(404, schemas["ProblemDetails"]!["example"]!["status"]!.GetValue<int>());
    }
}
