using Directory.Infrastructure.Configurations;
using System.ComponentModel.DataAnnotations;

namespace Directory.Api.Contracts;

/// <summary>A published expert profile. Contact details appear only while the expert's consent is recorded.</summary>
public sealed record ExpertDto
{
    /// <example>e9df06c2-be30-4499-a161-0ff10ede4310</example>
    public required Guid Id { get; init; }
    /// <example>ilze-ozola</example>
    [MaxLength(ProfileLimits.Slug)]
    public required string Slug { get; init; }
    /// <example>Ilze Ozola</example>
    [MaxLength(ProfileLimits.Name)]
    public required string Name { get; init; }
    /// <example>Klīniskā psiholoģe</example>
    [MaxLength(ProfileLimits.Name)]
    public required string Title { get; init; }
    /// <example>Cerības tilts</example>
    [MaxLength(ProfileLimits.Name)]
    public string? Affiliation { get; init; }

    /// <summary>Short bio in the response language, or in Latvian where there is no translation.</summary>
    /// <example>Ilze Ozola ir izdomāts demonstrācijas eksperta profils.</example>
    public required string Bio { get; init; }

    [MaxLength(ProfileLimits.ListItems)]
    public required IReadOnlyList<CodeName> Expertise { get; init; }
    public required WorkAreaDto WorkArea { get; init; }
    /// <example>["lv","ru"]</example>
    [MaxLength(ProfileLimits.ListItems), EachMaxLength(3)]
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>advice, talks, policyReview, training, mentoring, research.</summary>
    /// <example>["advice","talks"]</example>
    [MaxLength(ProfileLimits.ListItems), EachMaxLength(30)]
    public required IReadOnlyList<string> HelpOffered { get; init; }

    public required AvailabilityDto Availability { get; init; }

    /// <summary>Null unless the expert has consented to publishing them.</summary>
    public ExpertContactsDto? Contacts { get; init; }

    /// <example>true</example>
    public required bool IsDemo { get; init; }
    /// <example>2025-02-01T10:00:00Z</example>
    public required DateTime CreatedAt { get; init; }
    /// <example>2026-04-12T08:15:00Z</example>
    public required DateTime UpdatedAt { get; init; }

    /// <summary>Raised on every change. Writes name it in If-Match, as the item's ETag or as "v{version}".</summary>
    /// <example>2</example>
    [Range(1, int.MaxValue)]
    public required int Version { get; init; }
}

/// <param name="Status">available, limited or unavailable.</param>
/// <param name="Note">Free text, e.g. hours a month.</param>
public sealed record AvailabilityDto([property: WireEnum(typeof(Domain.Availability))] string Status, string? Note);

/// <param name="Email">Public e-mail address.</param>
/// <param name="Phone">+371 and eight digits.</param>
/// <param name="Website">Absolute http(s) URL.</param>
public sealed record ExpertContactsDto(
    [property: EmailAddress, MaxLength(ProfileLimits.Email)] string? Email,
    [property: RegularExpression(@"^\+371[0-9]{8}$"), MaxLength(12)] string? Phone,
    [property: MaxLength(ProfileLimits.Url)] Uri? Website);
