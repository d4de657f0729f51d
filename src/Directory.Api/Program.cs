using Directory.Api;
using Directory.Api.Cli;
using Directory.Api.Http;
using Directory.Infrastructure;

if (args is ["healthcheck", ..])
{
    return await HealthProbe.RunAsync();
}

var command = KeysCommand.Matches(args) || ImportCommand.Matches(args);
string? connectionString = null;
try
{
    // Building may already create the data folder: inside the try, so a read-only disk is one sentence too.
    var app = ApiHost.Build(command ? [] : args, command);
    connectionString = app.Services.GetRequiredService<DatabaseOptions>().ConnectionString; // read now: a failed start disposes the services
    await ApiHost.InitializeDatabaseAsync(app);
    if (KeysCommand.Matches(args))
    {
        return await KeysCommand.RunAsync(args, app);
    }

    if (ImportCommand.Matches(args))
    {
        return await ImportCommand.RunAsync(args, app);
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
            Console.WriteLine($"Child & Family Directory API on {address} ({provider}): Swagger UI {address}/swagger, OpenAPI {address}/swagger/v1/swagger.json");
        }
    });

    await app.RunAsync();
    return 0;
}

public partial class Program;
