using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Directory.Api.Tests;

/// <summary>
/// Requests an attacker or a careless client sends: odd Host headers, odd Accept headers, wrong types,
/// unknown parameters, HEAD. Each answer is a 4xx problem+json that names what was wrong, never a 500.
/// </summary>
public sealed class HostileRequestTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string?> OddHosts => new()
    {
        { "/api/v1/ngos", null },
        { "/api/v1/experts", null },
        { "/api/v1/dataset", null },
        { "/api/v1/ngos", "a!b" },
        { "/api/v1/experts", "x'y" },
        { "/api/v1/dataset", "a b" },
    };

    [Theory]
    [MemberData(nameof(OddHosts))]
    public async Task A_missing_or_malformed_host_is_a_400_problem(string path, string? host)
    {
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Protocol = host is null ? "HTTP/1.0" : "HTTP/1.1";
            c.Request.Path = path;
            c.Request.Host = host is null ? default : new HostString(host);
        }, Cancel);

        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
        Assert.Equal("application/problem+json", context.Response.ContentType?.Split(';')[0]);
        Assert.Equal("nosniff", context.Response.Headers.XContentTypeOptions.ToString());
        Assert.Contains("default-src 'none'", context.Response.Headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
        var problem = await JsonDocument.ParseAsync(context.Response.Body, cancellationToken: Cancel);
        Assert.Contains("Host", problem.RootElement.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("text/plain")]
    public async Task A_401_is_problem_json_whatever_accept_says(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ngos") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await _client.SendAsync(request, Cancel);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/api/v1/ngos")]
    [InlineData("/api/v1/regions")]
    public async Task A_wrong_key_on_a_public_read_is_a_401_not_a_silent_anonymous_answer(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Api-Key", "lblt_not-a-key");
        using var response = await _client.SendAsync(request, Cancel);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_428_problem_has_a_type_and_says_it_is_in_english()
    {
        var ngo = (await factory.AddNgosAsync(new NgoSpec("Bez If-Match"))).Single();
        var editor = await factory.CreateClientAsync(Role.Editor);
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/ngos/{ngo.Id}") { Content = new StringContent("{\"shortName\":\"X\"}", System.Text.Encoding.UTF8, "application/merge-patch+json") };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("lv"));
        using var response = await editor.SendAsync(request, Cancel);

        await AssertProblemAsync(response, (HttpStatusCode)428);
    }

    [Fact]
    public async Task An_unknown_api_version_is_a_404_problem_that_names_the_supported_versions()
    {
        using var response = await _client.GetAsync("/api/v2/ngos", Cancel);
        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("1.0", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/ngos?page=abc", "page")]
    [InlineData("/api/v1/ngos?pageSize=x", "pageSize")]
    [InlineData("/api/v1/ngos?member=maybe", "member")]
    [InlineData("/api/v1/ngos/facets?member=1.5", "member")]
    [InlineData("/api/v1/experts?page=1e3", "page")]
    [InlineData("/api/v1/changes?limit=abc", "limit")]
    [InlineData("/api/v1/ngos?language=xx", "language")]
    [InlineData("/api/v1/experts?language=zz", "language")]
    [InlineData("/api/v1/ngos?regoin=latgale", "regoin")]
    [InlineData("/api/v1/experts?supportArea=health", "supportArea")]
    [InlineData("/api/v1/regions?page=2", "page")]
    public async Task A_wrong_typed_or_unknown_parameter_is_a_400_naming_it(string url, string parameter)
    {
        using var response = await _client.GetAsync(url, Cancel);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), problem.ToString());
        Assert.NotEmpty(messages.EnumerateArray());
        Assert.DoesNotContain("Nullable", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Int32", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_parameter_is_answered_with_the_valid_ones()
    {
        using var response = await _client.GetAsync("/api/v1/ngos?regoin=latgale", Cancel);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("regoin")[0].GetString()!;
        Assert.Contains("not a parameter of this operation", message, StringComparison.Ordinal);
        Assert.Contains("region", message, StringComparison.Ordinal);
        Assert.Contains("pageSize", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/ngos?language=ltg")]
    [InlineData("/api/v1/ngos?language=lv,ru,uk")]
    [InlineData("/api/v1/ngos?Region=latgale")]
    [InlineData("/api/v1/ngos?member=TRUE")]
    public async Task Known_parameters_in_any_case_and_real_language_codes_are_accepted(string url)
    {
        using var response = await _client.GetAsync(url, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/ngos")]
    [InlineData("/api/v1/regions")]
    [InlineData("/api/v1/support-areas")]
    [InlineData("/api/v1/dataset")]
    [InlineData("/api/v1/changes")]
    [InlineData("/health/live")]
    public async Task Every_get_route_answers_head_with_the_headers_and_no_body(string url)
    {
        using var get = await _client.GetAsync(url, Cancel);
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), Cancel);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }

    [Fact]
    public async Task A_replayed_answer_carries_every_header_of_the_first()
    {
        const string url = "/api/v1/ngos?pageSize=2&sort=-name";
        using var first = await _client.GetAsync(url, Cancel);
        using var replayed = await _client.GetAsync(url, Cancel);

        static string[] Names(HttpResponseMessage r) =>
            [.. r.Headers.Concat(r.Content.Headers).Select(h => h.Key.ToLowerInvariant()).Where(n => n != "date").Order()];
        Assert.Equal(Names(first), Names(replayed));
        Assert.Equal("1.0", replayed.Headers.GetValues("api-supported-versions").Single());
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("en", Assert.Single(response.Content.Headers.ContentLanguage));
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("https://", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        return problem;
    }
}

/// <summary>Probes are never rate-limited: a health check behind a busy proxy must not flap.</summary>
public sealed class HealthRateLimitTests(HealthRateLimitTests.Fixture fixture) : IClassFixture<HealthRateLimitTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["RateLimits:Anonymous:PermitLimit"] = "3",
            ["RateLimits:Anonymous:WindowSeconds"] = "3600",
            ["Cache:PollSeconds"] = "3600",
        };

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, PeerAddress>(services));
        }
    }

    [Fact]
    public async Task Every_answer_says_the_policy_and_what_is_left_of_it_cached_or_not()
    {
        var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Add(PeerAddress.Header, "192.0.2.44");
        var remaining = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.GetAsync("/api/v1/regions", TestContext.Current.CancellationToken);
            Assert.Equal("\"anonymous\";q=3;w=3600", response.Headers.GetValues("RateLimit-Policy").Single());
            remaining.Add(response.Headers.GetValues("RateLimit").Single());
        }

        // The second and third answers are replayed from the response cache: they still count and say so.
        Assert.Equal(["\"anonymous\";r=2", "\"anonymous\";r=1", "\"anonymous\";r=0", "\"anonymous\";r=0"], remaining);
    }

    [Fact]
    public async Task Health_endpoints_are_exempt_from_the_rate_limit()
    {
        var client = fixture.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.GetAsync("/api/v1/target-groups", TestContext.Current.CancellationToken);
        }

        using var limited = await client.GetAsync("/api/v1/target-groups", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.StartsWith("https://", JsonDocument.Parse(await limited.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("type").GetString(), StringComparison.Ordinal);
        for (var i = 0; i < 10; i++)
        {
            using var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
            using var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
    }
}

/// <summary>Nulls and odd characters where values are expected: a 400 naming the field or parameter, and nothing stored.</summary>
public sealed class OddValueTests(OddValueTests.Fixture fixture) : IClassFixture<OddValueTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public HttpClient Editor { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Editor = await CreateClientAsync(Role.Editor);
            await AddNgosAsync(new NgoSpec("Nulles biedrība") { Slug = "nulles" });
            await AddExpertsAsync(new ExpertSpec("Emocijzīmju Eksperte") { Consented = true });
        }
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("socialLinks", "[null]", "socialLinks[0]")]
    [InlineData("socialLinks", "[{\"network\":\"facebook\",\"url\":\"https://facebook.com/x\"},null]", "socialLinks[1]")]
    [InlineData("workAreas", "[null]", "workAreas[0]")]
    [InlineData("languages", "[\"lv\",null]", "languages[1]")]
    public async Task A_null_in_an_array_of_a_post_is_a_400_naming_the_element(string member, string value, string path)
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(WriteApiTests.ValidNgo($"nulls-{member}"), ApiClient.Json))!.AsObject();
        body[member] = System.Text.Json.Nodes.JsonNode.Parse(value);
        using var response = await fixture.Editor.PostAsync("/api/v1/ngos", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), Cancel);

        await AssertNamesAsync(response, path);
    }

    [Fact]
    public async Task A_list_over_the_limit_and_an_overlong_idempotency_key_are_400s_naming_them()
    {
        var body = WriteApiTests.ValidNgo("too-many") with { Languages = [.. Enumerable.Repeat("lv", 51)] };
        using var tooMany = await fixture.Editor.PostAsJsonAsync("/api/v1/ngos", body, Cancel);
        await AssertNamesAsync(tooMany, "languages");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ngos") { Content = JsonContent.Create(WriteApiTests.ValidNgo("long-key")) };
        request.Headers.Add("Idempotency-Key", new string('k', 101));
        using var longKey = await fixture.Editor.SendAsync(request, Cancel);
        await AssertNamesAsync(longKey, "Idempotency-Key");
    }

    [Fact]
    public async Task A_null_in_an_array_of_a_patch_is_a_400_and_changes_nothing()
    {
        using var before = await fixture.Editor.GetAsync("/api/v1/ngos/nulles", Cancel);
        var original = await before.Content.ReadAsStringAsync(Cancel);
        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/ngos/nulles")
        {
            Content = new StringContent("{\"socialLinks\":[null]}", System.Text.Encoding.UTF8, "application/merge-patch+json"),
        };
        request.Headers.IfMatch.Add(before.Headers.ETag!);
        using var response = await fixture.Editor.SendAsync(request, Cancel);

        await AssertNamesAsync(response, "socialLinks[0]");
        Assert.Equal(original, await fixture.Editor.GetStringAsync("/api/v1/ngos/nulles", Cancel));
    }

    [Theory]
    [InlineData("[null]", "[0]")]
    [InlineData("[{\"name\":\"x\",\"socialLinks\":[null]}]", "[0].socialLinks[0]")]
    public async Task A_null_in_a_json_import_is_a_400_naming_the_element(string json, string path)
    {
        using var response = await fixture.Editor.PostAsync("/api/v1/imports", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Cancel);
        await AssertNamesAsync(response, path);
    }

    [Theory]
    [InlineData("/api/v1/experts/export?q=x&expertise=%F0%9F%98%80", "expertise")]
    [InlineData("/api/v1/experts?expertise=%F0%9F%98%80", "expertise")]
    [InlineData("/api/v1/ngos/export?region=%F0%9F%98%80", "region")]
    [InlineData("/api/v1/ngos?supportArea=%ED%A0%80", "supportArea")]
    [InlineData("/api/v1/ngos/%F0%9F%98%80", null)]
    public async Task Emoji_and_broken_utf8_in_parameters_are_a_4xx_problem(string url, string? parameter)
    {
        using var response = await fixture.Editor.GetAsync(url, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True((int)response.StatusCode is 400 or 404, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (parameter is not null)
        {
            Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(parameter, out _), text);
        }
    }

    private static async Task AssertNamesAsync(HttpResponseMessage response, string path)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(path, out _), text);
    }
}
