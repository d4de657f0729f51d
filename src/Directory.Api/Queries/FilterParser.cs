using System.Globalization;
using System.Text.RegularExpressions;
using Directory.Api.ReferenceData;
using Directory.Api.Search;
using Directory.Domain;

namespace Directory.Api.Queries;

/// <summary>Turns query-string values into a <see cref="ProfileFilter"/>, collecting every offending parameter.</summary>
public sealed partial class FilterParser(ReferenceDataCache.Snapshot reference)
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string[]> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    /// <param name="order">Sort and page, for a list; null for what takes the filters alone (facets, export).</param>
    public static ProfileFilter? ForNgos(NgoFilterParameters p, ListOrderParameters? order, ReferenceDataCache.Snapshot reference, out IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(p);
        var parser = new FilterParser(reference);
        var search = parser.Text(p.Q);
        var filter = new ProfileFilter
        {
            Search = search,
            WorkAreaIds = parser.Regions("region", p.Region),
            SupportAreaIds = parser.SupportAreas("supportArea", p.SupportArea),
            TargetGroupIds = parser.TargetGroups("targetGroup", p.TargetGroup),
            Languages = parser.Languages("language", p.Language),
            Member = p.Member,
            UpdatedSince = parser.Date("updatedSince", p.UpdatedSince),
            Sort = parser.Sort(order?.Sort, !search.IsEmpty),
            Page = parser.Page(order?.Page),
            PageSize = parser.PageSize(order?.PageSize),
        };
        errors = parser._errors;
        return parser.IsValid ? filter : null;
    }

    /// <param name="order">Sort and page, for a list; null for the export.</param>
    public static ProfileFilter? ForExperts(ExpertFilterParameters p, ListOrderParameters? order, ReferenceDataCache.Snapshot reference, out IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(p);
        var parser = new FilterParser(reference);
        var search = parser.Text(p.Q);
        var filter = new ProfileFilter
        {
            Search = search,
            WorkAreaIds = parser.Regions("region", p.Region),
            SupportAreaIds = parser.SupportAreas("expertise", p.Expertise),
            Languages = parser.Languages("language", p.Language),
            Sort = parser.Sort(order?.Sort, !search.IsEmpty),
            Page = parser.Page(order?.Page),
            PageSize = parser.PageSize(order?.PageSize),
        };
        errors = parser._errors;
        return parser.IsValid ? filter : null;
    }

    private SearchQuery Text(string? q)
    {
        if (q is null)
        {
            return SearchQuery.None;
        }

        if (q.Length > ListLimits.MaxQueryLength)
        {
            Add("q", $"Must be at most {ListLimits.MaxQueryLength} characters.");
            return SearchQuery.None;
        }

        var search = SearchQuery.Parse(q, reference);
        if (search.Terms.Count > SearchQuery.MaxTerms)
        {
            Add("q", $"At most {SearchQuery.MaxTerms} words are searched (not counting words such as 'un', 'ar', 'the').");
            return SearchQuery.None;
        }

        return search;
    }

    private int[]? Regions(string name, string[]? values) =>
        Resolve(name, values, code => reference.FindRegion(code) is { } region ? reference.WorkAreasMatching(region) : null, "region");

    private int[]? SupportAreas(string name, string[]? values) =>
        Resolve(name, values, code => reference.FindSupportArea(code) is { } area ? reference.SupportAreaAndDescendants(area.Id) : null, "support area");

    private int[]? TargetGroups(string name, string[]? values) =>
        Resolve(name, values, code => reference.FindTargetGroup(code) is { } group ? [group.Id] : null, "target group");

    private int[]? Resolve(string name, string[]? values, Func<string, IEnumerable<int>?> lookup, string what)
    {
        var codes = Split(name, values);
        if (codes is null)
        {
            return null;
        }

        var ids = new HashSet<int>();
        foreach (var code in codes)
        {
            if (lookup(code) is { } matched)
            {
                ids.UnionWith(matched);
            }
            else
            {
                Add(name, $"Unknown {what} code '{code}'.");
            }
        }

        return [.. ids.Order()];
    }

    private string[]? Languages(string name, string[]? values)
    {
        var codes = Split(name, values);
        if (codes is null)
        {
            return null;
        }

        foreach (var code in codes.Where(c => !LanguageCodes.IsKnown(c.ToLowerInvariant())))
        {
            Add(name, $"'{code}' is not an ISO 639 language code (e.g. lv, ru, en, ltg).");
        }

        return [.. codes.Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
    }

    private List<string>? Split(string name, string[]? values)
    {
        if (values is null || values.Length == 0)
        {
            return null;
        }

        var parts = values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (parts.Count > ListLimits.MaxValuesPerParameter)
        {
            Add(name, $"At most {ListLimits.MaxValuesPerParameter} values.");
            return null;
        }

        if (parts.Count == 0)
        {
            Add(name, "A value is required.");
            return null;
        }

        return parts;
    }

    private DateTime? Date(string name, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed)
            && IsoDate().IsMatch(value.Trim()))
        {
            return parsed.UtcDateTime;
        }

        Add(name, "Must be an ISO 8601 date or date-time, e.g. 2026-01-31 or 2026-01-31T08:00:00Z.");
        return null;
    }

    private ProfileSort Sort(string? value, bool hasQuery)
    {
        switch (value)
        {
            case null or "":
                return hasQuery ? ProfileSort.Relevance : ProfileSort.Name;
            case ListLimits.SortName:
                return ProfileSort.Name;
            case ListLimits.SortNameDescending:
                return ProfileSort.NameDescending;
            case ListLimits.SortUpdated:
                return ProfileSort.Updated;
            case ListLimits.SortUpdatedDescending:
                return ProfileSort.UpdatedDescending;
            case ListLimits.SortRelevance when hasQuery:
                return ProfileSort.Relevance;
            case ListLimits.SortRelevance:
                Add("sort", "relevance needs a search query q.");
                return ProfileSort.Name;
            default:
                Add("sort", "Must be one of name, -name, updated, -updated, relevance.");
                return ProfileSort.Name;
        }
    }

    private int Page(int? value)
    {
        if (value is { } page and (< 1 or > ListLimits.MaxPage))
        {
            Add("page", $"Must be between 1 and {ListLimits.MaxPage}.");
        }

        return value ?? 1;
    }

    private int PageSize(int? value)
    {
        if (value is { } size and (< 1 or > ListLimits.MaxPageSize))
        {
            Add("pageSize", $"Must be between 1 and {ListLimits.MaxPageSize}.");
        }

        return value ?? ListLimits.DefaultPageSize;
    }

    private void Add(string name, string message) =>
        _errors[name] = _errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];

    [GeneratedRegex(ListLimits.IsoDatePattern)]
    private static partial Regex IsoDate();
}
