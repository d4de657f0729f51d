using System.ComponentModel.DataAnnotations;

namespace Directory.Api.Settings;

/// <summary>A fixed window: so many requests in so many seconds (and, for exports, so many open at once).</summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Exports only: how many a client may have open at once (a slow reader holds a snapshot of the directory).</summary>
    public int MaxOpen { get; set; } = 2;
}

/// <summary>The rate limits per kind of caller (section <c>RateLimits</c>); what is not set keeps its default.</summary>
public sealed class RateLimitOptions : IValidatableObject
{
    public const string Section = "RateLimits";

    public RateLimit Anonymous { get; set; } = new() { PermitLimit = 300 };
    public RateLimit Partner { get; set; } = new() { PermitLimit = 3000 };
    public RateLimit Editor { get; set; } = new() { PermitLimit = 3000 };
    public RateLimit Export { get; set; } = new() { PermitLimit = 10 };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, limit) in new[] { ("Anonymous", Anonymous), ("Partner", Partner), ("Editor", Editor), ("Export", Export) })
        {
            if (limit.PermitLimit < 1)
            {
                yield return new ValidationResult($"RateLimits:{name}:PermitLimit must be at least 1");
            }

            if (limit.WindowSeconds is < 1 or > 86_400)
            {
                yield return new ValidationResult($"RateLimits:{name}:WindowSeconds must be between 1 and 86400");
            }

            if (limit.MaxOpen < 1)
            {
                yield return new ValidationResult($"RateLimits:{name}:MaxOpen must be at least 1");
            }
        }
    }
}
