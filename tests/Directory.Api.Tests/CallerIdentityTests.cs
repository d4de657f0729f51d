using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using static Directory.Api.Tests.WriteApiTests;

namespace Directory.Api.Tests;

/// <summary>
/// A caller is its API key, not the key's name: two keys named alike (the fixture names every key of a
/// role "test {role}") have their own rate-limit buckets, audit actors and Idempotency-Key namespaces, and
/// an Idempotency-Key belongs to the method and route it was sent to.
/// </summary>
public sealed class CallerIdentityTests(CallerIdentityTests.Fixture fixture) : IClassFixture<CallerIdentityTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["RateLimits:Anonymous:PermitLimit"] = "100000",
            ["RateLimits:Partner:PermitLimit"] = "5",
            ["RateLimits:Editor:PermitLimit"] = "100000",
            ["Cache:PollSeconds"] = "3600",
        };
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_keys_named_alike_have_their_own_rate_limit()
    {
        var first = await fixture.CreateClientAsync(Role.Partner);
        var second = await fixture.CreateClientAsync(Role.Partner);
        for (var i = 0; i < 5; i++)
        {
            using var ok = await first.GetAsync("/api/v1/target-groups", Cancel);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await first.GetAsync("/api/v1/target-groups", Cancel);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        using var other = await second.GetAsync("/api/v1/target-groups", Cancel);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Two_keys_named_alike_are_told_apart_in_the_history()
    {
        var first = await fixture.CreateClientAsync(Role.Editor);
        var second = await fixture.CreateClientAsync(Role.Editor);
        var (id, etag) = await CreateAsync(first, Unique.Slug("divas-atslegas"));
        using var patch = await SendAsync(second, $"PATCH /api/v1/ngos/{id}", new { shortName = "OTRA" }, etag);
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);

        var history = await first.GetFromJsonAsync<JsonElement>($"/api/v1/ngos/{id}/history", Cancel);
        var actors = history.EnumerateArray().Select(e => e.GetProperty("actor").GetString()).ToList();
        Assert.Equal(2, actors.Count);
        Assert.All(actors, a => Assert.StartsWith("key:test Editor", a, StringComparison.Ordinal));
        Assert.NotEqual(actors[0], actors[1]);
    }

    [Fact]
    public async Task Two_keys_named_alike_do_not_share_idempotency_keys()
    {
        var first = await fixture.CreateClientAsync(Role.Editor);
        var second = await fixture.CreateClientAsync(Role.Editor);
        var key = $"shared-{Guid.NewGuid():N}";
        using var one = await PostAsync(first, "/api/v1/ngos", ValidNgo(Unique.Slug("pirma-atslega")), key);
        using var two = await PostAsync(second, "/api/v1/ngos", ValidNgo(Unique.Slug("otra-atslega")), key);
        Assert.Equal(HttpStatusCode.Created, one.StatusCode);
        Assert.Equal(HttpStatusCode.Created, two.StatusCode);
        Assert.False(two.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task An_idempotency_key_belongs_to_the_route_it_was_sent_to()
    {
        var editor = await fixture.CreateClientAsync(Role.Editor);
        var key = $"route-{Guid.NewGuid():N}";
        using var ngo = await PostAsync(editor, "/api/v1/ngos", ValidNgo(Unique.Slug("marsruta-nvo")), key);
        Assert.Equal(HttpStatusCode.Created, ngo.StatusCode);

        using var expert = await PostAsync(editor, "/api/v1/experts", ValidExpert("Maršruta Eksperte", consent: false), key);
        var body = await expert.Content.ReadAsStringAsync(Cancel);
        Assert.True(expert.StatusCode == HttpStatusCode.Created, body);
        Assert.False(expert.Headers.Contains("Idempotent-Replayed"));
        Assert.StartsWith("/api/v1/experts/", expert.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // The same key and route with another body is refused (IETF draft-ietf-httpapi-idempotency-key-header §2.7).
        using var reused = await PostAsync(editor, "/api/v1/ngos", ValidNgo(Unique.Slug("cits-kermenis")), key);
        await AssertProblemAsync(reused, HttpStatusCode.UnprocessableEntity);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, options: ApiClient.Json) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, Cancel);
    }
}

/// <summary>
/// Requests with an unknown or revoked key count against the client's address like anonymous ones (the
/// audit sent 1,000 bad keys: 1,000 × 401, no 429) and are logged once at a bounded rate, not twice each.
/// </summary>
public sealed class FailedCredentialTests(FailedCredentialTests.Fixture fixture) : IClassFixture<FailedCredentialTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory
    {
        public LogRecorder Logs { get; } = new();

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["RateLimits:Anonymous:PermitLimit"] = "3",
            ["Cache:PollSeconds"] = "3600",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Logging:LogLevel:Default", "Information"); // as shipped
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
    }

    [Fact]
    public async Task Unknown_keys_count_against_the_address_are_looked_up_once_and_logged_once()
    {
        var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "lblt_not-a-key-at-all");
        var statuses = new List<HttpStatusCode>();
        fixture.Commands.Reset();
        for (var i = 0; i < 6; i++)
        {
            using var response = await client.GetAsync("/api/v1/target-groups", TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], statuses.Take(3));
        Assert.All(statuses.Skip(3), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Single(fixture.Logs.Entries, l => l.Category.Contains("Auth", StringComparison.Ordinal) && l.Level >= LogLevel.Information);
        Assert.Equal(1, fixture.Commands.Count); // the key looked up once; the list itself is served from memory
    }
}
