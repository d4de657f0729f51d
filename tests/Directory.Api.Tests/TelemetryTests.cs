using System.Diagnostics;
using Directory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Directory.Api.Tests;

/// <summary>Traces, metrics and logs as an operator collects them, with in-memory exporters standing in for OTLP.</summary>
public sealed class TelemetryTests
{
    private sealed class TelemetryFactory : DirectoryApiFactory
    {
        public List<Activity> Spans { get; } = [];
        public List<Metric> Metrics { get; } = [];
        public List<(string Category, string Message, string? TraceId)> Logs { get; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Telemetry:Enabled", "true");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information");
            builder.ConfigureServices(services =>
            {
                services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(Spans));
                services.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(Metrics));
            });
            builder.ConfigureLogging(logging => logging.AddProvider(new RecordingLoggerProvider(Logs)));
        }
    }

    [Fact]
    public void Without_an_otlp_endpoint_nothing_is_collected()
    {
        using var factory = new DirectoryApiFactory();
        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task A_request_has_a_span_its_log_lines_and_its_problem_share_one_trace_id_and_the_service_reports_its_own_metrics()
    {
        using var factory = new TelemetryFactory();
        var client = factory.CreateClient();
        var (_, problem) = await client.GetProblemAsync("/api/v1/ngos/no-such-ngo");
        var traceId = problem.GetProperty("traceId").GetString();
        await client.GetNgosAsync("pageSize=3");
        await client.GetNgosAsync("pageSize=3"); // the second from the response cache
        // The first load ran before the host (and its meter listener) started: a reload is measured.
        await factory.Services.GetRequiredService<ReadModel.PublishedProfiles>().ReloadAsync(TestContext.Current.CancellationToken);
        factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.Matches("^[0-9a-f]{32}$", traceId);
        var span = Assert.Single(factory.Spans, s => s.TraceId.ToHexString() == traceId);
        Assert.Equal(ActivityKind.Server, span.Kind);
        Assert.Equal(404, span.GetTagItem("http.response.status_code"));
        lock (factory.Logs)
        {
            Assert.Contains(factory.Logs, l => l.TraceId == traceId && l.Category.StartsWith("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal));
        }

        var names = factory.Metrics.Select(m => m.Name).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "http.server.request.duration", "directory.read_model.refresh.duration", "directory.read_model.profiles", "directory.response_cache.hits", "directory.response_cache.misses" },
            names);
    }

    /// <summary>Keeps each log line with the trace id of the scope it was written in.</summary>
    private sealed class RecordingLoggerProvider(List<(string Category, string Message, string? TraceId)> logs) : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider? _scopes;

        public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Recorder(string category, RecordingLoggerProvider provider) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => provider._scopes?.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                string? traceId = null;
                provider._scopes?.ForEachScope(
                    (scope, _) =>
                    {
                        if (scope is IEnumerable<KeyValuePair<string, object?>> pairs && pairs.FirstOrDefault(p => p.Key == "TraceId") is { Value: { } id })
                        {
                            traceId = id.ToString();
                        }
                    },
                    (object?)null);
                lock (provider.Logs)
                {
                    provider.Logs.Add((category, formatter(state, exception), traceId));
                }
            }
        }

        private List<(string Category, string Message, string? TraceId)> Logs => logs;
    }
}
