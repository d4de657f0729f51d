using Directory.Api.Http;
using Directory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

/// <summary>
/// Junk traffic cannot grow the response cache: 20,000 distinct queries, padded and with 30 KB
/// Accept-Language headers, leave it within its byte bound, keys and headers included.
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
        await Parallel.ForAsync(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = TestContext.Current.CancellationToken }, async (i, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/ngos?q={padding}{i}&pageSize={i % 100 + 1}"); // distinct, long, answered
            request.Headers.TryAddWithoutValidation("Accept-Language", i % 3 == 0 ? bigLanguage : $"lv;q={i % 10 / 10.0:0.0}");
            using var response = await client.SendAsync(request, ct);
            Interlocked.Increment(ref sent);
        });

        Assert.Equal(20_000, sent);
        Assert.InRange(cache.Bytes, 0, ResponseCache.MaxBytes);
        // A third of the requests carried a 30 KB Accept-Language: none of them was stored.
        Assert.InRange(cache.Count, 1, 20_000 - (20_000 / 3));
    }
}
