namespace Directory.Api.Contracts;

/// <summary>A published NGO profile.</summary>
public sealed record NgoDto
{
    public required Guid Id { get; init; }
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public string? ShortName { get; init; }

    /// <summary>association (biedrība), foundation (nodibinājums) or religiousOrganisation.</summary>
    public required string LegalForm { get; init; }

    /// <summary>11-digit number in the Register of Enterprises.</summary>
    public required string RegistrationNumber { get; init; }

    /// <summary>Description in the response language, or in Latvian where there is no translation.</summary>
    public required string Description { get; init; }

    /// <summary>The language <see cref="Description"/> is in.</summary>
    public required string DescriptionLanguage { get; init; }

    public required NgoRegistrationDto Registered { get; init; }
    public required WorkAreaDto WorkArea { get; init; }
    public required IReadOnlyList<CodeName> SupportAreas { get; init; }
    public required IReadOnlyList<CodeName> TargetGroups { get; init; }

    /// <summary>ISO 639 codes of the languages of service.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    public required NgoContactsDto Contacts { get; init; }

    /// <summary>Member of the Child Welfare Network (LBLT).</summary>
    public required bool IsMember { get; init; }

    public required string Status { get; init; }

    /// <summary>True for the fictional demonstration profiles.</summary>
    public required bool IsDemo { get; init; }

    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}

/// <summary>Where the NGO is registered.</summary>
public sealed record NgoRegistrationDto(RegionRef Municipality, string Address, string PostalCode);

/// <summary>Where a profile works: all of Latvia, or the listed regions.</summary>
public sealed record WorkAreaDto(bool Nationwide, IReadOnlyList<RegionRef> Regions);

public sealed record NgoContactsDto(string? Email, string? Phone, string? Website, IReadOnlyList<SocialLinkDto> Social);

public sealed record SocialLinkDto(string Network, string Url);
