using System.Net;
using System.Text.Json;
using Directory.Api.Tests.Infrastructure;

namespace Directory.Api.Tests;

/// <summary>
/// The dataset record: DCAT-AP as JSON-LD or Turtle by Accept or format, v1's summary otherwise. That the
/// JSON-LD expands to DCAT terms and the Turtle is the same graph is checked by a JSON-LD processor in CI
/// (openapi/dcat.test.mjs, from .ci/smoke-run.sh).
/// </summary>
public sealed class DatasetTests(DemoDirectoryFactory factory) : IClassFixture<DemoDirectoryFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string path, string? accept = null)
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        var response = await client.SendAsync(request, Cancel);
        return (response, await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task The_v1_summary_names_licence_publisher_and_downloads()
    {
        var dataset = await factory.CreateClient().GetJsonAsync<JsonElement>("/api/v1/dataset");
        Assert.Equal("dcat:Dataset", dataset.GetProperty("@type").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", dataset.GetProperty("license").GetString());
        Assert.Contains("LBLT", dataset.GetProperty("publisher").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.True(dataset.GetProperty("modified").GetDateTime() > new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var downloads = dataset.GetProperty("distribution").EnumerateArray().Select(d => d.GetProperty("downloadUrl").GetString()).ToList();
        Assert.Contains(downloads, d => d!.EndsWith("/api/v1/ngos/export?format=csv", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("application/ld+json", null, "application/ld+json")]
    [InlineData("text/turtle", null, "text/turtle")]
    [InlineData("text/turtle;q=0.5, application/ld+json", null, "application/ld+json")]
    [InlineData("application/json, text/turtle;q=0.9", null, "application/json")]
    [InlineData("*/*", null, "application/json")]
    [InlineData(null, "jsonld", "application/ld+json")]
    [InlineData("application/ld+json", "turtle", "text/turtle")]
    [InlineData("text/turtle", "json", "application/json")]
    public async Task The_record_is_served_in_the_format_asked_for(string? accept, string? format, string expected)
    {
        var (response, body) = await GetAsync(format is null ? "/api/v1/dataset" : $"/api/v1/dataset?format={format}", accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        switch (expected)
        {
            case "application/ld+json":
                using (var document = JsonDocument.Parse(body))
                {
                    Assert.Equal("http://www.w3.org/ns/dcat#", document.RootElement.GetProperty("@context").GetProperty("dcat").GetString());
                    Assert.Equal("dcat:Dataset", document.RootElement.GetProperty("@type").GetString());
                }

                break;
            case "text/turtle":
                Assert.StartsWith("@prefix dcat: <http://www.w3.org/ns/dcat#> .", body, StringComparison.Ordinal);
                Assert.Contains("    a dcat:Dataset ;", body, StringComparison.Ordinal);
                break;
            default:
                Assert.Equal("https://www.w3.org/ns/dcat", JsonDocument.Parse(body).RootElement.GetProperty("@context").GetString());
                break;
        }
    }

    [Fact]
    public async Task A_format_the_record_has_not_is_a_problem_naming_the_choices()
    {
        var (response, body) = await GetAsync("/api/v1/dataset?format=rdfxml");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("json, jsonld or turtle", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_answer_is_replayed_only_to_a_request_for_the_same_format()
    {
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal("application/json", (await GetAsync("/api/v1/dataset", "application/json")).Response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("text/turtle", (await GetAsync("/api/v1/dataset", "text/turtle")).Response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("application/ld+json", (await GetAsync("/api/v1/dataset", "application/ld+json")).Response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public void Turtle_escapes_what_would_end_a_string_or_an_iri()
    {
        var node = new Dataset.RdfNode("http://example.org/a b>", "dcat:Dataset", [("dct:title", Dataset.Literal.En("say \"hi\"\\\nnow"))]);
        var turtle = Dataset.RdfWriter.Turtle(node);
        Assert.Contains("<http://example.org/a\\u0020b\\u003E>", turtle, StringComparison.Ordinal);
        Assert.Contains("dct:title \"say \\\"hi\\\"\\\\\\nnow\"@en", turtle, StringComparison.Ordinal);
    }
}
