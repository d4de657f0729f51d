using System.Security.Claims;
using System.Text.Encodings.Web;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Directory.Api.Auth;

/// <summary>Authenticates <c>Authorization: ApiKey &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c> against the stored key hashes.</summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    /// <summary>The request carries credentials (an API key or a bearer token): its answer is for the caller alone.</summary>
    public static bool CarriesCredentials(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.ContainsKey(HeaderName) || request.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.Authorization);
    }

    public static bool HasKey(HttpRequest request) => ReadKey(request) is not null;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = ReadKey(Request);
        if (key is null)
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiKeyIssuer.Hash(key);
        var failures = Context.RequestServices.GetRequiredService<FailedCredentials>();
        if (failures.IsKnownUnknown(hash))
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        // Resolved here, not injected: most requests carry no key and should not pay for a context.
        var db = Context.RequestServices.GetRequiredService<DirectoryDbContext>();
        var stored = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, Context.RequestAborted);
        if (stored is null)
        {
            failures.RememberUnknown(hash);
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, $"key:{stored.Id}"),
                new Claim(ClaimTypes.Name, $"key:{stored.Name} ({stored.Id:D})"),
                new Claim(ClaimTypes.Role, Policies.RoleName(stored.Role)),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName}, Bearer";
        return Task.CompletedTask;
    }

    private static string? ReadKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString().Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase) ? authorization[(SchemeName.Length + 1)..].Trim() : null;
    }
}
