using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Directory.Infrastructure;

/// <summary>
/// SQLite's defaults suit small embedded use: a 2 MB page cache and read() for every page. The directory
/// reads far more than it writes, so each connection maps the file and keeps a larger cache; WAL lets
/// readers go on while one writer writes.
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA mmap_size = 536870912; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
