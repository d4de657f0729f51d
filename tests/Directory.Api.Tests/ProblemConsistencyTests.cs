using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;

namespace Directory.Api.Tests;

/// <summary>
/// Problems read alike whatever wrote them: one type scheme (rfc-editor.org) and one title per status, a
/// detail on every 401 and 403 saying what to do, and titles that name what was sent.
/// </summary>
public sealed class ProblemConsistencyTests(ProblemConsistencyTests.Fixture fixture) : IClassFixture<ProblemConsistencyTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public HttpClient Partner { get; private set; } = null!;
        public HttpClient Editor { get; private set; } = null!;
        public HttpClient Admin { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Partner = await CreateClientAsync(Role.Partner);
            Editor = await CreateClientAsync(Role.Editor);
            Admin = await CreateClientAsync(Role.Admin);
            await AddNgosAsync(new NgoSpec("Problēmu biedrība") { Slug = "problemas" });
        }
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> ProblemAsync(HttpClient client, HttpMethod method, string url, string? json = null, string? ifMatch = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, contentType);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        using var response = await client.SendAsync(request, Cancel);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    [Fact]
    public async Task Every_problem_uses_one_type_scheme_and_one_title_per_status()
    {
        var anonymous = fixture.CreateClient();
        var problems = new List<JsonElement>
        {
            await ProblemAsync(anonymous, HttpMethod.Get, "/api/v1/ngos?page=abc"),
            await ProblemAsync(anonymous, HttpMethod.Get, "/api/v1/ngos/nav-tadas"),
            await ProblemAsync(anonymous, HttpMethod.Get, "/api/v1/nav-tada-marsruta"),
            await ProblemAsync(anonymous, HttpMethod.Post, "/api/v1/ngos", "{}"),
            await ProblemAsync(fixture.Partner, HttpMethod.Post, "/api/v1/ngos", "{}"),
            await ProblemAsync(fixture.Editor, HttpMethod.Post, "/api/v1/ngos", "{\"name\":1}"),
            await ProblemAsync(fixture.Editor, HttpMethod.Patch, "/api/v1/ngos/problemas", "{}", contentType: "application/merge-patch+json"),
            await ProblemAsync(fixture.Editor, HttpMethod.Patch, "/api/v1/ngos/problemas", "{}", "\"v99\"", "application/merge-patch+json"),
            await ProblemAsync(fixture.Editor, HttpMethod.Post, "/api/v1/imports", "<x/>", contentType: "application/xml"),
            await ProblemAsync(fixture.Admin, HttpMethod.Delete, "/api/v1/support-areas/health"),
        };
        using (var reused = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ngos") { Content = JsonContent.Create(WriteApiTests.ValidNgo(Unique.Slug("problema"))) })
        {
            reused.Headers.Add("Idempotency-Key", "problem-key");
            (await fixture.Editor.SendAsync(reused, Cancel)).Dispose();
        }

        using (var other = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ngos") { Content = JsonContent.Create(WriteApiTests.ValidNgo(Unique.Slug("problema"))) })
        {
            other.Headers.Add("Idempotency-Key", "problem-key");
            using var response = await fixture.Editor.SendAsync(other, Cancel);
            problems.Add(await response.Content.ReadFromJsonAsync<JsonElement>(Cancel));
        }

        Assert.All(problems, p => Assert.StartsWith("https://www.rfc-editor.org/rfc/", p.GetProperty("type").GetString(), StringComparison.Ordinal));
        var statuses = problems.Select(p => p.GetProperty("status").GetInt32()).ToHashSet();
        Assert.Superset(new HashSet<int> { 400, 401, 403, 404, 409, 412, 415, 422, 428 }, statuses);
        Assert.Equal(["Not Found"], problems.Where(p => p.GetProperty("status").GetInt32() == 404).Select(p => p.GetProperty("title").GetString()).Distinct());
    }

    [Fact]
    public async Task A_401_and_a_403_say_what_to_do()
    {
        var missing = await ProblemAsync(fixture.CreateClient(), HttpMethod.Post, "/api/v1/ngos", "{}");
        Assert.Contains("X-Api-Key", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var unknown = fixture.CreateClient();
        unknown.DefaultRequestHeaders.Add("X-Api-Key", "lblt_nav-tadas-atslegas");
        var refused = await ProblemAsync(unknown, HttpMethod.Get, "/api/v1/ngos");
        Assert.Contains("unknown or revoked", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var forbidden = await ProblemAsync(fixture.Partner, HttpMethod.Post, "/api/v1/ngos", "{}");
        Assert.Contains("editor", forbidden.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var adminOnly = await ProblemAsync(fixture.Editor, HttpMethod.Get, "/api/v1/api-keys");
        Assert.Contains("admin", adminOnly.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_names_what_was_sent()
    {
        var key = await ProblemAsync(fixture.Admin, HttpMethod.Post, "/api/v1/api-keys", "{\"name\":\"\",\"role\":\"boss\"}");
        Assert.DoesNotContain("profile", key.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        var area = await ProblemAsync(fixture.Admin, HttpMethod.Put, "/api/v1/support-areas/jauna-joma", "{\"nameLv\":\"\"}");
        Assert.DoesNotContain("profile", area.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
    }
}
