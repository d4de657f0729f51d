using System.Diagnostics.Metrics;

namespace Directory.Api.Telemetry;

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
