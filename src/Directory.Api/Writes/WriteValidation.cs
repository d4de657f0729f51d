using System.Text.RegularExpressions;
using Directory.Api.ReferenceData;
using Directory.Domain;
using Directory.Infrastructure.Configurations;

namespace Directory.Api.Writes;

/// <summary>Collects every problem of a write request, keyed by its field, before anything is stored.</summary>
public sealed partial class WriteValidation(ReferenceDataCache.Snapshot reference)
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public Dictionary<string, string[]> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public void Add(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    /// <summary>The value trimmed, or "Required." when it is left out or blank. Its length and format are declared on the request type (Validation/TextAttributes.cs).</summary>
    public string? Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "Required.");
            return null;
        }

        return value.Trim();
    }

    /// <summary>The value trimmed; null when it is left out or blank.</summary>
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The slug a write asks for: the one given, or one made from the name.</summary>
    public static string SlugOf(string? value, string? name) =>
        string.IsNullOrWhiteSpace(value) ? LatvianText.Fold(name).Replace(' ', '-') : value.Trim();

    public string? Slug(string? value, string? name)
    {
        var slug = SlugOf(value, name);
        if (slug.Length == 0)
        {
            return null; // the missing name is reported already
        }

        if (slug.Length > ProfileLimits.Slug || !SlugPattern().IsMatch(slug) || Guid.TryParse(slug, out _))
        {
            Add("slug", "Lower-case letters, digits and single hyphens, at most 120 characters, not a uuid.");
        }

        return slug;
    }

    public T? Enum<T>(string field, string? value, T? fallback)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (fallback is null)
            {
                Add(field, "Required.");
            }

            return fallback;
        }

        if (ReferenceData.WireNames.TryParse<T>(value, out var parsed))
        {
            return parsed;
        }

        Add(field, $"Must be one of {string.Join(", ", ReferenceData.WireNames.All<T>())}.");
        return fallback;
    }

    public List<Region> Regions(string field, IReadOnlyList<string>? codes) =>
        Codes(field, codes, reference.FindRegion, "region");

    public List<SupportArea> SupportAreas(string field, IReadOnlyList<string>? codes, bool required) =>
        Codes(field, codes, reference.FindSupportArea, "support area", required);

    public List<TargetGroup> TargetGroups(string field, IReadOnlyList<string>? codes) =>
        Codes(field, codes, reference.FindTargetGroup, "target group");

    public Region? Municipality(string field, string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            Add(field, "Required.");
            return null;
        }

        var region = reference.FindRegion(code);
        if (region is null || region.Kind == RegionKind.PlanningRegion)
        {
            Add(field, $"'{code}' is not a municipality's ATVK code or slug.");
            return null;
        }

        return region;
    }

    public List<string> Languages(string field, IReadOnlyList<string>? codes)
    {
        if (codes is null || codes.Count == 0)
        {
            Add(field, "At least one language.");
            return [];
        }

        foreach (var code in codes.Where(c => !LanguageCodes.IsKnown(c ?? "")))
        {
            Add(field, $"'{code}' is not an ISO 639 language code in lower case (e.g. lv, ru, en, ltg).");
        }

        return [.. codes.Distinct(StringComparer.Ordinal)];
    }

    private List<T> Codes<T>(string field, IReadOnlyList<string>? codes, Func<string, T?> find, string what, bool required = false)
        where T : class
    {
        if (codes is null || codes.Count == 0)
        {
            if (required)
            {
                Add(field, $"At least one {what}.");
            }

            return [];
        }

        var found = new List<T>();
        foreach (var code in codes.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (find(code ?? "") is { } item)
            {
                found.Add(item);
            }
            else
            {
                Add(field, $"Unknown {what} code '{code}'.");
            }
        }

        return found;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
