using Directory.Api.Cli;
using Directory.Api.Http;
using Directory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Directory.Api.Tests;

/// <summary>What an operator gets from the image and the defaults, without reading the code.</summary>
public sealed class OperationsTests
{
    /// <summary>Production with nothing said about demo data.</summary>
    private sealed class ProductionFactory : DirectoryApiFactory
    {
        protected override bool? SeedDemoData => null;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    [Fact]
    public async Task Outside_development_no_demo_data_is_loaded_unless_asked()
    {
        using var factory = new ProductionFactory();
        var page = await factory.CreateClient().GetNgosAsync("pageSize=1");
        Assert.Equal(0, page.TotalItems);
    }

    [Theory]
    [InlineData("http://+:5000", null, "http://127.0.0.1:5000/health/ready")]
    [InlineData("http://*:8081;https://*:8443", null, "http://127.0.0.1:8081/health/ready")]
    [InlineData("https://localhost:8443;http://0.0.0.0:9000", "8080", "http://127.0.0.1:9000/health/ready")]
    [InlineData("http://[::]:7000", null, "http://127.0.0.1:7000/health/ready")]
    [InlineData("http://directory.internal:5080", null, "http://directory.internal:5080/health/ready")]
    [InlineData(null, "8090;8091", "http://127.0.0.1:8090/health/ready")]
    [InlineData(null, null, "http://127.0.0.1:8080/health/ready")]
    public void The_image_health_probe_follows_the_listening_address(string? urls, string? httpPorts, string expected) =>
        Assert.Equal(new Uri(expected), HealthProbe.ReadyUri(urls, httpPorts));
}
