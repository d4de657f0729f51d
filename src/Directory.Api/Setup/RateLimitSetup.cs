using System.Globalization;
using System.Threading.RateLimiting;
using Directory.Api.Http;
using Directory.Api.Settings;
using Directory.Api.Telemetry;
using Microsoft.AspNetCore.RateLimiting;

namespace Directory.Api.Setup;

/// <summary>
/// Fixed-window limits per client IP for anonymous callers and per key (or token subject) for partners,
/// editors and admins, from the bound <see cref="RateLimitOptions"/>. A refusal is a 429 problem with Retry-After.
/// </summary>
public static class RateLimitSetup
{
    public const string ExportPolicy = "export";

    public static IServiceCollection AddDirectoryRateLimits(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value;
            return new RateLimits(o.Anonymous, o.Partner, o.Editor, o.Export);
        });
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<RateLimits>((o, limits) =>
        {
            var export = limits.Export;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var (partition, _, limit) = limits.For(context);
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit.PermitLimit,
                    Window = TimeSpan.FromSeconds(limit.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            // Whole-directory streams (the exports, HSDS's NDJSON lists) are heavy: their own, smaller allowance
            // per client on top of the global one, and a few open at once (a slow reader holds a snapshot).
            // A page of the same HSDS list is a read like any other.
            o.AddPolicy(ExportPolicy, context => context.GetEndpoint()?.Metadata.GetMetadata<StreamedResponse>() is { } streamed && streamed.Applies(context.Request)
                ? RateLimitPartition.Get(limits.For(context).Key, _ => RateLimiter.CreateChained(
                    new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions { PermitLimit = export.PermitLimit, Window = TimeSpan.FromSeconds(export.WindowSeconds), QueueLimit = 0 }),
                    new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = export.MaxOpen, QueueLimit = 0 })))
                : RateLimitPartition.GetNoLimiter(""));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                DirectoryTelemetry.RateLimitRejections.Add(1);
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                RateLimitHeaders.Set(context, limits, remaining: 0);
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"The rate limit is reached; retry after {context.Response.Headers.RetryAfter} seconds. Partners can ask LBLT for an API key with a higher limit.",
                    },
                });
            };
        });
        return services;
    }

    /// <summary>Every answer says the caller's policy and what is left of it (after the limiter has counted the request).</summary>
    public static WebApplication UseRateLimitHeaders(this WebApplication app)
    {
        var limits = app.Services.GetRequiredService<RateLimits>();
        var limiter = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimiterOptions>>().Value.GlobalLimiter;
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                RateLimitHeaders.Set(context, limits, limiter?.GetStatistics(context)?.CurrentAvailablePermits);
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
