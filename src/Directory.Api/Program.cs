using System.Text.Json;
using System.Text.Json.Serialization;
using Directory.Api.Endpoints;
using Directory.Api.Http;
using Directory.Api.Mapping;
using Directory.Api.ReferenceData;
using Directory.Api.Setup;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

if (args is ["healthcheck", ..])
{
    return await HealthProbe.RunAsync();
}

var builder = WebApplication.CreateBuilder(args);

var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
builder.Services.AddSingleton(database);
builder.Services.AddDirectoryDatabase(database, builder.Environment.ContentRootPath);
builder.Services.AddSingleton<ReferenceDataCache>();
builder.Services.AddScoped<ProfileAssembler>();
builder.Services.AddAutoMapper(cfg =>
{
    // Optional: LBLT's free community licence key; without it AutoMapper only logs a notice.
    cfg.LicenseKey = builder.Configuration["AutoMapper:LicenseKey"];
    cfg.AddProfile<ReferenceMappingProfile>();
});

builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
});
builder.Services.AddRequestLocalization(o =>
{
    o.SetDefaultCulture(Localization.Latvian).AddSupportedCultures(Localization.SupportedLanguages).AddSupportedUICultures(Localization.SupportedLanguages);
    o.ApplyCurrentCultureToResponseHeaders = true;
    o.FallBackToParentUICultures = true;
});
builder.Services.AddDirectoryProblems();
builder.Services.AddDirectoryVersioning();
builder.Services.AddDirectoryOpenApi();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
    await DatabaseInitializer.InitializeAsync(db, database);
    await app.Services.GetRequiredService<ReferenceDataCache>().ReloadAsync(db);
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestLocalization();
app.UseMiddleware<ConditionalGetMiddleware>();
app.UseDirectoryOpenApi();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponses.WriteAsync });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthResponses.WriteAsync });

var api = app.NewVersionedApi("Directory").MapGroup("/api/v{version:apiVersion}").HasApiVersion(1.0);
api.MapNgoEndpoints();
api.MapExpertEndpoints();
api.MapReferenceEndpoints();

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var address in app.Urls)
    {
        Console.WriteLine($"Child & Family Directory API on {address} ({database.Provider}): Swagger UI {address}/swagger, OpenAPI {address}/swagger/v1/swagger.json");
    }
});

await app.RunAsync();
return 0;

public partial class Program;
