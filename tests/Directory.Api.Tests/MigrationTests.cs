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
