using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

using Directory.Api.Telemetry;

namespace Directory.Api.Setup;

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
