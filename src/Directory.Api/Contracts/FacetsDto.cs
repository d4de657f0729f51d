using Directory.Infrastructure.Configurations;
using System.ComponentModel.DataAnnotations;
namespace Directory.Api.Contracts;

/// <summary>
/// How many published NGOs match per filter value. Each dimension's counts apply every other filter
/// but not its own, so a count is the total the list shows when that value is chosen instead.
/// </summary>
/// <param name="TotalItems">How many the list shows for these filters.</param>
/// <param name="Regions">Planning regions, each followed by its municipalities.</param>
/// <param name="SupportAreas">The support-area tree in its order.</param>
/// <param name="TargetGroups">The target groups in their order.</param>
/// <param name="Languages">The languages profiles are served in (ISO 639 code, name in the response language), most profiles first; at most 50.</param>
public sealed record NgoFacetsDto(
    int TotalItems,
    [property: MaxLength(50)] IReadOnlyList<RegionFacet> Regions,
    IReadOnlyList<SupportAreaFacet> SupportAreas,
    IReadOnlyList<FacetCount> TargetGroups,
    [property: MaxLength(ProfileLimits.ListItems)] IReadOnlyList<FacetCount> Languages);

public sealed record RegionFacet([property: MaxLength(ProfileLimits.Slug)] string Code, [property: MaxLength(ProfileLimits.Name)] string Name, [property: WireEnum(typeof(Domain.RegionKind))] string Kind, [property: MaxLength(ProfileLimits.Slug)] string? ParentCode, int Count);

public sealed record SupportAreaFacet([property: MaxLength(ProfileLimits.Slug)] string Code, [property: MaxLength(ProfileLimits.Name)] string Name, [property: MaxLength(ProfileLimits.Slug)] string? ParentCode, int Count);

public sealed record FacetCount([property: MaxLength(ProfileLimits.Slug)] string Code, [property: MaxLength(ProfileLimits.Name)] string Name, int Count);
