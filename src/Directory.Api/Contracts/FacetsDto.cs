namespace Directory.Api.Contracts;

/// <summary>
/// How many published NGOs match per filter value. Each dimension's counts apply every other filter
/// but not its own, so a count is the total the list shows when that value is chosen instead.
/// </summary>
public sealed record NgoFacetsDto(
    int TotalItems,
    IReadOnlyList<RegionFacet> Regions,
    IReadOnlyList<SupportAreaFacet> SupportAreas,
    IReadOnlyList<FacetCount> TargetGroups);

public sealed record RegionFacet(string Code, string Name, [property: WireEnum(typeof(Domain.RegionKind))] string Kind, string? ParentCode, int Count);

public sealed record SupportAreaFacet(string Code, string Name, string? ParentCode, int Count);

public sealed record FacetCount(string Code, string Name, int Count);
