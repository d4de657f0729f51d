using System.Globalization;
using Directory.Api.ReferenceData;
using Directory.Api.Search;
using Directory.Api.Validation;
using Directory.Domain;

namespace Directory.Api.Queries;

/// <summary>Turns query-string values into a <see cref="ProfileFilter"/>, collecting every offending parameter.</summary>
public sealed class FilterParser(ReferenceDataCache.Snapshot reference)
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string[]> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    /// <param name="order">Sort and page, for a list; null for what takes the filters alone (facets, export).</param>
    /// <param name="rules">The rules declared on the parameters (Queries/ListParameters.cs), run by the framework's validator.</param>
    public static ProfileFilter? ForNgos(NgoFilterParameters p, ListOrderParameters? order, ReferenceDataCache.Snapshot reference, DeclaredRules rules, out IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(p);
        var parser = new FilterParser(reference);
        parser.Check(rules, p, order);
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
            Page = order?.Page ?? 1,
            PageSize = order?.PageSize ?? ListLimits.DefaultPageSize,
        };
        errors = parser._errors;
        return parser.IsValid ? filter : null;
    }

    /// <param name="order">Sort and page, for a list; null for the export.</param>
    /// <param name="rules">The rules declared on the parameters (Queries/ListParameters.cs), run by the framework's validator.</param>
    public static ProfileFilter? ForExperts(ExpertFilterParameters p, ListOrderParameters? order, ReferenceDataCache.Snapshot reference, DeclaredRules rules, out IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(p);
        var parser = new FilterParser(reference);
        parser.Check(rules, p, order);
        var search = parser.Text(p.Q);
        var filter = new ProfileFilter
        {
            Search = search,
            WorkAreaIds = parser.Regions("region", p.Region),
            SupportAreaIds = parser.SupportAreas("expertise", p.Expertise),
            Languages = parser.Languages("language", p.Language),
            UpdatedSince = parser.Date("updatedSince", p.UpdatedSince),
            Sort = parser.Sort(order?.Sort, !search.IsEmpty),
            Page = order?.Page ?? 1,
            PageSize = order?.PageSize ?? ListLimits.DefaultPageSize,
        };
        errors = parser._errors;
        return parser.IsValid ? filter : null;
    }

    /// <summary>The rules declared on the bound parameters: lengths, ranges, patterns, allowed values.</summary>
    private void Check(DeclaredRules rules, object filters, ListOrderParameters? order)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var parameters in order is null ? [filters] : new[] { filters, order })
        {
            foreach (var (name, messages) in rules.Check(parameters))
            {
                _errors[name] = messages;
            }
        }
    }

    private SearchQuery Text(string? q)
    {
        if (q is null || _errors.ContainsKey("q"))
        {
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
        var codes = _errors.ContainsKey(name) ? null : Split(name, values);
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
        if (value is null || _errors.ContainsKey(name))
        {
            return null;
        }

        // Its form is its rule's (ListLimits.IsoDatePattern, checked in Check); a day that does not exist is refused here.
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed.UtcDateTime;
        }

        Add(name, ListLimits.NotIsoDate);
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
            default: // refused by its rule (ListSortValuesAttribute)
                return ProfileSort.Name;
        }
    }

    private void Add(string name, string message) =>
        _errors[name] = _errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];
}
