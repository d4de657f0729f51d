using System.Security.Cryptography;
using Directory.Api.Auth;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Writes;

/// <summary>
/// A POST with an Idempotency-Key is answered once: a retry with the same key and body gets the first
/// answer again; the same key with another body is refused (422). A key belongs to its caller (the API
/// key's id, not its name) and to the method and route it was sent to: the same key on another route is
/// another key. Keys are remembered for
/// <c>Idempotency:RetentionHours</c> (default 24): long enough for any retry, short enough that the
/// stored answers do not pile up.
/// </summary>
public sealed class Idempotency
{
    public const string HeaderName = "Idempotency-Key";

    /// <summary>As long as the stored key may be.</summary>
    public const int MaxKeyLength = 100;

    // The stored record's Actor column holds the scope (its length in IdempotencyRecordConfiguration).
    private const int ScopeMaxLength = 200;

    private readonly TimeSpan _retention;

    private Idempotency(string? key, string scope, string hash, TimeSpan retention)
    {
        Key = key;
        Scope = scope;
        Hash = hash;
        _retention = retention;
    }

    public string? Key { get; }
    public string Scope { get; }
    public string Hash { get; }

    /// <summary>Reads the key, its scope (caller, method and route) and a hash of the body (the body stays readable).</summary>
    public static async Task<Idempotency> BeginAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = $"{request.HttpContext.User.CallerId()} {request.Method} {request.Path.Value?.TrimEnd('/')}";
        if (scope.Length > ScopeMaxLength)
        {
            scope = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(scope)));
        }

        request.EnableBuffering();
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(request.Body, request.HttpContext.RequestAborted));
        request.Body.Position = 0;
        var key = request.Headers[HeaderName].ToString();
        var retention = TimeSpan.FromHours(request.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Settings.IdempotencyOptions>>().Value.RetentionHours);
        return new Idempotency(string.IsNullOrWhiteSpace(key) ? null : key.Trim(), scope, hash, retention);
    }

    /// <summary>The first answer to this key, if it is still remembered; expired answers (anyone's) are deleted first.</summary>
    public async Task<IdempotencyRecord?> FindAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Key is null)
        {
            return null;
        }

        await Expired(db, DateTime.UtcNow - _retention).ExecuteDeleteAsync(cancellationToken);
        return await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Actor == Scope && r.Key == Key, cancellationToken);
    }

    /// <summary>Another request with this key is being answered (or failed): a 409 to retry shortly, when its answer can be replayed.</summary>
    public static ProblemHttpResult InFlight(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.RetryAfter = "1";
        return TypedResults.Problem(
            "Another request with this Idempotency-Key is in progress. Retry after a second to get its answer.",
            statusCode: StatusCodes.Status409Conflict, title: "Idempotency-Key in use");
    }

    public static IQueryable<IdempotencyRecord> Expired(DirectoryDbContext db, DateTime cutoff)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.IdempotencyRecords.Where(r => r.CreatedAt < cutoff);
    }

    public void Remember(DirectoryDbContext db, int status, string location, string etag, string body)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Key is null)
        {
            return;
        }

        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Key = Key,
            Actor = Scope,
            RequestHash = Hash,
            StatusCode = status,
            Location = location,
            ETag = etag,
            Body = body,
            CreatedAt = DateTime.UtcNow,
        });
    }
}

/// <summary>The stored first answer to an idempotent POST.</summary>
public sealed class IdempotentReplay(IdempotencyRecord record) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = record.StatusCode;
        response.Headers.Location = record.Location;
        response.Headers.ETag = record.ETag;
        response.Headers["Idempotent-Replayed"] = "true";
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(record.Body, httpContext.RequestAborted);
    }
}
