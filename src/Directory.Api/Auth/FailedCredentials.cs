using System.Net;

namespace Directory.Api.Auth;

/// <summary>
/// Requests whose credentials failed (an unknown or revoked key, a bad token) are answered 401 after the
/// rate limiter has counted them against the client's address, and logged as one warning a minute with
/// their count: a flood of bad keys neither escapes the limit nor floods the log (the audit: 1,000 × 401,
/// no 429, two log lines each), and a bad key sent again costs no query.
/// </summary>
public sealed class FailedCredentials(ILogger<FailedCredentials> logger, TimeProvider time)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private long _count;
    private long _lastReport = long.MinValue;

    // Hashes of keys that were looked up and not found: asked again, they are refused without a query. A key
    // is 256 random bits, so no key issued later can have been asked for before; a revoked key stays refused.
    private readonly Caching.BoundedCache<string, bool> _unknown = new(10_000, 2_000_000, (hash, _) => (hash.Length * sizeof(char)) + 24 + Caching.BoundedCache<string, bool>.EntryOverhead, StringComparer.Ordinal);

    /// <summary>The key with this hash was looked up before and is not a valid key.</summary>
    public bool IsKnownUnknown(string keyHash) => _unknown.TryGet(keyHash, out _);

    public void RememberUnknown(string keyHash) => _unknown.Set(keyHash, true);

    public void Report(IPAddress? from)
    {
        Interlocked.Increment(ref _count);
        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref _lastReport);
        if ((last == long.MinValue || time.GetElapsedTime(last, now) >= Interval) && Interlocked.CompareExchange(ref _lastReport, now, last) == last)
        {
            logger.LogWarning("{Count} request(s) with an unknown or revoked API key or an invalid token since the last report (at most one a minute); the latest from {Address}",
                Interlocked.Exchange(ref _count, 0), from);
        }
    }
}
