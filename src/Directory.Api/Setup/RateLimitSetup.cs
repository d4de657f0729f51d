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

    public static IServiceCollection AddDirectoryRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var anonymous = configuration.GetSection("RateLimits:Anonymous").Get<Limit>() ?? new Limit { PermitLimit = 300 };
        var partner = configuration.GetSection("RateLimits:Partner").Get<Limit>() ?? new Limit { PermitLimit = 3000 };
        var editor = configuration.GetSection("RateLimits:Editor").Get<Limit>() ?? new Limit { PermitLimit = 3000 };
        var export = configuration.GetSection("RateLimits:Export").Get<Limit>() ?? new Limit { PermitLimit = 10 };

        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var user = context.User;
                var (partition, limit) = user.Identity?.IsAuthenticated == true
                    ? ($"user:{user.Actor()}", user.IsEditor() ? editor : partner)
                    : ($"ip:{context.Connection.RemoteIpAddress}", anonymous);
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit.PermitLimit,
                    Window = TimeSpan.FromSeconds(limit.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            // Exports are heavy: their own, smaller allowance per client, on top of the global one.
            o.AddPolicy(ExportPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.Identity?.IsAuthenticated == true ? $"user:{context.User.Actor()}" : $"ip:{context.Connection.RemoteIpAddress}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = export.PermitLimit, Window = TimeSpan.FromSeconds(export.WindowSeconds), QueueLimit = 0 }));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
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
}
