using Directory.Api.Settings;
using System.Globalization;
using Directory.Api.Auth;

namespace Directory.Api.Http;

/// <summary>The configured limits, by who is calling.</summary>
public sealed record RateLimits(RateLimit Anonymous, RateLimit Partner, RateLimit Editor, RateLimit Export)
{
    /// <summary>The caller's partition key, the policy's name (as RateLimit headers name it) and its limit.</summary>
    public (string Key, string Policy, RateLimit Limit) For(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        return user.Identity?.IsAuthenticated == true
            ? ($"user:{user.CallerId()}", user.IsEditor() ? "editor" : "partner", user.IsEditor() ? Editor : Partner)
            : ($"ip:{context.Connection.RemoteIpAddress}", "anonymous", Anonymous);
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

    public static void Set(HttpContext context, RateLimits limits, long? remaining)
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
