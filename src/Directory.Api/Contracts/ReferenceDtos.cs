namespace Directory.Api.Contracts;

/// <summary>A region as referenced from a profile.</summary>
/// <param name="Code">Planning-region slug (<c>latgale</c>) or municipality ATVK code (<c>0001000</c>).</param>
/// <param name="Name">Name in the response language.</param>
/// <param name="Kind">planningRegion, stateCity or municipality.</param>
public sealed record RegionRef(string Code, string Name, string Kind);

/// <summary>A support area or target group as referenced from a profile.</summary>
public sealed record CodeName(string Code, string Name);

/// <summary>A planning region or municipality.</summary>
/// <param name="Code">Planning-region slug or municipality ATVK code; both are stable.</param>
/// <param name="Slug">URL-friendly name.</param>
/// <param name="Atvk">ATVK code (municipalities only).</param>
/// <param name="Kind">planningRegion, stateCity or municipality.</param>
/// <param name="Name">Name in the response language.</param>
/// <param name="NameLv">Latvian name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Nuts3">NUTS 3 (2024) statistical region.</param>
/// <param name="IsoCode">ISO 3166-2 code (municipalities only).</param>
/// <param name="PlanningRegion">The planning region a municipality belongs to.</param>
/// <param name="Municipalities">A planning region's municipalities.</param>
public sealed record RegionDto(
    string Code,
    string Slug,
    string? Atvk,
    string Kind,
    string Name,
    string NameLv,
    string NameEn,
    string? Nuts3,
    string? IsoCode,
    RegionRef? PlanningRegion,
    IReadOnlyList<RegionDto>? Municipalities);

/// <summary>A field of support; parents list their children.</summary>
public sealed record SupportAreaDto(
    string Code,
    string Name,
    string NameLv,
    string NameEn,
    string? ParentCode,
    IReadOnlyList<SupportAreaDto> Children);

/// <summary>A target group: an age band or situation.</summary>
public sealed record TargetGroupDto(string Code, string Name, string NameLv, string NameEn);
