using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Directory.Infrastructure;

// Used by `dotnet ef` only: migrations are generated per provider without a running app or a server.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDirectoryDbContext>
{
    public SqliteDirectoryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDirectoryDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerDirectoryDbContext>
{
    public SqlServerDirectoryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerDirectoryDbContext>().UseSqlServer("Server=localhost;Database=Directory;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
