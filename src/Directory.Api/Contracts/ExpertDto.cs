namespace Directory.Api.Contracts;

/// <summary>A published expert profile. Contact details appear only while the expert's consent is recorded.</summary>
public sealed record ExpertDto
{
    public required Guid Id { get; init; }
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required string Title { get; init; }
    public string? Affiliation { get; init; }

    /// <summary>Short bio in the response language, or in Latvian where there is no translation.</summary>
    public required string Bio { get; init; }

    public required IReadOnlyList<CodeName> Expertise { get; init; }
    public required WorkAreaDto WorkArea { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>advice, talks, policyReview, training, mentoring, research.</summary>
    public required IReadOnlyList<string> HelpOffered { get; init; }

    public required AvailabilityDto Availability { get; init; }

    /// <summary>Null unless the expert has consented to publishing them.</summary>
    public ExpertContactsDto? Contacts { get; init; }

    public required bool IsDemo { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}

/// <param name="Status">available, limited or unavailable.</param>
/// <param name="Note">Free text, e.g. hours a month.</param>
public sealed record AvailabilityDto(string Status, string? Note);

public sealed record ExpertContactsDto(string? Email, string? Phone, string? Website);
