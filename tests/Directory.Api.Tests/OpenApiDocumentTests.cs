using System.Text.Json;
using System.Text.Json.Nodes;
using Asp.Versioning.ApiExplorer;
using Directory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

/// <summary>The committed contract (openapi/{version}.json) is exactly what the app serves (refresh: bash openapi/refresh.sh).</summary>
public sealed class OpenApiDocumentTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    [Fact]
    public async Task Committed_openapi_documents_are_what_the_service_serves()
    {
        var client = factory.CreateClient();
        var versions = factory.Services.GetRequiredService<IApiVersionDescriptionProvider>().ApiVersionDescriptions;
        Assert.NotEmpty(versions);

        foreach (var version in versions)
        {
            var served = JsonNode.Parse(await client.GetStringAsync($"/swagger/{version.GroupName}/swagger.json", TestContext.Current.CancellationToken))!;
            var path = Path.Combine(MigrationTests.RepositoryRoot(), "openapi", $"{version.GroupName}.json");
            Assert.True(File.Exists(path), $"{path} is missing. Refresh the contract: bash openapi/refresh.sh, then commit openapi/.");
            var committed = JsonNode.Parse(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
            Assert.True(
                JsonNode.DeepEquals(served, committed),
                $"openapi/{version.GroupName}.json differs from what the app serves. Refresh the contract: bash openapi/refresh.sh, then review and commit openapi/.");
        }
    }

    [Fact]
    public async Task Every_operation_and_parameter_is_described_and_every_error_is_a_problem()
    {
        var document = await factory.CreateClient().GetJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                Assert.False(string.IsNullOrWhiteSpace(operation.Value.GetProperty("description").GetString()), $"{name} has no description");
                Assert.False(string.IsNullOrWhiteSpace(operation.Value.GetProperty("summary").GetString()), $"{name} has no summary");
                foreach (var parameter in operation.Value.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : default)
                {
                    Assert.True(parameter.TryGetProperty("description", out _), $"{name}: parameter {parameter.GetProperty("name")} has no description");
                }

                foreach (var response in operation.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] is '4' or '5'))
                {
                    Assert.True(response.Value.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{name}: {response.Name} is not a problem");
                }
            }
        }
    }
}

public sealed class ClientPackageTests
{
    [Fact]
    public void Client_package_version_follows_the_api_version_of_the_contract()
    {
        var contract = JsonNode.Parse(File.ReadAllText(Path.Combine(MigrationTests.RepositoryRoot(), "openapi", "v1.json")))!;
        var apiVersion = Version.Parse(contract["info"]!["version"]!.GetValue<string>());
        var clientVersion = typeof(Lblt.Directory.Client.INgosClient).Assembly.GetName().Version!;
        Assert.Equal((apiVersion.Major, apiVersion.Minor), (clientVersion.Major, clientVersion.Minor));
    }
}
