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

    /// <summary>The test server has no peer address: this sets it from a test-only header, before the app's pipeline.</summary>
    private sealed class PeerAddress : IStartupFilter
    {
        public const string Header = "X-Test-Peer";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
