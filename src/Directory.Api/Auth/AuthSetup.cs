using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Directory.Api.Auth;

public static class AuthSetup
{
    private const string Selector = "ApiKeyOrBearer";

    /// <summary>
    /// API keys always; JWT bearer tokens from an OpenID Connect provider when <c>Auth:Authority</c> is set,
    /// with the role read from <c>Auth:RoleClaim</c> (default <c>role</c>).
    /// </summary>
    public static IServiceCollection AddDirectoryAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var authority = configuration["Auth:Authority"];
        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = Selector;
                o.DefaultChallengeScheme = Selector;
            })
            .AddPolicyScheme(Selector, "API key or bearer token", o => o.ForwardDefaultSelector = context =>
                !string.IsNullOrEmpty(authority) && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);

        // Each failure would log two lines ("not authenticated", "challenged"): FailedCredentials reports them instead.
        services.AddLogging(logging => logging.AddFilter(typeof(ApiKeyAuthenticationHandler).FullName, LogLevel.Warning));
        services.AddSingleton<FailedCredentials>();
        services.TryAddSingleton(TimeProvider.System);

        if (!string.IsNullOrEmpty(authority))
        {
            authentication.AddJwtBearer(o =>
            {
                o.Authority = authority;
                o.Audience = configuration["Auth:Audience"];
                o.MapInboundClaims = false;
                o.TokenValidationParameters.RoleClaimType = configuration["Auth:RoleClaim"] ?? "role";
                o.TokenValidationParameters.NameClaimType = "sub";
                // The clocks of the provider and this service may differ a little; the library's default of
                // five minutes accepted a token expired minutes ago.
                o.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(1);
            });
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Editor, p => p.RequireRole(Policies.Editor, Policies.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Policies.Admin));
        return services;
    }

    /// <summary>Who made a change, for the audit trail: the key's name and id (names need not be unique) or the token's subject.</summary>
    public static string Actor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";
    }

    /// <summary>
    /// Who is calling, as rate limits and Idempotency-Keys tell callers apart: the key's id (key:{id}) or the
    /// token's subject. Never the key's name: two keys may be named alike.
    /// </summary>
    public static string CallerId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "unknown";
    }

    public static bool IsEditor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Policies.Editor) || user.IsInRole(Policies.Admin);
    }

    /// <summary>
    /// Authentication, and a 401 for any request whose key or token is wrong, even on a public read: a
    /// partner whose key was revoked must learn it, not go on at the anonymous limits unaware.
    /// </summary>
    public static WebApplication UseDirectoryAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        return app;
    }

    /// <summary>
    /// A request whose credentials failed is a 401 even on a public route (it meant to be someone); placed
    /// after the rate limiter, which counts it against the client's address as it counts anonymous calls.
    /// </summary>
    public static WebApplication UseFailedCredentialRefusal(this WebApplication app)
    {
        var failures = app.Services.GetRequiredService<FailedCredentials>();
        app.Use(async (context, next) =>
        {
            var headers = context.Request.Headers;
            if (context.User.Identity?.IsAuthenticated != true
                && (headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) || headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.Authorization))
                && (await context.AuthenticateAsync()).Failure is not null)
            {
                failures.Report(context.Connection.RemoteIpAddress);
                await context.ChallengeAsync();
                return;
            }

            await next(context);
        });
        return app;
    }
}
