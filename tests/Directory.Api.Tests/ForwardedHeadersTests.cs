using System.Net;
using Directory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

/// <summary>
/// Behind a proxy: X-Forwarded-* is believed only from the configured proxies (it sets the page links'
/// scheme and host and the rate-limit key), and HTTPS answers carry HSTS outside Development.
/// </summary>
public sealed class ForwardedHeadersTests(ForwardedHeadersTests.Fixture fixture) : IClassFixture<ForwardedHeadersTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory
    {
        public const string Proxy = "10.0.0.5";

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["ForwardedHeaders:KnownProxies:0"] = Proxy,
            ["Cache:PollSeconds"] = "3600",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, PeerAddress>());
        }
    }

    /// <summary>Proxies named by network rather than by address.</summary>
    public sealed class NetworkFixture : DirectoryApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/8",
            ["Cache:PollSeconds"] = "3600",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, PeerAddress>());
        }
    }

    [Theory]
    [InlineData(Fixture.Proxy, "https://directory.example/api/v1/ngos?page=1")]
    [InlineData("203.0.113.9", "http://localhost/api/v1/ngos?page=1")]
    public async Task Forwarded_scheme_and_host_are_used_only_from_a_known_proxy(string peer, string self)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ngos");
        request.Headers.Add(PeerAddress.Header, peer);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "directory.example");
        request.Headers.Add("X-Forwarded-For", "198.51.100.7");
        using var response = await fixture.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        var page = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(self, page.RootElement.GetProperty("links").GetProperty("self").GetString());
    }

    [Theory]
    [InlineData("10.200.1.2", "https://directory.example/api/v1/ngos?page=1")]
    [InlineData("11.0.0.1", "http://localhost/api/v1/ngos?page=1")]
    public async Task Forwarded_headers_are_used_only_from_a_known_network(string peer, string self)
    {
        using var network = new NetworkFixture();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ngos");
        request.Headers.Add(PeerAddress.Header, peer);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "directory.example");
        using var response = await network.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        var page = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(self, page.RootElement.GetProperty("links").GetProperty("self").GetString());
    }

    [Fact]
    public async Task Https_answers_carry_hsts_and_plain_http_answers_do_not()
    {
        var secure = fixture.CreateClient(new() { BaseAddress = new Uri("https://directory.example") });
        using var https = await secure.GetAsync("/api/v1/target-groups", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, https.StatusCode);
        Assert.StartsWith("max-age=", https.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);

        using var http = await fixture.CreateClient().GetAsync("/api/v1/target-groups", TestContext.Current.CancellationToken);
        Assert.False(http.Headers.Contains("Strict-Transport-Security"));
    }
}

/// <summary>
/// As shipped, with no proxy configured: no X-Forwarded-* header changes anything. (ASP.NET Core reads
/// empty known-proxy lists as "trust every peer"; this is the case that test missed.)
/// </summary>
public sealed class ForwardedHeadersDefaultTests(ForwardedHeadersDefaultTests.Fixture fixture) : IClassFixture<ForwardedHeadersDefaultTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory
    {
        public const int Limit = 5;

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["RateLimits:Anonymous:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:Anonymous:WindowSeconds"] = "3600",
            ["Cache:PollSeconds"] = "3600",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, PeerAddress>());
        }
    }

    private static HttpRequestMessage Spoofed(string url, int n)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(PeerAddress.Header, n % 2 == 0 ? "127.0.0.1" : "::1");
        request.Headers.Add("X-Forwarded-For", $"198.51.100.{n}");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        return request;
    }

    [Fact]
    public async Task Forwarded_headers_change_neither_links_nor_the_rate_limit_key()
    {
        var client = fixture.CreateClient();
        var statuses = new List<HttpStatusCode>();
        var bodies = new List<string>();
        for (var n = 0; n < Fixture.Limit * 3; n++)
        {
            using var request = Spoofed(n % 2 == 0 ? "/api/v1/ngos?pageSize=1" : "/api/v1/dataset", n);
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            bodies.Add(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        // Two peers (127.0.0.1 and ::1) share nothing with the forwarded addresses: each gets the limit, no more.
        Assert.Equal(Fixture.Limit * 2, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(Fixture.Limit, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.All(bodies, b => Assert.DoesNotContain("evil.example", b, StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("http://localhost/api/v1/", StringComparison.Ordinal));
    }
}
