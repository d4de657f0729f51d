using System.Net;
using System.Text.Json;
using Directory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

public sealed class HostTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_report_healthy(string url)
    {
        var body = await _client.GetJsonAsync<JsonElement>(url);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_document_describes_every_v1_operation()
    {
        var document = await _client.GetJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/ngos", paths);
        Assert.Contains("/api/v1/ngos/facets", paths);
        Assert.Contains("/api/v1/ngos/{idOrSlug}", paths);
        Assert.Contains("/api/v1/experts/{idOrSlug}", paths);
        Assert.Contains("/api/v1/regions/{code}", paths);
        Assert.Contains("/api/v1/support-areas/{code}", paths);
        Assert.Contains("/api/v1/target-groups", paths);

        var operationIds = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject()).Select(o => o.Value.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(operationIds.Count, operationIds.Distinct().Count());
        Assert.Superset(
            new HashSet<string?> { "ListNgos", "GetNgo", "GetNgoFacets", "ListExperts", "GetExpert", "ListRegions", "GetRegion", "ListSupportAreas", "GetSupportArea", "ListTargetGroups", "CreateNgo", "PatchNgo", "EraseExpert", "CreateApiKey" },
            operationIds.ToHashSet());
    }

    [Fact]
    public async Task Swagger_ui_is_served()
    {
        using var response = await _client.GetAsync("/swagger/index.html", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_configured_log_levels_hold_for_every_category()
    {
        // The factory configures Default = Warning; a filter of the start-up failure path once let every level through.
        var loggers = factory.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>();
        foreach (var category in new[] { "Microsoft.EntityFrameworkCore.ChangeTracking", "Directory.Api.Anything", "Microsoft.Extensions.Hosting.Internal.Host" })
        {
            var logger = loggers.CreateLogger(category);
            Assert.False(logger.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Debug), category);
            Assert.False(logger.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information), category);
            Assert.True(logger.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Warning), category);
        }
    }
}
