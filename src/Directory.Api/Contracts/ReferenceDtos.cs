namespace Directory.Api.Contracts;

/// <summary>A region as referenced from a profile.</summary>
/// <param name="Code">Planning-region slug (<c>latgale</c>) or municipality ATVK code (<c>0001000</c>).</param>
/// <param name="Name">Name in the response language.</param>
/// <param name="Kind">planningRegion, stateCity or municipality.</param>
public sealed record RegionRef(string Code, string Name, [property: WireEnum(typeof(Domain.RegionKind))] string Kind);

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
    [property: WireEnum(typeof(Domain.RegionKind))] string Kind,
    string Name,
    string NameLv,
    string NameEn,
    string? Nuts3,
    string? IsoCode,
    RegionRef? PlanningRegion,
    IReadOnlyList<RegionDto>? Municipalities);

/// <summary>A field of support; parents list their children.</summary>
/// <param name="LeadInTermsLv">Latvian words people use for this area that are not its name (professions, conditions, things, life events): q finds the area's profiles by them.</param>
/// <param name="LeadInTermsEn">English lead-in terms.</param>
public sealed record SupportAreaDto(
    string Code,
    string Name,
    string NameLv,
    string NameEn,
    string? ParentCode,
    IReadOnlyList<string> LeadInTermsLv,
    IReadOnlyList<string> LeadInTermsEn,
    IReadOnlyList<SupportAreaDto> Children);

/// <summary>A target group: an age band or situation.</summary>
/// <param name="LeadInTermsLv">Latvian words people use for this group that are not its name: q finds the group's profiles by them.</param>
/// <param name="LeadInTermsEn">English lead-in terms.</param>
public sealed record TargetGroupDto(string Code, string Name, string NameLv, string NameEn, IReadOnlyList<string> LeadInTermsLv, IReadOnlyList<string> LeadInTermsEn);

/// <summary>The lead-in terms of one support area or target group, as an admin replaces them.</summary>
/// <param name="Lv">Latvian terms: words or short phrases (a phrase matches only whole), at most 60 of at most 60 characters.</param>
/// <param name="En">English terms, under the same limits.</param>
public sealed record LeadInTermsRequest(IReadOnlyList<string>? Lv, IReadOnlyList<string>? En);

/// <summary>The lead-in terms of one entry, with what it is.</summary>
/// <param name="Kind">support-area or target-group.</param>
/// <param name="Code">The entry's code.</param>
/// <param name="Name">Its name in the language asked for.</param>
/// <param name="Lv">Latvian terms.</param>
/// <param name="En">English terms.</param>
/// <param name="Version">Raised by every change; the ETag is built from it ("v3"), for clients that cannot read headers.</param>
public sealed record LeadInTermsDto(string Kind, string Code, string Name, IReadOnlyList<string> Lv, IReadOnlyList<string> En, int Version);

/// <summary>What a CSV of lead-in terms did.</summary>
/// <param name="Rows">Entries the file listed.</param>
/// <param name="Changed">Entries whose terms it changed.</param>
public sealed record LeadInTermsImportReport(int Rows, int Changed);

/// <summary>The queries of a period, for the people who curate the vocabulary.</summary>
/// <param name="From">First day counted (UTC).</param>
/// <param name="To">Last day counted (UTC).</param>
/// <param name="Queries">Most failed (or most asked) first.</param>
public sealed record SearchInsightsDto(DateOnly From, DateOnly To, IReadOnlyList<SearchInsightRow> Queries);

/// <summary>One normalised query over the period.</summary>
/// <param name="List">ngo or expert.</param>
/// <param name="Query">The words searched, lower case.</param>
/// <param name="Asked">Times asked (a list's first page; later pages are not counted again).</param>
/// <param name="Empty">Times it answered nothing.</param>
/// <param name="Partial">Times no profile matched every word and fewer words answered.</param>
/// <param name="FirstDay">First day in the period it was asked.</param>
/// <param name="LastDay">Last day in the period it was asked.</param>
public sealed record SearchInsightRow(string List, string Query, int Asked, int Empty, int Partial, DateOnly FirstDay, DateOnly LastDay);
