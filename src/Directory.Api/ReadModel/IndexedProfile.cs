using Directory.Api.Queries;

namespace Directory.Api.ReadModel;

/// <summary>One published profile: the row the DTO is made from, its links, and what lists filter and sort on.</summary>
public sealed class IndexedProfile<TRow>
    where TRow : class
{
    public required Guid Id { get; init; }
    public required TRow Row { get; init; }
    public required ProfileLinks Links { get; init; }
    /// <summary>The Latvian name order key, packed (<see cref="PackedSortKey"/>).</summary>
    public required byte[] NameSortKey { get; init; }
    /// <summary>The municipality an NGO is registered in (experts have none), found by its name in <c>q</c>.</summary>
    public int? RegisteredMunicipalityId { get; init; }

    public required DateTime UpdatedAt { get; init; }
    public required bool Nationwide { get; init; }
    public bool IsMember { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
}

/// <summary>A profile as loaded, with the distinct words of its folded search text: those go into the word index and are not kept.</summary>
public sealed record LoadedProfile<TRow>(IndexedProfile<TRow> Profile, string[] Words)
    where TRow : class;
