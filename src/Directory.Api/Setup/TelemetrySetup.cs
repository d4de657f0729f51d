using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Directory.Api.Setup;

/// <summary>The service's own measurements: one meter, read by OpenTelemetry when it is on.</summary>
public static class DirectoryTelemetry
{
    public const string Name = "Lblt.Directory";

    private static readonly Meter Meter = new(Name);

    public static readonly Histogram<double> RefreshDuration =
        Meter.CreateHistogram<double>("directory.read_model.refresh.duration", "ms", "Time to load or update the read model of published profiles.");

    public static readonly Gauge<long> Profiles =
        Meter.CreateGauge<long>("directory.read_model.profiles", "{profile}", "Published profiles in the read model, by kind (ngo, expert).");

    public static readonly Counter<long> CacheHits =
        Meter.CreateCounter<long>("directory.response_cache.hits", "{response}", "Answers replayed from the response cache.");

    public static readonly Counter<long> CacheMisses =
        Meter.CreateCounter<long>("directory.response_cache.misses", "{response}", "Cacheable requests the response cache could not answer.");

    public static readonly Counter<long> ImportedRows =
        Meter.CreateCounter<long>("directory.imports.rows", "{row}", "Rows read by imports, by outcome (create, update, unchanged, rejected) and dry run.");

    public static readonly Counter<long> RateLimitRejections =
        Meter.CreateCounter<long>("directory.rate_limit.rejections", "{request}", "Requests refused with 429.");
}

public static class TelemetrySetup
{
    /// <summary>
    /// OpenTelemetry traces and metrics (ASP.NET Core, HttpClient, SqlClient under EF Core on SQL Server, the
    /// runtime and <see cref="DirectoryTelemetry"/>), exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
    /// is set; with neither it nor <c>Telemetry:Enabled</c>, nothing is collected. JSON console logs
    /// (<c>Logging__Console__FormatterName=json</c>) carry each request's trace id.
    /// </summary>
    public static WebApplicationBuilder AddDirectoryTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<JsonConsoleFormatterOptions>(o => o.IncludeScopes = true);
        var otlp = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(otlp) && !builder.Configuration.GetValue<bool>("Telemetry:Enabled"))
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("lblt-directory"))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddSqlClientInstrumentation())
            .WithMetrics(m => m.AddMeter(DirectoryTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation());
        if (!string.IsNullOrWhiteSpace(otlp))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
