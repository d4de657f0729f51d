using System.Globalization;
using Directory.Api.Queries;
using Directory.Api.ReferenceData;
using Directory.Api.Validation;

namespace Directory.Api.Hsds;

/// <summary>
/// An HSDS list query, read from the query string of GET or POST. The parameters a path takes are the
/// ones HSDS's OpenAPI lists for it (<see cref="HsdsDocument"/>); the NGO filters go through the v1
/// <see cref="FilterParser"/>, so <c>search</c> is <c>q</c>, <c>modified_after</c> is <c>updatedSince</c>,
/// a term is a <c>supportArea</c> or <c>targetGroup</c>, and paging has v1's bounds.
/// </summary>
public sealed class HsdsQuery
{
    private readonly IQueryCollection _query;
    private readonly DeclaredRules _rules;
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    private HsdsQuery(string path, IQueryCollection query, DeclaredRules rules)
    {
        _query = query;
        _rules = rules;
        var allowed = HsdsDocument.ParametersOf(path);
        foreach (var name in query.Keys.Where(k => !allowed.Contains(k)))
        {
            _errors[name] = [$"'{name}' is not a parameter of {path}. Its parameters are: {(allowed.Count == 0 ? "none" : string.Join(", ", allowed.Order(StringComparer.Ordinal)))}."];
        }

        Ndjson = Text("format") switch
        {
            null or "json" => false,
            "ndjson" => true,
            _ => Error("format", "Must be json or ndjson.", false),
        };
    }

    public IReadOnlyDictionary<string, string[]> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    /// <summary><c>format=ndjson</c>: every result, one JSON object a line, without paging.</summary>
    public bool Ndjson { get; }

    public static HsdsQuery Read(string path, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new HsdsQuery(path, request.Query, request.HttpContext.RequestServices.GetRequiredService<DeclaredRules>());
    }

    public string? Text(string name) => _query.TryGetValue(name, out var values) ? values.ToString() : null;

    public bool Flag(string name) => Text(name) switch
    {
        null => false,
        var value when bool.TryParse(value, out var flag) => flag,
        _ => Error(name, "Must be true or false.", false),
    };

    public Guid? Id(string name) => Text(name) switch
    {
        null => null,
        var value when Guid.TryParse(value, out var id) => id,
        _ => Error<Guid?>(name, "Must be a UUID.", null),
    };

    private NgoListParameters Order() => new() { Page = Number("page"), PageSize = Number("per_page") };

    /// <summary>Page and size for lists the read model does not hold (taxonomies and terms), with v1's bounds.</summary>
    public (int Page, int Size) Paging()
    {
        var filter = FilterParser.ForNgos(new NgoFilterParameters(), Order(), ReferenceDataCache.Snapshot.Empty, _rules, out var errors);
        Adopt(errors);
        return filter is null ? (1, ListLimits.DefaultPageSize) : (filter.Page, filter.PageSize);
    }

    /// <summary>The NGO filter of a list of organizations, services or services at locations.</summary>
    public ProfileFilter? NgoFilter(ReferenceDataCache.Snapshot reference, HsdsMapper mapper)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        string[]? areas = null, groups = null;
        if (Id("taxonomy_term_id") is { } termId)
        {
            switch (mapper.Terms().FirstOrDefault(t => t.Id == termId))
            {
                case { } term when term.TaxonomyId == HsdsIds.SupportAreas:
                    areas = [term.Code];
                    break;
                case { } term:
                    groups = [term.Code];
                    break;
                default:
                    Error<object?>("taxonomy_term_id", $"No taxonomy term has the id {termId} (see /hsds/taxonomy_terms).", null);
                    break;
            }
        }

        if (Id("taxonomy_id") is { } taxonomyId)
        {
            // Any term of the taxonomy: every root support area (a parent matches its children), or every target group.
            if (taxonomyId == HsdsIds.SupportAreas)
            {
                areas = [.. areas ?? [], .. reference.SupportAreas.Values.Where(a => a.ParentId is null).Select(a => a.Code)];
            }
            else if (taxonomyId == HsdsIds.TargetGroups)
            {
                groups = [.. groups ?? [], .. reference.TargetGroups.Values.Select(g => g.Code)];
            }
            else
            {
                Error<object?>("taxonomy_id", $"No taxonomy has the id {taxonomyId} (see /hsds/taxonomies).", null);
            }
        }

        var filter = FilterParser.ForNgos(
            new NgoFilterParameters { Q = Text("search"), UpdatedSince = Text("modified_after"), SupportArea = areas, TargetGroup = groups },
            Order(),
            reference,
            _rules,
            out var errors);
        Adopt(errors);
        // A distance from the postcode's centroid. The directory holds no coordinates, so it answers what
        // covers the postcode itself (registered there, or nationwide): within any distance, if not all of it.
        if (Text("proximity") is { } proximity)
        {
            if (!double.TryParse(proximity, NumberStyles.Float, CultureInfo.InvariantCulture, out var meters) || meters < 0)
            {
                Error<object?>("proximity", "Must be a distance in meters, 0 or more.", null);
            }
            else if (Text("postcode") is null)
            {
                Error<object?>("proximity", "Give it with postcode: it is a distance from the postcode's centroid.", null);
            }
        }

        return IsValid ? filter : null;
    }

    private int? Number(string name) => Text(name) switch
    {
        null => null,
        var value when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number,
        _ => Error<int?>(name, "Must be a whole number.", null),
    };

    /// <summary>v1's messages under HSDS's parameter names.</summary>
    private void Adopt(IDictionary<string, string[]> errors)
    {
        foreach (var (name, messages) in errors)
        {
            _errors[name switch
            {
                "q" => "search",
                "updatedSince" => "modified_after",
                "pageSize" => "per_page",
                "supportArea" or "targetGroup" => "taxonomy_term_id",
                _ => name,
            }] = messages;
        }
    }

    private T Error<T>(string name, string message, T fallback)
    {
        _errors.TryAdd(name, [message]);
        return fallback;
    }

    private bool Error(string name, string message, bool fallback) => Error<bool>(name, message, fallback);
}
