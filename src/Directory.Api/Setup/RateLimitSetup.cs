using System.Globalization;
using System.Threading.RateLimiting;
using Directory.Api.Auth;
using Microsoft.AspNetCore.RateLimiting;

namespace Directory.Api.Setup;

/// <summary>
/// Fixed-window limits per client IP for anonymous callers and per key (or token subject) for partners,
/// editors and admins, from configuration. A refusal is a 429 problem with Retry-After.
/// </summary>
public static class RateLimitSetup
{
    public const string ExportPolicy = "export";

    public sealed class Limit
    {
        public int PermitLimit { get; set; }
        public int WindowSeconds { get; set; } = 60;
    }

    /// <summary>The configured limits, by who is calling.</summary>
    public sealed record Limits(Limit Anonymous, Limit Partner, Limit Editor, Limit Export)
    {
        /// <summary>The caller's partition key, the policy's name (as RateLimit headers name it) and its limit.</summary>
        public (string Key, string Policy, Limit Limit) For(HttpContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var user = context.User;
            return user.Identity?.IsAuthenticated == true
                ? ($"user:{user.Actor()}", user.IsEditor() ? "editor" : "partner", user.IsEditor() ? Editor : Partner)
                : ($"ip:{context.Connection.RemoteIpAddress}", "anonymous", Anonymous);
        }
    }

    public static IServiceCollection AddDirectoryRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = new Limits(
            configuration.GetSection("RateLimits:Anonymous").Get<Limit>() ?? new Limit { PermitLimit = 300 },
            configuration.GetSection("RateLimits:Partner").Get<Limit>() ?? new Limit { PermitLimit = 3000 },
            configuration.GetSection("RateLimits:Editor").Get<Limit>() ?? new Limit { PermitLimit = 3000 },
            configuration.GetSection("RateLimits:Export").Get<Limit>() ?? new Limit { PermitLimit = 10 });
        services.AddSingleton(limits);
        var export = limits.Export;

        services.AddRateLimiter(o =>
        {
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
            // Exports are heavy: their own, smaller allowance per client, on top of the global one.
            o.AddPolicy(ExportPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                limits.For(context).Key,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = export.PermitLimit, Window = TimeSpan.FromSeconds(export.WindowSeconds), QueueLimit = 0 }));
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
        var limits = app.Services.GetRequiredService<Limits>();
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

/// <summary>
/// The IETF RateLimit fields (draft-ietf-httpapi-ratelimit-headers): <c>RateLimit-Policy: "anonymous";q=300;w=60</c>
/// (quota per window of seconds) and <c>RateLimit: "anonymous";r=299</c> (requests left in the current window).
/// </summary>
public static class RateLimitHeaders
{
    public const string Policy = "RateLimit-Policy";
    public const string Current = "RateLimit";

    public static void Set(HttpContext context, RateLimitSetup.Limits limits, long? remaining)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(limits);
        var (_, policy, limit) = limits.For(context);
        var headers = context.Response.Headers;
        headers[Policy] = string.Create(CultureInfo.InvariantCulture, $"\"{policy}\";q={limit.PermitLimit};w={limit.WindowSeconds}");
        if (remaining is { } left)
        {
            headers[Current] = string.Create(CultureInfo.InvariantCulture, $"\"{policy}\";r={left}");
        }
    }
}
