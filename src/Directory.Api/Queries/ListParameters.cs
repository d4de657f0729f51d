using System.ComponentModel.DataAnnotations;
using Directory.Api.Contracts;
using Directory.Infrastructure.Configurations;
using Microsoft.AspNetCore.Mvc;

namespace Directory.Api.Queries;

// [ValidatableType] on each parameter class: DeclaredRules runs their rules, and the lists bind them through
// a delegate (Endpoints/ProfileReadRoutes.cs) that the validation generator does not follow.

/// <summary>The filters of <c>GET /ngos</c>, its facets and export. List parameters may repeat or be comma-separated.</summary>
[Microsoft.Extensions.Validation.ValidatableType]
public class NgoFilterParameters
{
    /// <summary>Words to find in the name, short name and descriptions, or in the names of the NGO's support areas, target groups and places. Any form of a Latvian or English word finds the others ("invaliditāte" finds "invaliditāti"); case and diacritics do not matter; a word of 5+ letters forgives a typo (9+: two), in at most two words of a query; the last word also matches the start of a word. Every word must match. At most 200 characters and 12 words.</summary>
    [FromQuery(Name = "q"), StringLength(ListLimits.MaxQueryLength, ErrorMessage = ListLimits.TooLong)] public string? Q { get; init; }

    /// <summary>Planning-region slug or municipality ATVK code (or slug). A planning region matches its municipalities; a municipality matches profiles working there, in its planning region as a whole, or nationwide.</summary>
    [FromQuery(Name = "region"), MaxLength(ListLimits.MaxValuesPerParameter, ErrorMessage = ListLimits.TooManyValues)] public string[]? Region { get; init; }

    /// <summary>Support-area code; a parent matches its children.</summary>
    [FromQuery(Name = "supportArea"), MaxLength(ListLimits.MaxValuesPerParameter, ErrorMessage = ListLimits.TooManyValues)] public string[]? SupportArea { get; init; }

    /// <summary>Target-group code.</summary>
    [FromQuery(Name = "targetGroup"), MaxLength(ListLimits.MaxValuesPerParameter, ErrorMessage = ListLimits.TooManyValues)] public string[]? TargetGroup { get; init; }

    /// <summary>ISO 639 language code of service, e.g. lv, ru, en.</summary>
    [FromQuery(Name = "language"), EachValueMatches(ListLimits.LanguageListPattern, ErrorMessage = ListLimits.NotLanguageCodes), MaxLength(ListLimits.MaxValuesPerParameter, ErrorMessage = ListLimits.TooManyValues), EachMaxLength(ListLimits.LanguageListLength)] public string[]? Language { get; init; }

    /// <summary>Only LBLT members (true) or non-members (false).</summary>
    [FromQuery(Name = "member")] public bool? Member { get; init; }

    /// <summary>Only profiles updated at or after this ISO 8601 date or date-time (UTC unless an offset is given).</summary>
    [FromQuery(Name = "updatedSince"), RegularExpression(ListLimits.IsoDatePattern, ErrorMessage = ListLimits.NotIsoDate), MaxLength(35, ErrorMessage = ListLimits.TooLong)] public string? UpdatedSince { get; init; }
}

/// <summary>The filters of <c>GET /experts</c> and its export. List parameters may repeat or be comma-separated.</summary>
[Microsoft.Extensions.Validation.ValidatableType]
public class ExpertFilterParameters
{
    /// <summary>Words to find in the name, title, affiliation and bio, or in the names of the expert's fields of expertise and places; matched as the NGOs' <c>q</c> is. At most 200 characters and 12 words.</summary>
    [FromQuery(Name = "q"), StringLength(ListLimits.MaxQueryLength, ErrorMessage = ListLimits.TooLong)] public string? Q { get; init; }

    /// <summary>Support-area code of the expert's field of expertise; a parent matches its children.</summary>
    [FromQuery(Name = "expertise"), MaxLength(ProfileLimits.ListItems, ErrorMessage = ListLimits.TooManyValues)] public string[]? Expertise { get; init; }

    /// <summary>Planning-region slug or municipality ATVK code (or slug), matched as for NGOs.</summary>
    [FromQuery(Name = "region"), MaxLength(ListLimits.MaxValuesPerParameter, ErrorMessage = ListLimits.TooManyValues)] public string[]? Region { get; init; }

    /// <summary>ISO 639 language code, e.g. lv, ru, en.</summary>
    [FromQuery(Name = "language"), EachValueMatches(ListLimits.LanguageListPattern, ErrorMessage = ListLimits.NotLanguageCodes), MaxLength(ListLimits.MaxValuesPerParameter, ErrorMessage = ListLimits.TooManyValues), EachMaxLength(ListLimits.LanguageListLength)] public string[]? Language { get; init; }

    /// <summary>Only profiles updated at or after this ISO 8601 date or date-time (UTC unless an offset is given).</summary>
    [FromQuery(Name = "updatedSince"), RegularExpression(ListLimits.IsoDatePattern, ErrorMessage = ListLimits.NotIsoDate), MaxLength(35, ErrorMessage = ListLimits.TooLong)] public string? UpdatedSince { get; init; }
}

/// <summary>The order and page of a list (<c>GET /ngos</c>, <c>GET /experts</c>), bound beside its filters; exports and facets take the filters alone.</summary>
public abstract class ListOrderParameters
{
    /// <summary>The sort value asked for (declared with its documentation by each list).</summary>
    public abstract string? Sort { get; init; }

    /// <summary>1-based page number.</summary>
    [FromQuery(Name = "page"), Range(1, ListLimits.MaxPage, ErrorMessage = ListLimits.OutOfRange)] public int? Page { get; init; }

    /// <summary>Items per page, 1–100 (default 20).</summary>
    [FromQuery(Name = "pageSize"), Range(1, ListLimits.MaxPageSize, ErrorMessage = ListLimits.OutOfRange)] public int? PageSize { get; init; }
}

// Sort is declared by each list: the released contract names their sort values NgoListSort and
// ExpertListSort, after the declaring class (Setup/OpenApi/QueryParameterSchemaFilter).

/// <summary>The order and page of <c>GET /ngos</c>.</summary>
[Microsoft.Extensions.Validation.ValidatableType]
public sealed class NgoListParameters : ListOrderParameters
{
    /// <summary>name, -name, updated, -updated, or relevance (with q; the default then).</summary>
    [FromQuery(Name = "sort"), ListSortValues] public override string? Sort { get; init; }
}

/// <summary>The order and page of <c>GET /experts</c>.</summary>
[Microsoft.Extensions.Validation.ValidatableType]
public sealed class ExpertListParameters : ListOrderParameters
{
    /// <summary>name, -name, updated, -updated, or relevance (with q; the default then).</summary>
    [FromQuery(Name = "sort"), ListSortValues] public override string? Sort { get; init; }
}

/// <summary>The sort values of every list, in one place.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ListSortValuesAttribute : AllowedValuesAttribute
{
    public ListSortValuesAttribute()
        : base(ListLimits.SortName, ListLimits.SortNameDescending, ListLimits.SortUpdated, ListLimits.SortUpdatedDescending, ListLimits.SortRelevance) =>
        ErrorMessage = $"Must be one of {string.Join(", ", Values)}.";

    // Left out is the list's default; the framework's AllowedValuesAttribute would refuse null.
    public override bool IsValid(object? value) => value is null || base.IsValid(value);
}

/// <summary>
/// A pattern each value of a repeated parameter matches (<c>?language=lv&amp;language=ru,en</c>); the
/// framework's <see cref="RegularExpressionAttribute"/>, which the OpenAPI document shows, tests one string.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class EachValueMatchesAttribute(string pattern) : RegularExpressionAttribute(pattern)
{
    public override bool IsValid(object? value) =>
        value is IEnumerable<string?> values ? values.All(v => base.IsValid(v)) : base.IsValid(value);
}
