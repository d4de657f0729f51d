using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Directory.Infrastructure;

/// <summary>
/// Tells apart the database errors a caller can act on, for both providers: a unique constraint (two
/// requests raced to create the same thing: a 409, never a 500) and storage that cannot be read or
/// written (a full or read-only disk, a missing or foreign database file, a server that does not
/// answer: a 503 until it works again).
/// </summary>
public static class DatabaseFailures
{
    // SQLITE_CONSTRAINT with _UNIQUE (2067) or _PRIMARYKEY (1555); SQL Server's duplicate key errors.
    private const int SqliteConstraint = 19;

    // SQLITE_BUSY, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB (primary codes).
    private static readonly HashSet<int> SqliteStorage = [5, 8, 10, 11, 13, 14, 26];

    // Connection, timeout, deadlock, unavailable, read-only database and full log or filegroup.
    private static readonly HashSet<int> SqlServerStorage = [-2, 53, 64, 233, 1105, 1205, 3906, 4060, 9002, 10053, 10054, 10060, 40197, 40501, 40613, 49918, 49919, 49920];

    public static bool IsUniqueViolation(Exception exception) => Causes(exception).Any(e => e switch
    {
        SqliteException s => s.SqliteErrorCode == SqliteConstraint && s.SqliteExtendedErrorCode is 2067 or 1555,
        SqlException s => s.Number is 2601 or 2627,
        _ => false,
    });

    public static bool IsStorageFailure(Exception exception) => Causes(exception).Any(e => e switch
    {
        // A database file replaced by an empty or foreign one has none of our tables.
        SqliteException s => SqliteStorage.Contains(s.SqliteErrorCode)
            || (s.SqliteErrorCode == 1 && s.Message.Contains("no such table", StringComparison.Ordinal)),
        SqlException s => SqlServerStorage.Contains(s.Number) || s.Class >= 20,
        RetryLimitExceededException => true,
        _ => false,
    });

    /// <summary>
    /// Drops pooled connections, so that the next command opens the database afresh: once storage is
    /// back, the service recovers without a restart.
    /// </summary>
    public static void ResetConnections()
    {
        SqliteConnection.ClearAllPools();
        SqlConnection.ClearAllPools();
    }

    /// <summary>
    /// Reads the feed head and asks for write access inside a transaction it rolls back: a database that
    /// answers reads but cannot be written (a read-only file) is not ready either.
    /// </summary>
    public static async Task ProbeAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await FeedHeadProbe.ReadAsync(db, ct);
            await db.FeedHeads.Where(h => h.Id == -1).ExecuteUpdateAsync(s => s.SetProperty(h => h.Position, h => h.Position), ct);
            await transaction.RollbackAsync(ct);
        }, cancellationToken);
    }

    private static IEnumerable<Exception> Causes(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
