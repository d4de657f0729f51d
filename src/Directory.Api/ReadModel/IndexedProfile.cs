using Directory.Api.Queries;

namespace Directory.Api.ReadModel;

/// <summary>One published profile: its row, packed, its links, and what lists filter and sort on.</summary>
public sealed class IndexedProfile<TRow>
    where TRow : class, IPackedRow<TRow>
{
    public required Guid Id { get; init; }
    /// <summary>The row the DTO is made from (<see cref="PackedRow"/>): see <see cref="Unpack"/>.</summary>
    public required byte[] Packed { get; init; }
    /// <summary>The row's version: what a page's cached JSON is found by without unpacking the row.</summary>
    public required int Version { get; init; }
    public required ProfileLinks Links { get; init; }
    /// <summary>The Latvian name order key, packed (<see cref="PackedSortKey"/>).</summary>
    public required byte[] NameSortKey { get; init; }
    /// <summary>The municipality an NGO is registered in (experts have none), found by its name in <c>q</c>.</summary>
    public int? RegisteredMunicipalityId { get; init; }
    /// <summary>An NGO's registered postal code (experts have none), for HSDS's <c>postcode</c>.</summary>
    public string? PostalCode { get; init; }

    public required DateTime UpdatedAt { get; init; }
    public required bool Nationwide { get; init; }
    public bool IsMember { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>The row, unpacked anew on each call.</summary>
    public TRow Unpack() => PackedRow.Unpack<TRow>(Packed);
}

/// <summary>A profile as loaded, with the distinct words of its folded search text: those go into the word index and are not kept.</summary>
public sealed record LoadedProfile<TRow>(IndexedProfile<TRow> Profile, string[] Words)
    where TRow : class, IPackedRow<TRow>;
