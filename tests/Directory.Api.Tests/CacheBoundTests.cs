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
        string[] headers =
        [
            "", "lv", "lv-LV", "LV", "de, lv;q=0.5", "x0, x1, x2", "lv;q=0.9, " + string.Join(", ", Enumerable.Range(0, 3000).Select(i => $"x{i % 10}")),
            "en", "en-GB", "en-US,en;q=0.9", "EN", "de;q=0.1, en", "fr, en-GB;q=0.8, lv;q=0.7",
        ];
        var path = $"/api/v1/ngos?pageSize=7&sort=name&q=shared-entry-{Guid.NewGuid():N}";
        var before = cache.Count;
        foreach (var header in headers)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (header.Length > 0)
            {
                request.Headers.TryAddWithoutValidation("Accept-Language", header);
            }

            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
            context.Request.Headers.AcceptLanguage = header;
            // The key's language is the one the answer is in.
            Assert.Equal(ReferenceData.Localization.Served(context), Assert.Single(response.Content.Headers.ContentLanguage));
        }

        Assert.Equal(before + 2, cache.Count);
    }
}
