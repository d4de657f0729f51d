using System.Security.Claims;
using System.Text.Json;
using Directory.Api.Auth;
using Directory.Api.Http;
using Directory.Api.ReferenceData;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Writes;

/// <summary>
/// The write flow NGOs and experts share: validate, check the version (If-Match), apply, audit and
/// save in one transaction, answer with the public representation and the new ETag. What differs is the
/// resource's <typeparamref name="TWriter"/>.
/// </summary>
internal static class ProfileWrites<TWriter, TEntity, TRequest, TDto>
    where TWriter : IProfileWriter<TEntity, TRequest, TDto>
    where TEntity : class, IDirectoryProfile
    where TRequest : class
    where TDto : class
{
    public static async Task<Results<Created<TDto>, ValidationProblem, ProblemHttpResult, IdempotentReplay>> CreateAsync(HttpContext context, DirectoryDbContext db, ReferenceDataCache cache, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cache);
        var idempotency = await Idempotency.BeginAsync(context.Request);
        if (idempotency.Key is { Length: > Idempotency.MaxKeyLength })
        {
            return Problems.InvalidBody(new Dictionary<string, string[]> { [Idempotency.HeaderName] = [$"At most {Idempotency.MaxKeyLength} characters."] });
        }

        if (await idempotency.FindAsync(db, cancellationToken) is { } earlier)
        {
            return earlier.RequestHash == idempotency.Hash
                ? new IdempotentReplay(earlier)
                : TypedResults.Problem("This Idempotency-Key was used with a different body.", statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency-Key reused");
        }

        var (body, bodyErrors) = await WriteBody.ReadAsync<TRequest>(context.Request);
        if (body is null)
        {
            return Problems.InvalidBody(bodyErrors!);
        }

        var reference = cache.Current;
        var entity = TWriter.New(Guid.NewGuid(), DateTime.UtcNow);
        var errors = WriteBody.Merged(bodyErrors, await TWriter.ApplyAsync(db, body, entity, reference, cancellationToken));
        if (errors.Count > 0)
        {
            // The same key may have been answered meanwhile (its profile now takes the slug): replay that answer.
            return await ReplayOfRaceAsync(idempotency, db, cancellationToken) is { } replay ? replay : Problems.InvalidBody(errors);
        }

        db.Add(entity);
        AuditTrail.Record(db, TWriter.EntityType, entity.Id, AuditAction.Create, context.User.Actor(), AuditTrail.Changes(null, TWriter.ToRequest(entity, reference)), entity.Status == PublicationStatus.Published);
        var dto = TWriter.Represent(entity, context.RequestServices.GetRequiredService<Mapping.ProfileAssembler>());
        var location = $"{context.Request.PathBase}/api/v1/{TWriter.EntityType}s/{entity.Id}";
        var etag = VersionTag.For(entity.Version, reference.Generation, Localization.Current);
        idempotency.Remember(db, StatusCodes.Status201Created, location, etag, JsonSerializer.Serialize(dto, json));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (idempotency.Key is not null && DatabaseFailures.IsUniqueViolation(e))
        {
            // The same key raced this request: answer as its first request did, or ask to retry while it is in flight.
            db.ChangeTracker.Clear();
            return await ReplayOfRaceAsync(idempotency, db, cancellationToken) is { } replay ? replay : Idempotency.InFlight(context.Response);
        }

        context.Response.Headers.ETag = etag;
        return TypedResults.Created(location, dto);
    }

    /// <summary>The first answer to this request's Idempotency-Key, when another request with it was answered while this one ran.</summary>
    private static async Task<IdempotentReplay?> ReplayOfRaceAsync(Idempotency idempotency, DirectoryDbContext db, CancellationToken cancellationToken) =>
        idempotency.Key is not null && await idempotency.FindAsync(db, cancellationToken) is { } first && first.RequestHash == idempotency.Hash
            ? new IdempotentReplay(first)
            : null;

    public static Task<Results<Ok<TDto>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(string id, HttpContext context, DirectoryDbContext db, ReferenceDataCache cache, CancellationToken cancellationToken) =>
        UpdateAsync(id, context, db, cache, _ => WriteBody.ReadAsync<TRequest>(context.Request), cancellationToken);

    public static Task<Results<Ok<TDto>, ValidationProblem, ProblemHttpResult>> PatchAsync(string id, HttpContext context, DirectoryDbContext db, ReferenceDataCache cache, CancellationToken cancellationToken) =>
        UpdateAsync(id, context, db, cache, current => WriteBody.MergeAsync(context.Request, current), cancellationToken);

    public static async Task<Results<NoContent, ProblemHttpResult>> ArchiveAsync(string id, HttpContext context, DirectoryDbContext db, ReferenceDataCache cache, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cache);
        var (entity, version, problem) = await LoadForWriteAsync(id, context, db, cancellationToken);
        if (entity is null)
        {
            return problem!;
        }

        if (entity.Status != PublicationStatus.Archived)
        {
            var before = TWriter.ToRequest(entity, cache.Current);
            var wasPublic = entity.Status == PublicationStatus.Published;
            entity.Status = PublicationStatus.Archived;
            entity.UpdatedAt = DateTime.UtcNow;
            AuditTrail.Record(db, TWriter.EntityType, entity.Id, AuditAction.Archive, context.User.Actor(), AuditTrail.Changes(before, TWriter.ToRequest(entity, cache.Current)), wasPublic);
            if (!await SaveAsync(db, entity, version, cancellationToken))
            {
                return Preconditions.Stale();
            }
        }

        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<List<Contracts.AuditEntryDto>>, ProblemHttpResult>> HistoryAsync(string idOrSlug, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        // An erased person's history stays readable by id: it holds only the tombstone.
        var id = Guid.TryParse(idOrSlug, out var parsed) ? parsed : (await TWriter.LoadAsync(db, idOrSlug, cancellationToken))?.Id;
        var entries = id is null ? [] : await History.ForAsync(db, TWriter.EntityType, id.Value, cancellationToken);
        return entries.Count == 0 ? NotFound(idOrSlug) : TypedResults.Ok(entries);
    }

    public static ProblemHttpResult NotFound(string idOrSlug) => Problems.NotFound($"No {TWriter.Noun} has the id or slug '{idOrSlug}'.");

    private static async Task<Results<Ok<TDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string id, HttpContext context, DirectoryDbContext db, ReferenceDataCache cache,
        Func<TRequest, Task<(TRequest? Body, Dictionary<string, string[]>? Errors)>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cache);
        var (entity, version, problem) = await LoadForWriteAsync(id, context, db, cancellationToken);
        if (entity is null)
        {
            return problem!;
        }

        var reference = cache.Current;
        var before = TWriter.ToRequest(entity, reference);
        var wasArchived = entity.Status == PublicationStatus.Archived;
        var wasPublic = entity.Status == PublicationStatus.Published;
        var (body, bodyErrors) = await read(before);
        if (body is null)
        {
            return Problems.InvalidBody(bodyErrors!);
        }

        var errors = WriteBody.Merged(bodyErrors, await TWriter.ApplyAsync(db, body, entity, reference, cancellationToken));
        if (errors.Count > 0)
        {
            return Problems.InvalidBody(errors);
        }

        // An unchanged profile keeps its version and ETag: repeating a PUT changes nothing.
        if (AuditTrail.Changes(before, TWriter.ToRequest(entity, reference)) is { } changes)
        {
            entity.UpdatedAt = DateTime.UtcNow;
            var action = entity.Status == PublicationStatus.Archived && !wasArchived ? AuditAction.Archive : AuditAction.Update;
            AuditTrail.Record(db, TWriter.EntityType, entity.Id, action, context.User.Actor(), changes, wasPublic || entity.Status == PublicationStatus.Published);
            if (!await SaveAsync(db, entity, version, cancellationToken))
            {
                return Preconditions.Stale();
            }
        }

        context.Response.Headers.ETag = VersionTag.For(entity.Version, reference.Generation, Localization.Current);
        return TypedResults.Ok(TWriter.Represent(entity, context.RequestServices.GetRequiredService<Mapping.ProfileAssembler>()));
    }

    /// <summary>The profile to change and the version the client read, or a 404, 428 or 412 problem.</summary>
    private static async Task<(TEntity? Entity, int Version, ProblemHttpResult? Problem)> LoadForWriteAsync(string id, HttpContext context, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entity = await TWriter.LoadAsync(db, id, cancellationToken);
        if (entity is null)
        {
            return (null, 0, NotFound(id));
        }

        var (version, precondition) = Preconditions.IfMatch(context.Request, entity.Version);
        return precondition is null ? (entity, version, null) : (null, 0, precondition);
    }

    /// <summary>Saves unless another writer got there first: the row must still have the version the client read.</summary>
    private static async Task<bool> SaveAsync(DirectoryDbContext db, TEntity entity, int expectedVersion, CancellationToken cancellationToken)
    {
        db.Entry(entity).Property(e => e.Version).OriginalValue = expectedVersion;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
