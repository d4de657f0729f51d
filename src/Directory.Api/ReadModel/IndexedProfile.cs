using Directory.Api.Queries;

namespace Directory.Api.ReadModel;

/// <summary>One published profile: the row the DTO is made from, its links, and what lists filter and sort on.</summary>
public sealed class IndexedProfile<TRow>
    where TRow : class
{
    public required Guid Id { get; init; }
    public required TRow Row { get; init; }
    public required ProfileLinks Links { get; init; }
    public required string NameSortKey { get; init; }
    public required string NameFolded { get; init; }

    /// <summary>The distinct words of the folded search text (shared strings), for the word index.</summary>
    public required string[] Words { get; init; }

    public required DateTime UpdatedAt { get; init; }
    public required bool Nationwide { get; init; }
    public bool IsMember { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
}
