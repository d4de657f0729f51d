using System.Net;
using Directory.Api.Tests.Infrastructure;

namespace Directory.Api.Tests;

/// <summary>
/// Every whole-directory stream (the exports and HSDS's NDJSON lists) counts against RateLimits:Export,
/// and a client holds at most RateLimits:Export:MaxOpen of them open at once (the audit pulled 33 HSDS
/// dumps in 45 s as ordinary reads, and 40 slow ones held ~200 MB of old snapshots).
/// </summary>
public sealed class ExportLimitTests
{
    private sealed class Fixture(int permits, int maxOpen) : DirectoryApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["RateLimits:Anonymous:PermitLimit"] = "100000",
            ["RateLimits:Export:PermitLimit"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:Export:MaxOpen"] = maxOpen.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cache:PollSeconds"] = "3600",
        };
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/hsds/organizations?format=ndjson&full_service=true")]
    [InlineData("/hsds/services?format=ndjson")]
    [InlineData("/hsds/service_at_locations?format=ndjson")]
    [InlineData("/api/v1/ngos/export?format=csv")]
    public async Task A_whole_directory_stream_counts_as_an_export(string stream)
    {
        using var factory = new Fixture(permits: 1, maxOpen: 10);
        var client = factory.CreateClient();
        using (var first = await client.GetAsync("/api/v1/experts/export?format=json", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var second = await client.GetAsync(stream, HttpCompletionOption.ResponseHeadersRead, Cancel);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(second.Headers.RetryAfter);

        // A page of the same list is a read, not an export.
        using var page = await client.GetAsync(stream.Replace("format=ndjson", "per_page=5", StringComparison.Ordinal).Replace("/api/v1/ngos/export?format=csv", "/api/v1/ngos", StringComparison.Ordinal), Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task A_client_holds_only_so_many_exports_open_at_once()
    {
        using var factory = new Fixture(permits: 100, maxOpen: 1);
        await factory.AddNgosAsync([.. Enumerable.Range(0, 300).Select(i => new NgoSpec($"Straumes biedrība {i}") { Description = new string('a', 2000) })]);
        var client = factory.CreateClient();

        // Read only the headers and leave the body unread: the server blocks writing it, the export stays open.
        using var open = await client.GetAsync("/hsds/organizations?format=ndjson&full_service=true", HttpCompletionOption.ResponseHeadersRead, Cancel);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        using var another = await client.GetAsync("/api/v1/ngos/export?format=json", HttpCompletionOption.ResponseHeadersRead, Cancel);
        Assert.Equal(HttpStatusCode.TooManyRequests, another.StatusCode);

        // Once it is read to its end, the next may start.
        await (await open.Content.ReadAsStreamAsync(Cancel)).CopyToAsync(Stream.Null, Cancel);
        open.Dispose();
        HttpStatusCode status = 0;
        for (var i = 0; i < 50 && status != HttpStatusCode.OK; i++)
        {
            using var next = await client.GetAsync("/api/v1/ngos/export?format=json", HttpCompletionOption.ResponseHeadersRead, Cancel);
            status = next.StatusCode;
            await Task.Delay(20, Cancel);
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }
}
