using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Directory.Api.Contracts;
using Directory.Api.Http;
using Directory.Api.Mapping;
using Directory.Api.Queries;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Endpoints;

/// <summary>
/// The changes feed: every public create, update, archive and erasure of NGOs and experts, in commit
/// order, so that a portal can keep a local copy in sync without downloading everything.
/// </summary>
public static class ChangesEndpoints
{
    public const int DefaultLimit = 100;

    public static IEndpointRouteBuilder MapChangesEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/changes", ListChanges)
            .WithTags("Changes")
            .WithName("ListChanges")
            .WithSummary("Changes to published NGOs and experts since a cursor")
            .WithDescription("Start without since; then pass the nextCursor of the last page. Each change carries the profile's current public representation, or none (a tombstone) when the profile is no longer public: archived, unpublished or erased. Applying the changes in order reproduces the published data. Cursors never skip or repeat a change; a bad cursor is a 400 that says to resync from the start.")
            .Produces<ChangesPage>()
            .ProducesValidationProblem();
        return api;
    }

    /// <param name="since">The nextCursor of the previous page; leave out to start from the beginning.</param>
    /// <param name="limit">Changes per page, 1–1000 (default 100).</param>
    internal static async Task<Results<Ok<ChangesPage>, ValidationProblem>> ListChanges(
        [MaxLength(WireLimits.Cursor)] string? since, [System.ComponentModel.DataAnnotations.Range(1, ListLimits.MaxChanges)] int? limit, DirectoryDbContext db, ProfileAssembler assembler, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var after = 0L;
        if (since is not null && !Cursor.TryDecode(since, out after))
        {
            errors["since"] = ["Not a cursor of this feed. Resync: drop the local copy and read the feed from the start (no since)."];
        }
        else if (since is not null && after > await db.FeedHeads.Select(h => h.Position).SingleAsync(cancellationToken))
        {
            errors["since"] = ["This cursor is ahead of the feed (it belongs to another database). Resync from the start."];
        }

        if (limit is < 1 or > ListLimits.MaxChanges)
        {
            errors["limit"] = [$"Must be between 1 and {ListLimits.MaxChanges}."];
        }

        if (errors.Count > 0)
        {
            return Problems.InvalidQuery(errors);
        }

        var take = limit ?? DefaultLimit;
        var entries = await ChangeQueries.After(db, after).Take(take + 1).ToListAsync(cancellationToken);
        var page = entries.Take(take).ToList();
        var ngoIds = page.Where(e => e.EntityType == "ngo").Select(e => e.EntityId).Distinct().ToList();
        var expertIds = page.Where(e => e.EntityType == "expert").Select(e => e.EntityId).Distinct().ToList();

        var ngos = ngoIds.Count == 0 ? [] : assembler.Ngos(
            await NgoQueries.Rows(NgoQueries.Published(db).Where(n => ngoIds.Contains(n.Id))).ToListAsync(cancellationToken),
            await NgoQueries.Links(db, ngoIds).ToListAsync(cancellationToken)).ToDictionary(n => n.Id);
        var experts = expertIds.Count == 0 ? [] : assembler.Experts(
            await ExpertQueries.Rows(ExpertQueries.Published(db).Where(e => expertIds.Contains(e.Id))).ToListAsync(cancellationToken),
            await ExpertQueries.Links(db, expertIds).ToListAsync(cancellationToken)).ToDictionary(e => e.Id);

        var items = page.Select(e => new ChangeDto(
            Cursor.Encode(e.Position),
            e.EntityType,
            e.EntityId,
            ReferenceData.WireNames.Of(e.Action),
            e.At,
            e.EntityType == "ngo" ? ngos.GetValueOrDefault(e.EntityId) : null,
            e.EntityType == "expert" ? experts.GetValueOrDefault(e.EntityId) : null)).ToList();
        return TypedResults.Ok(new ChangesPage(items, Cursor.Encode(page.Count > 0 ? page[^1].Position : after), entries.Count > take));
    }

    /// <summary>Opaque cursors: a version tag and the feed position, base64url.</summary>
    internal static class Cursor
    {
        private const string Prefix = "c1:";

        public static string Encode(long position) =>
            System.Buffers.Text.Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

        public static bool TryDecode(string cursor, out long position)
        {
            position = 0;
            if (cursor.Length > 100 || !System.Buffers.Text.Base64Url.IsValid(cursor))
            {
                return false;
            }

            var text = Encoding.ASCII.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out position);
        }
    }
}

public static class ChangeQueries
{
    public static IQueryable<AuditEntry> After(DirectoryDbContext db, long position)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.AuditEntries.AsNoTracking().Where(a => a.Public && a.Position > position).OrderBy(a => a.Position);
    }
}
