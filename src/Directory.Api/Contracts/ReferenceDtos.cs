using Directory.Domain;
using Directory.Infrastructure.Configurations;
using System.ComponentModel.DataAnnotations;
namespace Directory.Api.Contracts;

/// <summary>A region as referenced from a profile.</summary>
/// <param name="Code">Planning-region slug (<c>latgale</c>) or municipality ATVK code (<c>0001000</c>).</param>
/// <param name="Name">Name in the response language.</param>
/// <param name="Kind">planningRegion, stateCity or municipality.</param>
public sealed record RegionRef([property: MaxLength(ProfileLimits.Slug)] string Code, [property: MaxLength(ProfileLimits.Name)] string Name, [property: WireEnum(typeof(Domain.RegionKind))] string Kind);

/// <summary>A support area or target group as referenced from a profile.</summary>
public sealed record CodeName([property: MaxLength(ProfileLimits.Slug)] string Code, [property: MaxLength(ProfileLimits.Name)] string Name);

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
    [property: MaxLength(ProfileLimits.Slug)] string Code,
    [property: MaxLength(ProfileLimits.Slug)] string Slug,
    [property: MaxLength(ProfileLimits.Slug)] string? Atvk,
    [property: WireEnum(typeof(Domain.RegionKind))] string Kind,
    [property: MaxLength(ProfileLimits.Name)] string Name,
    [property: MaxLength(ProfileLimits.Name)] string NameLv,
    [property: MaxLength(ProfileLimits.Name)] string NameEn,
    [property: MaxLength(10)] string? Nuts3,
    [property: MaxLength(10)] string? IsoCode,
    RegionRef? PlanningRegion,
    [property: MaxLength(50)] IReadOnlyList<RegionDto>? Municipalities);

/// <summary>A field of support; parents list their children.</summary>
/// <param name="LeadInTermsLv">Latvian words people use for this area that are not its name (professions, conditions, things, life events): q finds the area's profiles by them.</param>
/// <param name="LeadInTermsEn">English lead-in terms.</param>
public sealed record SupportAreaDto(
    [property: MaxLength(ProfileLimits.Slug)] string Code,
    [property: MaxLength(ProfileLimits.Name)] string Name,
    [property: MaxLength(ProfileLimits.Name)] string NameLv,
    [property: MaxLength(ProfileLimits.Name)] string NameEn,
    [property: MaxLength(ProfileLimits.Slug)] string? ParentCode,
    [property: MaxLength(LeadInTerms.MaxTerms), EachMaxLength(LeadInTerms.MaxLength)] IReadOnlyList<string> LeadInTermsLv,
    [property: MaxLength(LeadInTerms.MaxTerms), EachMaxLength(LeadInTerms.MaxLength)] IReadOnlyList<string> LeadInTermsEn,
    IReadOnlyList<SupportAreaDto> Children);

/// <summary>A target group: an age band or situation.</summary>
/// <param name="LeadInTermsLv">Latvian words people use for this group that are not its name: q finds the group's profiles by them.</param>
/// <param name="LeadInTermsEn">English lead-in terms.</param>
public sealed record TargetGroupDto(
    [property: MaxLength(ProfileLimits.Slug)] string Code,
    [property: MaxLength(ProfileLimits.Name)] string Name,
    [property: MaxLength(ProfileLimits.Name)] string NameLv,
    [property: MaxLength(ProfileLimits.Name)] string NameEn,
    [property: MaxLength(LeadInTerms.MaxTerms), EachMaxLength(LeadInTerms.MaxLength)] IReadOnlyList<string> LeadInTermsLv,
    [property: MaxLength(LeadInTerms.MaxTerms), EachMaxLength(LeadInTerms.MaxLength)] IReadOnlyList<string> LeadInTermsEn);

/// <summary>The lead-in terms of one support area or target group, as an admin replaces them.</summary>
/// <param name="Lv">Latvian terms: words or short phrases (a phrase matches only whole), at most 60 of at most 60 characters.</param>
/// <param name="En">English terms, under the same limits.</param>
[Microsoft.Extensions.Validation.ValidatableType]
public sealed record LeadInTermsRequest(
    [property: MaxLength(LeadInTerms.MaxTerms, ErrorMessage = LeadInTermsRequest.TooManyTerms), EachMaxLength(LeadInTerms.MaxLength)] IReadOnlyList<string>? Lv,
    [property: MaxLength(LeadInTerms.MaxTerms, ErrorMessage = LeadInTermsRequest.TooManyTerms), EachMaxLength(LeadInTerms.MaxLength)] IReadOnlyList<string>? En)
{
    public const string TooManyTerms = "At most {1} terms.";
}

/// <summary>The lead-in terms of one entry, with what it is.</summary>
/// <param name="Kind">support-area or target-group.</param>
/// <param name="Code">The entry's code.</param>
/// <param name="Name">Its name in the language asked for.</param>
/// <param name="Lv">Latvian terms.</param>
/// <param name="En">English terms.</param>
/// <param name="Version">Raised by every change; the ETag is built from it ("v3"), for clients that cannot read headers.</param>
public sealed record LeadInTermsDto(
    [property: MaxLength(20)] string Kind,
    [property: MaxLength(ProfileLimits.Slug)] string Code,
    [property: MaxLength(ProfileLimits.Name)] string Name,
    [property: MaxLength(LeadInTerms.MaxTerms), EachMaxLength(LeadInTerms.MaxLength)] IReadOnlyList<string> Lv,
    [property: MaxLength(LeadInTerms.MaxTerms), EachMaxLength(LeadInTerms.MaxLength)] IReadOnlyList<string> En,
    [property: Range(1, int.MaxValue)] int Version);

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
