using System.ComponentModel.DataAnnotations;

namespace Directory.Api.Settings;

/// <summary>How often search insights are written, and how many are kept before a flush and per day (section <c>SearchInsights</c>).</summary>
public sealed class SearchInsightsOptions
{
    public const string Section = "SearchInsights";

    /// <summary>Seconds between writes of the counts taken (and once more as the instance stops).</summary>
    [Range(1, 3600, ErrorMessage = "SearchInsights:FlushSeconds must be between {1} and {2} seconds")]
    public double FlushSeconds { get; set; } = 30;

    /// <summary>Distinct queries counted between two writes; past it, more are dropped (and logged).</summary>
    [Range(1, 10_000_000, ErrorMessage = "SearchInsights:MaxPending must be between {1} and {2}")]
    public int MaxPending { get; set; } = 10_000;

    /// <summary>Distinct queries stored per day and list.</summary>
    [Range(1, 10_000_000, ErrorMessage = "SearchInsights:MaxQueriesPerDay must be between {1} and {2}")]
    public int MaxQueriesPerDay { get; set; } = 10_000;
}

/// <summary>How often each instance asks the database whether another one wrote (section <c>Cache</c>).</summary>
public sealed class CachePollOptions
{
    public const string Section = "Cache";

    [Range(0.01, 3600, ErrorMessage = "Cache:PollSeconds must be between {1} and {2} seconds")]
    public double PollSeconds { get; set; } = 1;
}

/// <summary>How long a write's Idempotency-Key is remembered (section <c>Idempotency</c>).</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    [Range(0.01, 24 * 365, ErrorMessage = "Idempotency:RetentionHours must be between {1} and {2} hours")]
    public double RetentionHours { get; set; } = 24;
}

/// <summary>The largest request body taken (section <c>Limits</c>).</summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "Limits";

    [Range(1024, 1L << 30, ErrorMessage = "Limits:MaxRequestBodyBytes must be between {1} and {2} bytes")]
    public long MaxRequestBodyBytes { get; set; } = 1_000_000;
}
