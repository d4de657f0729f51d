using Directory.Domain;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Directory.Api.Search;

namespace Directory.Api.Contracts;

/// <summary>One page of a filtered list.</summary>
public sealed record PagedResult<T>(
    [property: MaxLength(Queries.ListLimits.MaxPageSize)] IReadOnlyList<T> Items,
    [property: Range(1, Queries.ListLimits.MaxPage)] int Page,
    [property: Range(1, Queries.ListLimits.MaxPageSize)] int PageSize,
    int TotalItems,
    int TotalPages,
    PageLinks Links)
{
    /// <summary>What the list did with <c>q</c>; absent without <c>q</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SearchReport? Search { get; init; }
}

/// <summary>Absolute links that keep every filter; prev and next are absent at the ends.</summary>
public sealed record PageLinks(
    [property: MaxLength(WireLimits.RequestLine)] Uri Self,
    [property: MaxLength(WireLimits.RequestLine)] Uri First,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), MaxLength(WireLimits.RequestLine)] Uri? Prev,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), MaxLength(WireLimits.RequestLine)] Uri? Next,
    [property: MaxLength(WireLimits.RequestLine)] Uri Last);

/// <summary>
/// How a list answered <c>q</c>. When no profile matches every word, the list shows the profiles that match
/// the most words (best first) rather than nothing: <c>match</c> is <c>partial</c>, <c>used</c> holds the
/// words searched and <c>leftOut</c> the others. A word that matches nothing, even with a typo, may come
/// with a word of the directory's vocabulary close to it in <c>didYouMean</c>.
/// </summary>
/// <param name="Match">all: every word matched; partial: the profiles match the words in used only; none: nothing matched.</param>
/// <param name="Used">The words searched, as typed (lower case).</param>
/// <param name="LeftOut">The words left out; with none, the words that match nothing at all.</param>
/// <param name="DidYouMean">For words that match nothing: a word of the directory's vocabulary close to each.</param>
public sealed record SearchReport(
    SearchMatch Match,
    [property: MaxLength(SearchQuery.MaxTerms), EachMaxLength(Queries.ListLimits.MaxQueryLength)] IReadOnlyList<string> Used,
    [property: MaxLength(SearchQuery.MaxTerms), EachMaxLength(Queries.ListLimits.MaxQueryLength)] IReadOnlyList<string> LeftOut,
    [property: MaxLength(SearchQuery.MaxSuggestions)] IReadOnlyList<SearchSuggestion> DidYouMean)
{
    public static SearchReport? Of(SearchOutcome? outcome) => outcome is null ? null : new(
        outcome.Match,
        [.. outcome.Used.Select(t => t.Typed)],
        [.. outcome.LeftOut.Select(t => t.Typed)],
        [.. outcome.Suggestions.Select(s => new SearchSuggestion(s.Term.Typed, s.Suggestion))]);
}

/// <summary>A word of <c>q</c> that matches nothing, and a word of the directory's vocabulary close to it.</summary>
/// <param name="Word">The word as typed.</param>
/// <param name="Suggestion">The vocabulary's word: a support area's, target group's or place's name, or a lead-in term.</param>
public sealed record SearchSuggestion([property: MaxLength(Queries.ListLimits.MaxQueryLength)] string Word, [property: MaxLength(Domain.LeadInTerms.MaxLength)] string Suggestion);
