using System.Text.Json.Serialization;

namespace Directory.Api.Search;

/// <summary>How a list answered <c>q</c> (named so in v1 and in HSDS's snake case alike).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SearchMatch>))]
public enum SearchMatch
{
    /// <summary>Every word matched: the profiles shown match them all.</summary>
    [JsonStringEnumMemberName("all")]
    All,

    /// <summary>No profile matched every word: the profiles shown match the most words that match together.</summary>
    [JsonStringEnumMemberName("partial")]
    Partial,

    /// <summary>Nothing matched: no word of q matches a profile that the other filters let through.</summary>
    [JsonStringEnumMemberName("none")]
    None,
}

/// <summary>
/// What a list did with the words of <c>q</c>: all of them, or (no dead ends) the most of them that match
/// together, with the words left out; and for a word that matches nothing even with a typo, a word of the
/// directory's vocabulary close to it.
/// </summary>
public sealed record SearchOutcome(
    SearchMatch Match,
    IReadOnlyList<SearchTerm> Used,
    IReadOnlyList<SearchTerm> LeftOut,
    IReadOnlyList<(SearchTerm Term, string Suggestion)> Suggestions);
