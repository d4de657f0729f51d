using Directory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Directory.Api.Tests;

/// <summary>
/// AllowedHosts "*" (the shipped default, so that `dotnet run` answers on any name) lets a request's Host
/// into every link the API writes: in Production the start warns until it names the real host names.
/// </summary>
public sealed class AllowedHostsTests
{
    private sealed class ProductionFactory(string? allowedHosts) : DirectoryApiFactory
    {
        public LogRecorder Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            if (allowedHosts is not null)
            {
                builder.UseSetting("AllowedHosts", allowedHosts);
            }

            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
    }

    [Theory]
    [InlineData(null, true)] // as shipped: *
    [InlineData("directory.lblt.lv;localhost", false)]
    public void Production_warns_when_any_host_is_allowed(string? allowedHosts, bool warns)
    {
        using var factory = new ProductionFactory(allowedHosts);
        _ = factory.Services; // starts the app
        var warnings = factory.Logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.Contains("AllowedHosts", StringComparison.Ordinal)).ToList();
        Assert.Equal(warns ? 1 : 0, warnings.Count);
    }
}
