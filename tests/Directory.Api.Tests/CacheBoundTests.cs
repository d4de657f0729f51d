using Directory.Api.Http;
using Directory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

/// <summary>
/// Junk traffic cannot grow the response cache: 20,000 distinct queries, padded and with 30 KB
/// Accept-Language headers, leave it within its byte bound, keys and headers included; the key holds
/// the language served, not the header.
/// </summary>
public sealed class CacheBoundTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    [Fact]
    public async Task Twenty_thousand_junk_queries_with_large_headers_stay_within_the_cache_bound()
    {
        var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<ResponseCache>();
        var bigLanguage = "lv;q=0.9, " + string.Join(", ", Enumerable.Range(0, 3000).Select(i => $"x{i % 10}"));
        var padding = new string('a', 180);
        var sent = 0;
        var before = cache.Count; // the class's other test may have stored its pages first
        await Parallel.ForAsync(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = TestContext.Current.CancellationToken }, async (i, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/ngos?q={padding}{i}&pageSize={i % 100 + 1}"); // distinct, long, answered
            request.Headers.TryAddWithoutValidation("Accept-Language", i % 3 == 0 ? bigLanguage : $"lv;q={i % 10 / 10.0:0.0}");
            using var response = await client.SendAsync(request, ct);
            Interlocked.Increment(ref sent);
        });

        Assert.Equal(20_000, sent);
        Assert.InRange(cache.Bytes, 0, ResponseCache.MaxBytes);
        Assert.InRange(cache.Count, 1, before + 20_000);
    }

    [Fact]
    public async Task Accept_language_headers_that_serve_one_language_share_one_entry()
    {
        var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<ResponseCache>();
        (string Header, string Served)[] headers =
        [
            ("", "lv"), ("lv", "lv"), ("lv-LV", "lv"), ("LV", "lv"), ("de, lv;q=0.5", "lv"), ("x0, x1, x2", "lv"),
            ("lv;q=0.9, " + string.Join(", ", Enumerable.Range(0, 3000).Select(i => $"x{i % 10}")), "lv"),
            ("en", "en"), ("en-GB", "en"), ("en-US,en;q=0.9", "en"), ("EN", "en"), ("de;q=0.1, en", "en"), ("fr, en-GB;q=0.8, lv;q=0.7", "en"),
        ];
        var path = $"/api/v1/ngos?pageSize=7&sort=name&q=shared-entry-{Guid.NewGuid():N}";
        var before = cache.Count;
        foreach (var (header, served) in headers)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (header.Length > 0)
            {
                request.Headers.TryAddWithoutValidation("Accept-Language", header);
            }

            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            // The answer is in the language the key holds: one entry per language served.
            Assert.Equal(served, Assert.Single(response.Content.Headers.ContentLanguage));
        }

        Assert.Equal(before + 2, cache.Count);
    }

    /// <summary>
    /// The runtime keeps every culture it has made, for the life of the process: a culture made from a
    /// request's Accept-Language would let junk tags grow memory without bound. Only supported cultures may be made.
    /// </summary>
    [Fact]
    public async Task Distinct_accept_language_tags_leave_no_culture_behind()
    {
        var cultures = typeof(System.Globalization.CultureInfo).GetField("s_cachedCulturesByName", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
            ?? throw new InvalidOperationException("The runtime's culture cache has moved; find what it is called now.");
        int Made() => cultures.GetValue(null) is System.Collections.IDictionary made ? made.Count : 0;
        var client = factory.CreateClient();
        using (var warm = new HttpRequestMessage(HttpMethod.Get, "/api/v1/regions"))
        {
            warm.Headers.TryAddWithoutValidation("Accept-Language", "en-GB, lv");
            using var response = await client.SendAsync(warm, TestContext.Current.CancellationToken);
        }

        var before = Made();
        // Every way a request names a culture: Accept-Language, the culture cookie, the query string.
        for (var i = 0; i < 300; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, i % 3 == 2 ? $"/api/v1/regions?ui-culture=en-Z{i:D3}" : "/api/v1/regions");
            request.Headers.TryAddWithoutValidation("Accept-Language", $"en-Q{i:D3}, lv-X{i:D3};q=0.5");
            if (i % 3 == 1)
            {
                request.Headers.TryAddWithoutValidation("Cookie", $".AspNetCore.Culture=c=lv-Y{i:D3}|uic=en-Y{i:D3}");
            }

            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        }

        Assert.InRange(Made() - before, 0, 5);
    }
}
