using Directory.Api.ReadModel;
using System.Data.Common;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Directory.Api.Tests.Infrastructure;

/// <summary>
/// The real app on an isolated in-memory SQLite database (one per fixture), with a counter of the
/// SQL commands it sends. Without demo data; tests add exactly the profiles they reason about.
/// </summary>
public class DirectoryApiFactory : WebApplicationFactory<Program>
{
    private readonly SqliteConnection? _keepAlive;
    private readonly string _connectionString;

    public DirectoryApiFactory()
        : this($"Data Source=file:directory-{Guid.NewGuid():N}?mode=memory&cache=shared")
    {
    }

    /// <summary>An app on a given database: two factories on one name are two instances sharing it.</summary>
    protected DirectoryApiFactory(string connectionString, bool inMemory = true)
    {
        _connectionString = connectionString;
        if (inMemory)
        {
            // An in-memory database lives while a connection to it is open.
            _keepAlive = new SqliteConnection(_connectionString);
            _keepAlive.Open();
        }
    }

    /// <summary>Whether to load the demo data; null leaves the setting out, to test the app's own default.</summary>
    protected virtual bool? SeedDemoData => false;

    /// <summary>Configuration for this fixture; by default limits high enough that only rate-limit tests meet them.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["RateLimits:Anonymous:PermitLimit"] = "100000",
        ["RateLimits:Partner:PermitLimit"] = "100000",
        ["RateLimits:Editor:PermitLimit"] = "100000",
        ["RateLimits:Export:PermitLimit"] = "100000",

        // One instance sees its own saves at once; the feed-head poll would only add queries that
        // round-trip counts pick up at random. Multi-instance tests set their own interval.
        ["Cache:PollSeconds"] = "3600",
    };

    public CommandCounter Commands { get; } = new();

    /// <summary>More interceptors on the app's DbContext: a fixture's stand-in for a failing or slow database.</summary>
    protected virtual IInterceptor[] Interceptors => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:LuckyPennySoftware", "Error");
        builder.UseSetting("Database:Provider", "Sqlite");
        foreach (var (setting, value) in Settings)
        {
            builder.UseSetting(setting, value);
        }

        builder.UseSetting("Database:ConnectionString", _connectionString);
        if (SeedDemoData is { } seed)
        {
            builder.UseSetting("Database:SeedDemoData", seed ? "true" : "false");
        }
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteDirectoryDbContext>(o => o.AddInterceptors([Commands, .. Interceptors]));
            foreach (var console in services.Where(d => d.ImplementationType == typeof(ConsoleLoggerProvider)).ToList())
            {
                services.Remove(console);
            }

            services.AddSingleton<ILoggerProvider, TestOutputLoggerProvider>();
        });
    }

    public async Task WithDbAsync(Func<DirectoryDbContext, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<DirectoryDbContext>());
    }

    /// <summary>Adds profiles built from specs whose codes are resolved against the seeded reference data.</summary>
    public async Task<IReadOnlyList<Ngo>> AddNgosAsync(params NgoSpec[] specs)
    {
        var added = new List<Ngo>();
        await WithDbAsync(async db =>
        {
            var regions = await db.Regions.ToDictionaryAsync(r => r.Code);
            var areas = await db.SupportAreas.ToDictionaryAsync(a => a.Code);
            var groups = await db.TargetGroups.ToDictionaryAsync(g => g.Code);
            foreach (var spec in specs)
            {
                var ngo = spec.Build(regions, areas, groups);
                db.Ngos.Add(ngo);
                added.Add(ngo);
            }

            await db.SaveChangesAsync();
        });

        // Written past the API (no feed entry), so the read model is told to load everything again.
        await Services.GetRequiredService<PublishedProfiles>().ReloadAsync(CancellationToken.None);
        return added;
    }

    /// <summary>An API key of the given role, issued the way the CLI does.</summary>
    public async Task<string> CreateKeyAsync(Role role)
    {
        string key = "";
        await WithDbAsync(async db => key = (await Auth.ApiKeyIssuer.CreateAsync(db, $"test {role}", role)).Key);
        return key;
    }

    public async Task<HttpClient> CreateClientAsync(Role role)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await CreateKeyAsync(role));
        return client;
    }

    public async Task<IReadOnlyList<Expert>> AddExpertsAsync(params ExpertSpec[] specs)
    {
        var added = new List<Expert>();
        await WithDbAsync(async db =>
        {
            var regions = await db.Regions.ToDictionaryAsync(r => r.Code);
            var areas = await db.SupportAreas.ToDictionaryAsync(a => a.Code);
            foreach (var spec in specs)
            {
                var expert = spec.Build(regions, areas);
                db.Experts.Add(expert);
                added.Add(expert);
            }

            await db.SaveChangesAsync();
        });

        // Written past the API (no feed entry), so the read model is told to load everything again.
        await Services.GetRequiredService<PublishedProfiles>().ReloadAsync(CancellationToken.None);
        return added;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _keepAlive?.Dispose();
        }
    }
}

/// <summary>The app with the ≈400 fictional demo NGOs and ≈80 experts loaded as on first start.</summary>
public sealed class DemoDirectoryFactory : DirectoryApiFactory
{
    protected override bool? SeedDemoData => true;
}

/// <summary>Counts the SQL commands sent, to hold list pages to a fixed number of round trips.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => _count;

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>The app on a SQLite file in a folder of its own, as in production: for tests of the files themselves.</summary>
public class FileDatabaseFactory : DirectoryApiFactory
{
    public FileDatabaseFactory()
        : this(System.IO.Directory.CreateTempSubdirectory("directory-test-").FullName)
    {
    }

    private FileDatabaseFactory(string folder)
        : this(folder, $"Data Source={Path.Combine(folder, "directory.db")}")
    {
    }

    /// <summary>Another instance on the same file, with its own connection-string options.</summary>
    public FileDatabaseFactory(string folder, string connectionString)
        : base(connectionString, inMemory: false) => Folder = folder;

    public string Folder { get; }

    public string DatabaseFile => Path.Combine(Folder, "directory.db");

    /// <summary>Leave the folder for another instance to open after this one is disposed.</summary>
    public bool KeepFiles { get; init; }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepFiles)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                System.IO.Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // a temp folder left behind is harmless
            }
        }
    }
}
