using System.Text.Json;
using Directory.Api.Contracts;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Writes;

public static class History
{
    private static readonly string PublishedStatus = ReferenceData.WireNames.Of(PublicationStatus.Published);

    public static IQueryable<AuditEntry> Query(DirectoryDbContext db, string entityType, Guid id)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType && a.EntityId == id).OrderBy(a => a.Id);
    }

    /// <summary>The whole history, for editors.</summary>
    public static async Task<List<AuditEntryDto>> ForAsync(DirectoryDbContext db, string entityType, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = await Query(db, entityType, id).ToListAsync(cancellationToken);
        return [.. entries.Select(a => new AuditEntryDto(a.Id, a.At, a.Actor, ReferenceData.WireNames.Of(a.Action), Changes(a)))];
    }

    /// <summary>
    /// What the public may see of a profile's history: the values a change replaced, only where the profile
    /// was published before it, and the values it wrote, only where the profile is published after it. The
    /// draft's text a publication replaces, what was written while archived and what an archive leaves
    /// behind are never public, nor is a change made while the profile was not published at all.
    /// </summary>
    public static IEnumerable<(AuditEntry Entry, IReadOnlyDictionary<string, FieldChange>? Changes)> Public(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries.Where(e => e.Public))
        {
            var changes = Changes(entry);
            if (changes is null)
            {
                // Created (or erased) as a whole: no values to show.
                yield return (entry, null);
                continue;
            }

            // Without a change of status the profile was published throughout (the entry is public).
            var (before, after) = changes.TryGetValue("status", out var status)
                ? (IsPublished(status.Before), IsPublished(status.After))
                : (true, true);
            yield return (entry, changes.ToDictionary(c => c.Key, c => new FieldChange(before ? c.Value.Before : null, after ? c.Value.After : null)));
        }
    }

    private static bool IsPublished(JsonElement? status) =>
        status is { ValueKind: JsonValueKind.String } value && value.GetString() == PublishedStatus;

    private static Dictionary<string, FieldChange>? Changes(AuditEntry entry) =>
        entry.Changes is null ? null : JsonSerializer.Deserialize<Dictionary<string, FieldChange>>(entry.Changes, WriteBody.Options);
}
