using System.Net;

namespace Directory.Api.Auth;

/// <summary>
/// Requests whose credentials failed (an unknown or revoked key, a bad token) are answered 401 after the
/// rate limiter has counted them against the client's address, and logged as one warning a minute with
/// their count: a flood of bad keys neither escapes the limit nor floods the log (the audit: 1,000 × 401,
/// no 429, two log lines each).
/// </summary>
public sealed class FailedCredentials(ILogger<FailedCredentials> logger, TimeProvider time)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private long _count;
    private long _lastReport = long.MinValue;

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
