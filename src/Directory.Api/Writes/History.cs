using System.Text.Json;
using Directory.Api.Contracts;
using Directory.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Writes;

public static class History
{
    public static IQueryable<Domain.AuditEntry> Query(DirectoryDbContext db, string entityType, Guid id)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType && a.EntityId == id).OrderBy(a => a.Id);
    }

    public static async Task<List<AuditEntryDto>> ForAsync(DirectoryDbContext db, string entityType, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = await Query(db, entityType, id).ToListAsync(cancellationToken);
        return [.. entries.Select(a => new AuditEntryDto(a.Id, a.At, a.Actor, Names.Of(a.Action), a.Changes is null ? null : JsonSerializer.Deserialize<Dictionary<string, FieldChange>>(a.Changes, WriteBody.Options)))];
    }
}
