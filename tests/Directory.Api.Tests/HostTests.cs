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
