using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Text.Json;
using Directory.Api.Tests.Infrastructure;

namespace Directory.Api.Tests;

public sealed class ErrorTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/ngos?region=atlantis", "region")]
    [InlineData("/api/v1/ngos?region=latgale,atlantis", "region")]
    [InlineData("/api/v1/ngos?supportArea=astrology", "supportArea")]
    [InlineData("/api/v1/ngos?targetGroup=cats", "targetGroup")]
    [InlineData("/api/v1/ngos?language=latvian", "language")]
    [InlineData("/api/v1/ngos?pageSize=101", "pageSize")]
    [InlineData("/api/v1/ngos?pageSize=0", "pageSize")]
    [InlineData("/api/v1/ngos?page=0", "page")]
    [InlineData("/api/v1/ngos?sort=popularity", "sort")]
    [InlineData("/api/v1/ngos?sort=relevance", "sort")]
    [InlineData("/api/v1/ngos?updatedSince=yesterday", "updatedSince")]
    [InlineData("/api/v1/ngos?updatedSince=2026-02-30", "updatedSince")]
    [InlineData("/api/v1/ngos/facets?region=atlantis", "region")]
    [InlineData("/api/v1/experts?expertise=astrology", "expertise")]
    [InlineData("/api/v1/experts?region=atlantis", "region")]
    [InlineData("/api/v1/experts?pageSize=1000", "pageSize")]
    public async Task Invalid_query_parameter_is_a_400_problem_naming_it(string url, string parameter)
    {
        var (response, problem) = await _client.GetProblemAsync(url);

        AssertProblem(response, problem, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), problem.ToString());
        Assert.NotEmpty(messages.EnumerateArray());
    }

    [Fact]
    public async Task Query_over_200_characters_is_a_400_problem_naming_q()
    {
        var (response, problem) = await _client.GetProblemAsync($"/api/v1/ngos?q={new string('a', 201)}");
        AssertProblem(response, problem, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));

        var (ok, _) = await _client.GetProblemAsync($"/api/v1/ngos?q={new string('a', 200)}");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Every_invalid_parameter_is_listed_at_once()
    {
        var (_, problem) = await _client.GetProblemAsync("/api/v1/ngos?region=x&pageSize=500&sort=y");
        var names = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order();
        Assert.Equal(["pageSize", "region", "sort"], names);
    }

    [Theory]
    [InlineData("/api/v1/ngos?page=abc", "page")]
    [InlineData("/api/v1/ngos?member=maybe", "member")]
    public async Task Value_of_the_wrong_type_is_a_400_problem_naming_the_parameter(string url, string parameter)
    {
        var (response, problem) = await _client.GetProblemAsync(url);
        AssertProblem(response, problem, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Theory]
    [InlineData("/api/v1/ngos/no-such-ngo")]
    [InlineData("/api/v1/ngos/7f1f1a4e-0000-4000-8000-000000000000")]
    [InlineData("/api/v1/experts/no-such-expert")]
    [InlineData("/api/v1/regions/atlantis")]
    [InlineData("/api/v1/support-areas/astrology")]
    [InlineData("/api/v1/no-such-resource")]
    [InlineData("/nothing-here")]
    public async Task Unknown_resource_is_a_404_problem(string url)
    {
        var (response, problem) = await _client.GetProblemAsync(url);
        AssertProblem(response, problem, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unsupported_api_version_is_a_problem_that_reports_the_supported_versions()
    {
        var (response, problem) = await _client.GetProblemAsync("/api/v9/ngos");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((int)response.StatusCode is 400 or 404, $"{response.StatusCode}");
        Assert.Equal(JsonValueKind.Object, problem.ValueKind);
    }

    [Fact]
    public async Task Supported_api_versions_are_reported()
    {
        using var response = await _client.GetAsync("/api/v1/target-groups", TestContext.Current.CancellationToken);
        Assert.Equal("1.0", response.Headers.GetValues("api-supported-versions").Single());
    }

    internal static void AssertProblem(HttpResponseMessage response, JsonElement problem, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        var text = problem.ToString();
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }
}

/// <summary>A database that lost its tables in the middle of a request: a 503 problem, and nothing of the failure leaks.</summary>
public sealed class ServerErrorTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    [Fact]
    public async Task Broken_database_is_a_503_problem_without_a_stack_trace()
    {
        var client = factory.CreateClient();
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE Experts", TestContext.Current.CancellationToken));

        // An item read goes to the database (lists come from memory).
        var (response, problem) = await client.GetProblemAsync($"/api/v1/experts/{Guid.NewGuid()}");

        ErrorTests.AssertProblem(response, problem, HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.DoesNotContain("Experts", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite", problem.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
