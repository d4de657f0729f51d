using Directory.Api.Search;

namespace Directory.Api.Queries;

/// <summary>Which filter a facet leaves out so that its counts show the alternatives.</summary>
public enum FacetDimension
{
    None,
    Region,
    SupportArea,
    TargetGroup,
    Language,
}

public enum ProfileSort
{
    Name,
    NameDescending,
    Updated,
    UpdatedDescending,
    Relevance,
}

/// <summary>A validated list query with codes resolved to ids. Null means "not filtered".</summary>
public sealed record ProfileFilter
{
    /// <summary>The parsed <c>q</c>.</summary>
    public SearchQuery Search { get; init; } = SearchQuery.None;

    /// <summary>Work areas that match the region filter (besides nationwide profiles).</summary>
    public IReadOnlyList<int>? WorkAreaIds { get; init; }

    public IReadOnlyList<int>? SupportAreaIds { get; init; }
    public IReadOnlyList<int>? TargetGroupIds { get; init; }
    public IReadOnlyList<string>? Languages { get; init; }
    public bool? Member { get; init; }
    public DateTime? UpdatedSince { get; init; }
    public ProfileSort Sort { get; init; } = ProfileSort.Name;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = ListLimits.DefaultPageSize;

    public int Skip => (Page - 1) * PageSize;
}

public static class ListLimits
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxQueryLength = 200;
    public const int MaxValuesPerParameter = 50;

    /// <summary>One value of <c>language</c>: as many codes as a list takes, of up to 3 letters, comma-separated ("lv,ru,en").</summary>
    public const int LanguageListLength = (MaxValuesPerParameter * 4) - 1;
    public const int MaxPage = 1_000_000;

    /// <summary>The most changes one page of the changes feed holds.</summary>
    public const int MaxChanges = 1000;
    public const string IsoDatePattern = @"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$";
    public const string LanguageListPattern = "^[A-Za-z]{2,3}(,[A-Za-z]{2,3})*$";
    public const string SortName = "name";
    public const string SortNameDescending = "-name";
    public const string SortUpdated = "updated";
    public const string SortUpdatedDescending = "-updated";
    public const string SortRelevance = "relevance";

    // The messages of the rules above, as the query-string check (Http/QueryStringRules) gives them: {1} and {2} are the bounds.
    public const string OutOfRange = "Must be between {1} and {2}.";
    public const string TooLong = "Must be at most {1} characters.";
    public const string TooManyValues = "At most {1} values.";
    public const string NotIsoDate = "Must be an ISO 8601 date or date-time, e.g. 2026-01-31 or 2026-01-31T08:00:00Z.";
    public const string NotLanguageCodes = "Must be ISO 639 language codes (e.g. lv, ru, en, ltg), comma-separated without spaces.";
}
