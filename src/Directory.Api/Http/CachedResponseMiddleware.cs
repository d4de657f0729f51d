using System.Threading.RateLimiting;
using Directory.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Directory.Api.Http;

/// <summary>
/// Replays a stored public answer (or 304) before routing, authentication and the endpoint run, so a
/// repeated page costs little more than writing its bytes. It still counts against the caller's rate
/// limit; a refused or missing entry takes the full pipeline, which answers (or refuses) as usual.
/// </summary>
public sealed class CachedResponseMiddleware(
    RequestDelegate next, ResponseCache cache, DataVersion dataVersion, IOptions<RateLimiterOptions> rateLimits, RateLimits limits, IResponseCompressionProvider compression)
{
    private readonly PartitionedRateLimiter<HttpContext>? _limiter = rateLimits.Value.GlobalLimiter;

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ResponseCache.KeyFor(context.Request) is not { } key)
        {
            return next(context);
        }

        if (!cache.TryGet(key, dataVersion.Current, out var cached))
        {
            Telemetry.DirectoryTelemetry.CacheMisses.Add(1);
            return next(context);
        }

        using (var lease = _limiter?.AttemptAcquire(context))
        {
            if (lease is { IsAcquired: false })
            {
                return next(context);
            }
        }

        RateLimitHeaders.Set(context, limits, _limiter?.GetStatistics(context)?.CurrentAvailablePermits);
        Telemetry.DirectoryTelemetry.CacheHits.Add(1);
        return ReplayAsync(context, cached);
    }

    private Task ReplayAsync(HttpContext context, CachedResponse cached)
    {
        var response = context.Response;
        foreach (var (name, value) in cached.Headers)
        {
            response.Headers[name] = value;
        }

        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        if (ConditionalGetMiddleware.Matches(context.Request, cached.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ContentType = default;
            return Task.CompletedTask;
        }

        var coding = compression.GetCompressionProvider(context)?.EncodingName;
        var body = cache.Body(cached, coding);
        if (body.Length != cached.Body.Length)
        {
            response.Headers.ContentEncoding = coding;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
