namespace Directory.Api.Cli;

/// <summary>
/// What the command line asks for. No arguments, or host options only (<c>--urls …</c>), serve; a known
/// command runs and exits; <c>--help</c> (anywhere) prints the help of the command it follows and exits 0;
/// anything else is a usage error naming what was wrong (exit 2), never a silent start of the server.
/// </summary>
public static class Commands
{
    public const int UsageError = 2;

    private const string Prefix = "dotnet run --project src/Directory.Api --";

    public static readonly string Help = $"""
        Child & Family Directory API

        Usage: {Prefix} [command] [options]

        Commands:
          (none), serve [host options]   Serve the API (e.g. --urls http://0.0.0.0:8080; ASPNETCORE_URLS works too).
          migrate                        Create or migrate the database and load the reference data, then exit.
          keys create|list|revoke        Issue, list and revoke API keys.
          import ngos <file>             Import NGOs from CSV or JSON (--dry-run, --json).
          healthcheck                    Probe the running service's readiness (for container health checks).

        Configuration comes from appsettings.json, environment variables (Database__ConnectionString, …) and
        --Key=Value options; see the README's "Configure it". Each command takes --help.
        """;

    public static readonly string MigrateHelp = $"""
        Usage: {Prefix} migrate

        Creates the database if it does not exist, applies the migrations and loads the reference data (regions,
        support areas, target groups), then exits 0. The database is the one Database__Provider and
        Database__ConnectionString name (default: SQLite at src/Directory.Api/data/directory.db).
        """;

    public static readonly string HealthcheckHelp = $"""
        Usage: {Prefix} healthcheck [--url http://host:port]

        Asks the running service's /health/ready at --url, else on the first http address of ASPNETCORE_URLS
        (else ASPNETCORE_HTTP_PORTS, else 8080); exits 0 when ready, 1 when not, saying why on stderr.
        """;

    public static bool AsksHelp(string[] args) => args.Any(a => a is "--help" or "-h" or "-?") || args is ["help", ..];

    /// <summary>The command named first, or null to serve (no arguments, "serve", or host options only).</summary>
    public static string? Named(string[] args) =>
        args is [] or ["serve", ..] || args[0].StartsWith('-') ? null : args[0];

    /// <summary>The value after <paramref name="name"/> (<c>--name Portāls</c>), or null.</summary>
    public static string? Option(string[] args, string name)
    {
        ArgumentNullException.ThrowIfNull(args);
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>A usage error: said on stderr, exit 2.</summary>
    public static async Task<int> UsageAsync(string message, string usage)
    {
        await Console.Error.WriteLineAsync(message);
        await Console.Error.WriteLineAsync(usage);
        return UsageError;
    }
}
