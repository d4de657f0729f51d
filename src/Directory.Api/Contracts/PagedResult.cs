using System.Text.Json.Serialization;
using Directory.Api.Search;

namespace Directory.Api.Contracts;

/// <summary>One page of a filtered list.</summary>
public sealed record PagedResult<T>(
    IReadOnlyList<T> Items,
    int Page,
    int PageSize,
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
    Uri Self,
    Uri First,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Uri? Prev,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Uri? Next,
    Uri Last);

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
public sealed record SearchReport(SearchMatch Match, IReadOnlyList<string> Used, IReadOnlyList<string> LeftOut, IReadOnlyList<SearchSuggestion> DidYouMean)
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
public sealed record SearchSuggestion(string Word, string Suggestion);
