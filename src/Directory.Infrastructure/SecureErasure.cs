using Microsoft.EntityFrameworkCore;

namespace Directory.Infrastructure;

/// <summary>
/// Saves an erasure so that the erased values leave the database files, not only the tables. On SQLite
/// a deleted row stays readable in freed pages and in the write-ahead log until they are reused:
/// <c>secure_delete</c> overwrites what the save frees, and a TRUNCATE checkpoint moves the log into the
/// database and empties it. (SQL Server's log and backups are its operator's to manage.)
/// </summary>
public static class SecureErasure
{
    public static async Task SaveAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = ON", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
