using Directory.Infrastructure.Startup;
using Directory.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Directory.Api.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDirectoryDbContext(new DbContextOptionsBuilder<SqliteDirectoryDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqliteDirectoryDbContext --output-dir Migrations/Sqlite (in src/Directory.Infrastructure)");
    }

    [Fact]
    public void Sql_server_migrations_match_the_model()
    {
        using var db = SqlServer();
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqlServerDirectoryDbContext --output-dir Migrations/SqlServer (in src/Directory.Infrastructure)");
    }

    [Fact]
    public void Committed_sql_server_script_is_the_idempotent_script_of_the_migrations()
    {
        using var db = SqlServer();
        var expected = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "db", "sqlserver", "migrate.sql"));
        Assert.True(
            Normalize(expected) == Normalize(committed),
            "db/sqlserver/migrate.sql is stale. Run: bash db/generate-sqlserver-script.sh");
    }

    [Fact]
    public async Task The_latvian_order_migration_recomputes_every_stored_sort_key()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sort-keys-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new SqliteDirectoryDbContext(new DbContextOptionsBuilder<SqliteDirectoryDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);
            var ct = TestContext.Current.CancellationToken;
            await DatabaseInitializer.InitializeAsync(db, new DatabaseOptions { SeedDemoData = true, DemoNgoCount = 60, DemoExpertCount = 10 }, ct);

            // A database from before: the schema of the migration before, and keys of the former rule.
            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            await migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_LatvianSearch", StringComparison.Ordinal)) - 1], ct);
            await db.Database.ExecuteSqlRawAsync("UPDATE Ngos SET NameSortKey = '0'; UPDATE Experts SET NameSortKey = '0'", ct);

            await DatabaseInitializer.InitializeAsync(db, new DatabaseOptions(), ct);

            var ngos = await db.Ngos.AsNoTracking().Select(n => new { n.Name, n.NameSortKey }).ToListAsync(ct);
            var experts = await db.Experts.AsNoTracking().Select(e => new { e.Name, e.NameSortKey }).ToListAsync(ct);
            Assert.Equal(60, ngos.Count);
            Assert.All(ngos, n => Assert.Equal(Domain.LatvianText.SortKey(n.Name), n.NameSortKey));
            Assert.All(experts, e => Assert.Equal(Domain.LatvianText.SortKey(e.Name), e.NameSortKey));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static SqlServerDirectoryDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerDirectoryDbContext>().UseSqlServer("Server=render-only;Database=Directory").Options);

    private static string Normalize(string sql) => sql.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Api.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Api.sln not found above the test binaries.");
    }
}
