using Directory.Api;
using Directory.Api.Cli;
using Directory.Api.Http;
using Directory.Infrastructure;

var named = Commands.Named(args);
if (Commands.AsksHelp(args))
{
    var help = named switch
    {
        null or "help" => Commands.Help,
        "keys" => KeysCommand.Help,
        "import" => ImportCommand.Help,
        "migrate" => Commands.MigrateHelp,
        "healthcheck" => Commands.HealthcheckHelp,
        _ => null,
    };
    if (help is null)
    {
        return await Commands.UsageAsync($"Unknown command '{named}'.", Commands.Help);
    }

    Console.Write(help);
    return 0;
}

switch (named)
{
    case null or "keys" or "import" or "migrate":
        break;
    case "healthcheck":
        return await HealthProbe.RunAsync(args);
    default:
        return await Commands.UsageAsync($"Unknown command '{named}'.", Commands.Help);
}

if (KeysCommand.Matches(args) && KeysCommand.UsageError(args) is { } keysError)
{
    return await Commands.UsageAsync(keysError, KeysCommand.Help);
}

var command = named is not null;
string? connectionString = null;
try
{
    // Building may already create the data folder: inside the try, so a read-only disk is one sentence too.
    var app = ApiHost.Build(command ? [] : args is ["serve", .. var hostArgs] ? hostArgs : args, command);
    connectionString = app.Services.GetRequiredService<DatabaseOptions>().ConnectionString; // read now: a failed start disposes the services
    if (named == "migrate")
    {
        app.Services.GetRequiredService<DatabaseOptions>().MigrateOnStart = true; // the step a DBA runs where starts do not migrate
    }

    await ApiHost.InitializeDatabaseAsync(app);
    if (KeysCommand.Matches(args))
    {
        return await KeysCommand.RunAsync(args, app);
    }

    if (ImportCommand.Matches(args))
    {
        return await ImportCommand.RunAsync(args, app);
    }

    if (named == "migrate")
    {
        Console.WriteLine($"The database is migrated and its reference data loaded ({app.Services.GetRequiredService<DatabaseOptions>().Provider}).");
        return 0;
    }

    return await ServeAsync(app);
}
catch (Exception e) when (StartupFailure.Describe(e, connectionString) is { } sentence)
{
    await Console.Error.WriteLineAsync(sentence);
    return StartupFailure.ExitCode;
}

static async Task<int> ServeAsync(WebApplication app)
{
    // Lists, facets and export read the published profiles from memory: load them before taking requests.
    await app.Services.GetRequiredService<Directory.Api.ReadModel.PublishedProfiles>().CurrentAsync(CancellationToken.None);
    // Loading 100,000 profiles leaves as much garbage as it keeps; hand it back to the OS once, before serving.
    GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    var provider = app.Services.GetRequiredService<DatabaseOptions>().Provider;
    app.Lifetime.ApplicationStarted.Register(() =>
    {
        foreach (var address in app.Urls)
        {
            Console.WriteLine($"Child & Family Directory API on {address} ({provider}): Swagger UI {address}/swagger, OpenAPI {address}/swagger/v1/swagger.json, the directory for your website {address}/embed");
        }
    });

    await app.RunAsync();
    return 0;
}

public partial class Program;
