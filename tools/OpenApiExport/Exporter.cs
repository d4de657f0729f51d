using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Asp.Versioning.ApiExplorer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.OpenApiExport;

/// <summary>
/// Writes openapi/{version}.json and openapi/hsds.json from what the app serves, in a test host on an in-memory database:
/// the contract comes from the code without a server, a database file or the generated client.
/// </summary>
internal static class Exporter
{
    public static async Task Main(string[] args)
    {
        var output = args.ElementAtOrDefault(0) ?? Path.Combine("openapi");
        var connectionString = $"Data Source=file:openapi-export-{Guid.NewGuid():N}?mode=memory&cache=shared";
        using var keepAlive = new SqliteConnection(connectionString);
        keepAlive.Open();

        // The app's content root, found from the repository root this runs in.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DIRECTORY_API", Path.GetFullPath(Path.Combine("src", "Directory.Api")));
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("OpenApiExport");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Logging:LogLevel:LuckyPennySoftware", "Error");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:ConnectionString", connectionString);
            builder.UseSetting("Database:SeedDemoData", "false");
        });
        using var client = factory.CreateClient();
        var indented = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        foreach (var version in factory.Services.GetRequiredService<IApiVersionDescriptionProvider>().ApiVersionDescriptions)
        {
            var document = JsonNode.Parse(await client.GetStringAsync(new Uri($"/swagger/{version.GroupName}/swagger.json", UriKind.Relative)))!;
            var path = Path.Combine(output, $"{version.GroupName}.json");
            await File.WriteAllTextAsync(path, document.ToJsonString(indented) + "\n");
            Console.WriteLine($"wrote {path}");
        }

        // HSDS's own document as /hsds serves it (drift-checked like the versions).
        var hsds = JsonNode.Parse(await client.GetStringAsync(new Uri("/hsds/openapi.json", UriKind.Relative)))!;
        await File.WriteAllTextAsync(Path.Combine(output, "hsds.json"), hsds.ToJsonString(indented) + "\n");
        Console.WriteLine($"wrote {Path.Combine(output, "hsds.json")}");
    }
}
