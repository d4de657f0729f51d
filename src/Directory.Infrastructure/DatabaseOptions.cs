namespace Directory.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, defaults to a file under <c>data/</c> beside the app's content root.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the service starts.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Load the fictional demo profiles when the database has no profiles yet (default: in Development only).</summary>
    public bool SeedDemoData { get; set; }

    public int DemoNgoCount { get; set; } = 400;
    public int DemoExpertCount { get; set; } = 80;
}
