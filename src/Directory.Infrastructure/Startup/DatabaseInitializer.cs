using Microsoft.Data.Sqlite;
using Directory.Domain;
using Directory.Infrastructure.Demo;
using Directory.Infrastructure.Seed;
using Microsoft.EntityFrameworkCore;

namespace Directory.Infrastructure.Startup;

public static class DatabaseInitializer
{
    public static async Task InitializeAsync(DirectoryDbContext db, DatabaseOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MigrateOnStart)
        {
            await CreateSqliteFileAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }

        await ReferenceDataSeeder.SeedAsync(db, cancellationToken);
        await RefreshStaleSortKeysAsync(db.Ngos, db, cancellationToken);
        await RefreshStaleSortKeysAsync(db.Experts, db, cancellationToken);
        if (options.SeedDemoData && !await db.Ngos.AnyAsync(cancellationToken) && !await db.Experts.AnyAsync(cancellationToken))
        {
            await SeedDemoDataAsync(db, options.DemoNgoCount, options.DemoExpertCount, cancellationToken);
        }
    }

    /// <summary>
    /// Sort keys a migration marked stale (emptied) when the Latvian order changed, computed again with
    /// <see cref="LatvianText.SortKey"/>: here, because the rule is .NET code, on whichever provider.
    /// Runs also where a DBA applied the migration script, since the service always initializes.
    /// </summary>
    private static async Task RefreshStaleSortKeysAsync<T>(DbSet<T> profiles, DirectoryDbContext db, CancellationToken cancellationToken)
        where T : class, IDirectoryProfile
    {
        while (await profiles.Where(p => p.NameSortKey == "").OrderBy(p => p.Id).Take(2000).ToListAsync(cancellationToken) is { Count: > 0 } stale)
        {
            foreach (var profile in stale)
            {
                profile.RefreshDerivedText();
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The one place a database file is created: the first start, or the migrate step.</summary>
    private static async Task CreateSqliteFileAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite() || db.Database.GetConnectionString() is not { } connectionString)
        {
            return;
        }

        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (DependencyInjection.IsSqliteFile(builder) && !File.Exists(builder.DataSource))
        {
            builder.Mode = SqliteOpenMode.ReadWriteCreate;
            await using var create = new SqliteConnection(builder.ToString());
            await create.OpenAsync(cancellationToken);
            // As EF Core would have made it: readers do not wait for the writer.
            await using var wal = create.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = 'wal'";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Demo profiles enter the history and the changes feed like any other.</summary>
    private static AuditEntry SeedEntry(string type, Guid id, DateTime at, PublicationStatus status) => new()
    {
        EntityType = type,
        EntityId = id,
        Action = AuditAction.Create,
        Actor = "seed:demo-data",
        At = at,
        Public = status == PublicationStatus.Published,
    };

    public static async Task SeedDemoDataAsync(DirectoryDbContext db, int ngoCount, int expertCount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var generator = new DemoDataGenerator(
            await db.Regions.AsNoTracking().ToListAsync(cancellationToken),
            await db.SupportAreas.AsNoTracking().ToListAsync(cancellationToken),
            await db.TargetGroups.AsNoTracking().ToListAsync(cancellationToken));

        var tracking = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // Batches keep the change tracker small when a benchmark asks for 100,000 profiles.
            foreach (var batch in generator.Ngos(ngoCount).Chunk(2000))
            {
                db.Ngos.AddRange(batch);
                db.AuditEntries.AddRange(batch.Select(n => SeedEntry("ngo", n.Id, n.CreatedAt, n.Status)));
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            foreach (var batch in generator.Experts(expertCount).Chunk(2000))
            {
                db.Experts.AddRange(batch);
                db.AuditEntries.AddRange(batch.Select(e => SeedEntry("expert", e.Id, e.CreatedAt, e.Status)));
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = tracking;
        }
    }
}
