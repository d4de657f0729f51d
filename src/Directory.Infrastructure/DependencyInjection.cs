using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Registers <see cref="DirectoryDbContext"/> for the provider named in configuration. The options are
    /// built once: they never change, and building them per request cost more than the context itself.
    /// </summary>
    public static IServiceCollection AddDirectoryDatabase(this IServiceCollection services, DatabaseOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton<DataVersion>();
        services.AddSingleton<DataChangedInterceptor>();
        switch (options.Provider)
        {
            case DatabaseProvider.SqlServer:
                var sqlServer = options.ConnectionString
                    ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is SqlServer.");
                services.AddDbContext<DirectoryDbContext, SqlServerDirectoryDbContext>((sp, o) => o.UseSqlServer(sqlServer, s => s.EnableRetryOnFailure())
                    .AddInterceptors(sp.GetRequiredService<DataChangedInterceptor>()), optionsLifetime: ServiceLifetime.Singleton);
                break;
            case DatabaseProvider.Sqlite:
                var sqlite = RuntimeSqliteConnectionString(options.ConnectionString ?? DefaultSqliteConnectionString(contentRoot));
                // A list of ids as one JSON parameter (json_each), not one parameter each (EF Core 10's default):
                // Microsoft.Data.Sqlite finds each parameter by name in a list, so thousands of them cost
                // quadratically (an import's 2,857 changed NGOs took 0.8 s to reload into the read model).
                // EF's SQLite table rebuild (migration LatvianSearch) sends "PRAGMA foreign_keys = 0" outside the
                // migration's transaction, as SQLite requires, and warns on every fresh database that it "would
                // need to be reverted manually". It would not: the pragma belongs to the connection and is never
                // stored in the file, so a start that dies there leaves nothing behind.
                services.AddDbContext<DirectoryDbContext, SqliteDirectoryDbContext>((sp, o) => o.UseSqlite(sqlite, s => s.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                    .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning))
                    .AddInterceptors(sp.GetRequiredService<DataChangedInterceptor>()), optionsLifetime: ServiceLifetime.Singleton);
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'. Use Sqlite or SqlServer.");
        }

        return services;
    }

    /// <summary>A SQLite database named by a file path (not in memory, not a URI).</summary>
    public static bool IsSqliteFile(SqliteConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var source = builder.DataSource;
        return builder.Mode != SqliteOpenMode.Memory && source.Length > 0 && source != ":memory:"
            && !source.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A database file is opened, never created, while serving (<see cref="Startup.DatabaseInitializer"/> creates it
    /// on first start), and without pooling: a connection that outlived a file moved away would go on
    /// writing into it, and one that meets a replaced file must open the new one.
    /// </summary>
    private static string RuntimeSqliteConnectionString(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!IsSqliteFile(builder))
        {
            return connectionString;
        }

        if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        builder.Pooling = false;
        return builder.ToString();
    }

    private static string DefaultSqliteConnectionString(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "data");
        System.IO.Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "directory.db") }.ToString();
    }
}
