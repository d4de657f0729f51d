using Directory.Infrastructure.Startup;
using System.Text.Json;
using System.Text.Json.Serialization;
using Directory.Api.Auth;
using Directory.Api.Contracts;
using Directory.Api.Endpoints;
using Directory.Api.Http;
using Directory.Api.Hsds;
using Directory.Api.Mapping;
using Directory.Api.ReadModel;
using Directory.Api.ReferenceData;
using Directory.Api.Setup;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Directory.Api;

/// <summary>The app's services, pipeline and endpoints, built without touching the database.</summary>
public static class ApiHost
{
    /// <param name="command">A command-line run (import, keys): its output alone goes to stdout, every log line to stderr.</param>
    public static WebApplication Build(string[] args, bool command = false)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (command)
        {
            builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        // A start that fails is told once, by Program (one sentence for what an operator can fix, else the
        // exception), not also by the host's log; once started, the host logs as usual.
        // The rule names its category: a rule for every category without a level replaced the configured
        // levels, so that everything down to Trace was logged (EF Core's change tracking, 500,000 lines an import).
        var started = new System.Runtime.CompilerServices.StrongBox<bool>();
        const string Host = "Microsoft.Extensions.Hosting.Internal.Host";
        var hostLevel = builder.Configuration.GetValue<LogLevel?>($"Logging:LogLevel:{Host}") ?? builder.Configuration.GetValue<LogLevel?>("Logging:LogLevel:Default") ?? LogLevel.Information;
        builder.Logging.AddFilter(Host, level => started.Value && level >= hostLevel);

        builder.AddDirectoryTelemetry();
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        // Fictional profiles never reach a production database by default: outside Development only when asked.
        database.SeedDemoData = builder.Configuration.GetValue<bool?>("Database:SeedDemoData") ?? builder.Environment.IsDevelopment();
        builder.Services.AddSingleton(database);
        builder.Services.AddDirectoryOptions();
        builder.Services.AddDirectoryDatabase(database, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton<ReferenceDataCache>();
        builder.Services.AddSingleton<ResponseCache>();
        builder.Services.AddSingleton<QueryStringRules>();
        builder.Services.AddSingleton<PublishedProfiles>();
        builder.Services.AddHostedService<FeedHeadWatcher>();
        builder.Services.AddSingleton<Insights.SearchInsights>();
        builder.Services.AddHostedService<Insights.SearchInsightsFlusher>();
        builder.Services.AddScoped<ProfileAssembler>();
        builder.Services.AddSingleton<ProfileCache>();
        builder.Services.AddSingleton<WriteEffects>();
        builder.Services.AddValidation();
        builder.Services.AddSingleton<Validation.DeclaredRules>();
        builder.Services.AddSingleton<Transfer.ImportGate>();
        builder.Services.AddAutoMapper(cfg =>
        {
            // Optional: LBLT's free community licence key; without it AutoMapper only logs a notice.
            cfg.LicenseKey = builder.Configuration["AutoMapper:LicenseKey"];
            cfg.AddProfile<ReferenceMappingProfile>();
            cfg.AddProfile<ProfileMappingProfile>();
        });

        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.Encoder = JsonEncoding.Readable;
        });
        builder.Services.AddRequestLocalization(o =>
        {
            o.SetDefaultCulture(Localization.Latvian).AddSupportedCultures(Localization.SupportedLanguages).AddSupportedUICultures(Localization.SupportedLanguages);
            o.ApplyCurrentCultureToResponseHeaders = true;
            // en-GB is en through SupportedLanguagesOnly, not through the fallback to parent cultures,
            // which makes a culture of each name a request sends (and the runtime keeps every one made).
            o.FallBackToParentCultures = false;
            o.FallBackToParentUICultures = false;
            o.RequestCultureProviders = [.. o.RequestCultureProviders.Select(p => new SupportedLanguagesOnly(p))];
        });
        builder.Services.AddDirectoryProblems();
        builder.Services.AddDirectoryAuth(builder.Configuration);
        builder.Services.AddDirectoryRateLimits();
        builder.Services.AddDirectorySecurity();
        builder.Services.AddDirectoryVersioning();
        builder.Services.AddDirectoryOpenApi();
        builder.Services.AddDirectoryCompression();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        var app = builder.Build();
        app.Lifetime.ApplicationStarted.Register(() => started.Value = true);
        if (app.Environment.IsProduction() && app.Configuration["AllowedHosts"] is null or "" or "*")
        {
            // Links (next pages, Location, HSDS and DCAT URLs) are built from the request's Host.
            app.Logger.LogWarning("AllowedHosts is \"*\": every link this service writes takes the Host a request names. Set AllowedHosts to the host names it answers on, e.g. AllowedHosts=directory.lblt.lv;localhost");
        }

        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDirectoryForwarding();
        app.UseHeadAndHostRules();
        // The language served is known before the cache looks: its key holds it.
        app.UseRequestLocalization();
        // Repeated public reads are answered here, before routing, authentication and the rest run.
        app.UseMiddleware<ResponseCacheMiddleware>();
        app.UseDirectoryCompression();
        app.UseRouting();
        app.UseBodyLimits();
        app.UseCors();
        app.UseDirectoryAuthentication();
        app.UseRateLimiter();
        app.UseRateLimitHeaders();
        app.UseFailedCredentialRefusal();
        app.UseAuthorization();
        app.UseMiddleware<QueryStringValidationMiddleware>();
        app.UseMiddleware<ConditionalGetMiddleware>();
        app.UseDirectoryOpenApi();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponses.WriteAsync })
            .DisableRateLimiting().AnswerHead();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthResponses.WriteAsync })
            .DisableRateLimiting().AnswerHead();

        // DisableValidation: the declared rules run in DeclaredRules, which names errors as the wire does.
        var api = app.NewVersionedApi("Directory").MapGroup("/api/v{version:apiVersion}").HasApiVersion(1.0).AnswerHead().DisableValidation();
        api.MapNgoEndpoints();
        api.MapNgoWriteEndpoints();
        api.MapExpertEndpoints();
        api.MapExpertWriteEndpoints();
        api.MapReferenceEndpoints();
        api.MapReferenceWriteEndpoints();
        api.MapLeadInTermEndpoints();
        api.MapSearchInsightEndpoints();
        api.MapApiKeyEndpoints();
        api.MapChangesEndpoints();
        api.MapTransferEndpoints();
        api.MapDatasetEndpoints();
        app.MapHsdsEndpoints();
        app.MapIndexEndpoints();
        app.MapEmbedEndpoints();
        return app;
    }

    /// <summary>Migrates and seeds as configured, then loads the reference data into memory.</summary>
    public static async Task InitializeDatabaseAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        await DatabaseInitializer.InitializeAsync(db, app.Services.GetRequiredService<DatabaseOptions>());
        await app.Services.GetRequiredService<ReferenceDataCache>().ReloadAsync(db);
    }
}
