using System.ComponentModel.DataAnnotations;
using Directory.Api.Auth;
using Directory.Api.Http;
using Directory.Api.Setup;
using Directory.Api.Writes;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Endpoints;

/// <summary>Admins issue, list and revoke API keys. A key is shown once, when it is created.</summary>
public static class ApiKeyEndpoints
{
    public static IEndpointRouteBuilder MapApiKeyEndpoints(this IEndpointRouteBuilder api)
    {
        var keys = api.MapGroup("/api-keys").WithTags("ApiKeys").RequireAuthorization(Policies.Admin).RequireCors(SecuritySetup.WritesCorsPolicy).FollowedByReadModel();

        keys.MapPost("/", CreateApiKey)
            .WithName("CreateApiKey")
            .WithSummary("Issue an API key (admin)")
            .WithDescription("The answer is the only time the key is shown; only its hash is stored.")
            .Accepts<CreateApiKeyRequest>("application/json")
            .Produces<CreatedApiKeyDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        keys.MapGet("/", ListApiKeys)
            .WithName("ListApiKeys")
            .WithSummary("List API keys (admin)")
            .WithDescription("Names, roles, prefixes and revocation times; never the keys.")
            .Produces<IReadOnlyList<ApiKeyDto>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        keys.MapGet("/{id:guid}", GetApiKey)
            .WithName("GetApiKey")
            .WithSummary("Get an API key's details (admin)")
            .WithDescription("Name, role, prefix and revocation time; never the key.")
            .Produces<ApiKeyDto>()
            .ReadsProtected();

        keys.MapDelete("/{id:guid}", RevokeApiKey)
            .WithName("RevokeApiKey")
            .WithSummary("Revoke an API key (admin)")
            .WithDescription("The key stops working at once.")
            .Produces(StatusCodes.Status204NoContent)
            .ReadsProtected();

        return api;
    }

    internal static async Task<Results<Created<CreatedApiKeyDto>, ValidationProblem>> CreateApiKey(HttpRequest request, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var (body, errors) = await WriteBody.ReadAsync<CreateApiKeyRequest>(request);
        if (body is null)
        {
            return Problems.InvalidBody(errors!, "API key");
        }

        var validation = new WriteValidation(ReferenceData.ReferenceDataCache.Snapshot.Empty);
        var name = validation.Required("name", body.Name);
        var role = validation.Enum<Role>("role", body.Role, null);
        if (WriteBody.Merged(errors, validation.Errors) is { Count: > 0 } faults)
        {
            return Problems.InvalidBody(faults, "API key");
        }

        var (stored, key) = await ApiKeyIssuer.CreateAsync(db, name!, role!.Value, cancellationToken);
        // The one answer that holds the key: no cache or proxy may keep it.
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"{request.PathBase}/api/v1/api-keys/{stored.Id}", new CreatedApiKeyDto(stored.Id, stored.Name, Policies.RoleName(stored.Role), key, stored.CreatedAt));
    }

    internal static async Task<Ok<List<ApiKeyDto>>> ListApiKeys(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var keys = await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ThenBy(k => k.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(keys.Select(ToDto).ToList());
    }

    /// <param name="id">The key's id.</param>
    internal static async Task<Results<Ok<ApiKeyDto>, ProblemHttpResult>> GetApiKey(Guid id, DirectoryDbContext db, CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, cancellationToken) is { } key
            ? TypedResults.Ok(ToDto(key))
            : Problems.NotFound($"No API key has the id {id}.");

    private static ApiKeyDto ToDto(ApiKey k) => new(k.Id, k.Name, Policies.RoleName(k.Role), k.Prefix, k.CreatedAt, k.RevokedAt);

    /// <param name="id">The key's id.</param>
    internal static async Task<Results<NoContent, ProblemHttpResult>> RevokeApiKey(Guid id, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return Problems.NotFound($"No API key has the id {id}.");
        }

        key.RevokedAt ??= DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}

/// <param name="Name">Who the key is for, e.g. "Rēzeknes pašvaldības portāls".</param>
/// <param name="Role">partner, editor or admin.</param>
[Microsoft.Extensions.Validation.ValidatableType]
public sealed record CreateApiKeyRequest([property: Validation.Text(100)] string? Name, [property: MaxLength(20)] string? Role);

/// <param name="Key">The key itself: shown this once; send it as X-Api-Key or Authorization: ApiKey.</param>
public sealed record CreatedApiKeyDto(Guid Id, [property: MaxLength(100)] string Name, [property: MaxLength(20)] string Role, [property: MaxLength(100)] string Key, DateTime CreatedAt);

public sealed record ApiKeyDto(Guid Id, [property: MaxLength(100)] string Name, [property: MaxLength(20)] string Role, [property: MaxLength(12)] string Prefix, DateTime CreatedAt, DateTime? RevokedAt);
