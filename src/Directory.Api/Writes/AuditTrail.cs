using System.Text.Json;
using System.Text.Json.Nodes;
using Directory.Domain;
using Directory.Infrastructure;

namespace Directory.Api.Writes;

/// <summary>Records who changed which fields of a profile; saved in the same transaction as the change.</summary>
public static class AuditTrail
{
    /// <summary>The fields that differ, as { field: { before, after } }, or null when nothing changed.</summary>
    public static string? Changes<T>(T? before, T after)
        where T : class
    {
        var old = before is null ? [] : (JsonObject)JsonSerializer.SerializeToNode(before, WriteBody.Options)!;
        var current = (JsonObject)JsonSerializer.SerializeToNode(after, WriteBody.Options)!;
        var changes = new JsonObject();
        foreach (var (field, value) in current)
        {
            var previous = old[field];
            if (!JsonNode.DeepEquals(previous, value))
            {
                changes[field] = new JsonObject { ["before"] = previous?.DeepClone(), ["after"] = value?.DeepClone() };
            }
        }

        return changes.Count == 0 ? null : changes.ToJsonString();
    }

    /// <param name="db">Where the entry is added, to be saved with the change.</param>
    /// <param name="entityType">ngo or expert.</param>
    /// <param name="entityId">The profile.</param>
    /// <param name="action">What happened.</param>
    /// <param name="actor">Who did it.</param>
    /// <param name="changes">The changed fields, from <see cref="Changes{T}"/>.</param>
    /// <param name="isPublic">The profile was published before or after: the change shows in the public feed.</param>
    public static void Record(DirectoryDbContext db, string entityType, Guid entityId, AuditAction action, string actor, string? changes, bool isPublic)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.AuditEntries.Add(Entry(entityType, entityId, action, actor, changes, isPublic));
    }

    /// <summary>The entry <see cref="Record"/> adds, for a caller that saves entries itself (the importer, in bulk).</summary>
    public static AuditEntry Entry(string entityType, Guid entityId, AuditAction action, string actor, string? changes, bool isPublic) =>
        new()
        {
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Actor = actor,
            At = DateTime.UtcNow,
            Changes = changes,
            Public = isPublic,
        };
}
