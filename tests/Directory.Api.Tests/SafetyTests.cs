using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Directory.Api.Contracts;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

/// <summary>Limits: three anonymous requests a minute, ten for partners.</summary>
public sealed class RateLimitTests(RateLimitTests.Fixture fixture) : IClassFixture<RateLimitTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["RateLimits:Anonymous:PermitLimit"] = "3",
            ["RateLimits:Partner:PermitLimit"] = "10",
            ["RateLimits:Editor:PermitLimit"] = "10",
            ["RateLimits:Export:PermitLimit"] = "1",
        };
    }

    [Fact]
    public async Task Exports_have_their_own_smaller_limit()
    {
        var partner = await fixture.CreateClientAsync(Role.Partner);
        using var first = await partner.GetAsync("/api/v1/ngos/export?format=csv", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var second = await partner.GetAsync("/api/v1/ngos/export?format=csv", TestContext.Current.CancellationToken);
        await WriteApiTests.AssertProblemAsync(second, HttpStatusCode.TooManyRequests);
        using var read = await partner.GetAsync("/api/v1/target-groups", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_over_the_limit_get_429_with_retry_after_and_partners_have_more()
    {
        var anonymous = fixture.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await anonymous.GetAsync("/api/v1/target-groups", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await anonymous.GetAsync("/api/v1/target-groups", TestContext.Current.CancellationToken);
        await WriteApiTests.AssertProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        var partner = await fixture.CreateClientAsync(Role.Partner);
        for (var i = 0; i < 5; i++)
        {
            using var ok = await partner.GetAsync("/api/v1/target-groups", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
    }
}

/// <summary>A failure inside a write's transaction (here, when the audit record is inserted) leaves the old version intact.</summary>
public sealed class CrashDuringWriteTests(CrashDuringWriteTests.Fixture fixture) : IClassFixture<CrashDuringWriteTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory
    {
        public FailingAuditInsert Failure { get; } = new();

        protected override Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] Interceptors => [Failure];
    }

    public sealed class FailingAuditInsert : DbCommandInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            Armed && command.CommandText.Contains("INSERT INTO \"AuditEntries\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("Simulated crash in the middle of a write.")
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    [Fact]
    public async Task A_crash_in_the_middle_of_a_write_leaves_the_old_version_intact()
    {
        var editor = await fixture.CreateClientAsync(Role.Editor);
        using var created = await editor.PostAsJsonAsync("/api/v1/ngos", WriteApiTests.ValidNgo("avarija", status: "published"), TestContext.Current.CancellationToken);
        var ngo = (await created.Content.ReadFromJsonAsync<NgoDto>(ApiClient.Json, TestContext.Current.CancellationToken))!;

        fixture.Failure.Armed = true;
        using var failed = await WriteApiTests.SendAsync(editor, $"PATCH /api/v1/ngos/{ngo.Id}", new { name = "Pārrakstīts", shortName = "P" }, created.Headers.ETag!.ToString());
        fixture.Failure.Armed = false;
        await WriteApiTests.AssertProblemAsync(failed, HttpStatusCode.InternalServerError);

        var after = await fixture.CreateClient().GetJsonAsync<NgoDto>($"/api/v1/ngos/{ngo.Id}");
        Assert.Equal(ngo.Name, after.Name);
        Assert.Null(after.ShortName);
        Assert.Equal(ngo.Version, after.Version);
        var history = await editor.GetJsonAsync<List<AuditEntryDto>>($"/api/v1/ngos/{ngo.Id}/history");
        Assert.Single(history);
    }
}

/// <summary>Walks every public endpoint, for many filters and pages, looking for what must never be public.</summary>
public sealed class PrivacyWalkTests(DemoDirectoryFactory factory) : IClassFixture<DemoDirectoryFactory>
{
    [Fact]
    public async Task No_public_response_shows_a_non_consented_contact_or_an_unpublished_profile()
    {
        var secrets = new List<string>();
        await factory.WithDbAsync(async db =>
        {
            foreach (var expert in await db.Experts.Where(e => e.ContactConsentAt == null || e.Status != PublicationStatus.Published).ToListAsync())
            {
                secrets.AddRange(new[] { expert.Email, expert.Phone, expert.Website }.OfType<string>());
            }

            foreach (var expert in await db.Experts.Where(e => e.Status != PublicationStatus.Published).ToListAsync())
            {
                secrets.Add(expert.Id.ToString());
            }

            foreach (var ngo in await db.Ngos.Where(n => n.Status != PublicationStatus.Published).ToListAsync())
            {
                secrets.AddRange([ngo.Id.ToString(), ngo.RegistrationNumber]);
            }
        });
        Assert.NotEmpty(secrets);

        var client = factory.CreateClient();
        var urls = new List<string> { "/api/v1/regions", "/api/v1/support-areas", "/api/v1/target-groups", "/api/v1/ngos/facets" };
        foreach (var query in new[] { "", "q=a", "region=latgale", "supportArea=health", "language=ru", "sort=-updated", "member=true" })
        {
            if (!query.StartsWith("sort=", StringComparison.Ordinal))
            {
                urls.Add($"/api/v1/ngos/facets?{query}");
            }

            for (var page = 1; page <= 5; page++)
            {
                urls.Add($"/api/v1/ngos?{query}&page={page}&pageSize=100");
            }
        }

        foreach (var query in new[] { "", "q=a", "region=riga", "expertise=health", "language=en", "sort=-name" })
        {
            urls.Add($"/api/v1/experts?{query}&pageSize=100");
        }

        urls.AddRange(["/api/v1/ngos/export?format=csv", "/api/v1/ngos/export?format=json", "/api/v1/experts/export?format=csv", "/api/v1/experts/export?format=json", "/api/v1/changes?limit=1000", "/api/v1/dataset"]);

        var experts = await client.GetJsonAsync<PagedResult<ExpertDto>>("/api/v1/experts?pageSize=100");
        urls.AddRange(experts.Items.Select(e => $"/api/v1/experts/{e.Slug}"));
        urls.AddRange((await client.GetNgosAsync("pageSize=50")).Items.Select(n => $"/api/v1/ngos/{n.Slug}"));

        foreach (var url in urls)
        {
            var body = await client.GetStringAsync(url, TestContext.Current.CancellationToken);
            foreach (var secret in secrets)
            {
                Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{url} shows '{secret}'");
            }
        }
    }
}

public sealed class HttpSafetyTests(HttpSafetyTests.Fixture fixture) : IClassFixture<HttpSafetyTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["RateLimits:Anonymous:PermitLimit"] = "100000",
            ["Cors:WriteOrigins:0"] = "https://admin.lblt.example",
        };
    }

    [Fact]
    public async Task Public_reads_are_open_to_any_origin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/target-groups");
        request.Headers.Add("Origin", "https://some-municipality.example");
        using var response = await fixture.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Theory]
    [InlineData("https://admin.lblt.example", true)]
    [InlineData("https://evil.example", false)]
    public async Task Writes_are_allowed_only_from_configured_origins(string origin, bool allowed)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/ngos");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        using var response = await fixture.CreateClient().SendAsync(preflight, TestContext.Current.CancellationToken);
        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
    }

    [Fact]
    public async Task Responses_carry_security_headers_and_swagger_ui_a_strict_csp()
    {
        var client = fixture.CreateClient();
        using var api = await client.GetAsync("/api/v1/target-groups", TestContext.Current.CancellationToken);
        Assert.Equal("nosniff", api.Headers.GetValues("X-Content-Type-Options").Single());

        using var ui = await client.GetAsync("/swagger/index.html", TestContext.Current.CancellationToken);
        var csp = ui.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused()
    {
        var editor = await fixture.CreateClientAsync(Role.Editor);
        using var content = new StringContent("{\"name\":\"" + new string('a', 2_000_000) + "\"}", System.Text.Encoding.UTF8, "application/json");
        using var response = await editor.PostAsync("/api/v1/ngos", content, TestContext.Current.CancellationToken);
        await WriteApiTests.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
