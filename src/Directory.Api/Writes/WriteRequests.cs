namespace Directory.Api.Writes;

/// <summary>
/// An NGO as editors write it (POST, PUT, and the document a merge patch applies to). Server-owned
/// fields (id, version, timestamps, audit) are not in it, and unknown members are rejected.
/// </summary>
public sealed record NgoWriteRequest
{
    /// <summary>URL name; made from the name when left out on creation.</summary>
    public string? Slug { get; init; }
    public string? Name { get; init; }
    public string? ShortName { get; init; }

    /// <summary>association, foundation or religiousOrganisation.</summary>
    [Contracts.WireEnum(typeof(Domain.LegalForm))]
    public string? LegalForm { get; init; }

    /// <summary>11 digits with a valid check digit.</summary>
    public string? RegistrationNumber { get; init; }
    public string? DescriptionLv { get; init; }
    public string? DescriptionEn { get; init; }

    /// <summary>ATVK code (or slug) of the municipality of the legal address.</summary>
    public string? RegisteredMunicipality { get; init; }
    public string? Address { get; init; }

    /// <summary>LV-####.</summary>
    public string? PostalCode { get; init; }
    public bool Nationwide { get; init; }

    /// <summary>Planning-region slugs or municipality ATVK codes.</summary>
    public IReadOnlyList<string>? WorkAreas { get; init; }
    public IReadOnlyList<string>? SupportAreas { get; init; }
    public IReadOnlyList<string>? TargetGroups { get; init; }
    public IReadOnlyList<string>? Languages { get; init; }
    public string? Email { get; init; }

    /// <summary>+371 and eight digits.</summary>
    public string? Phone { get; init; }

    /// <summary>Absolute http(s) URL.</summary>
    public string? Website { get; init; }
    public IReadOnlyList<SocialLinkWrite>? SocialLinks { get; init; }
    public bool IsMember { get; init; }

    /// <summary>draft (default), published or archived.</summary>
    [Contracts.WireEnum(typeof(Domain.PublicationStatus))]
    public string? Status { get; init; }
}

public sealed record SocialLinkWrite(string? Network, string? Url);

/// <summary>An expert as editors write it. Contact details are published only while <see cref="ContactConsent"/> is true.</summary>
public sealed record ExpertWriteRequest
{
    public string? Slug { get; init; }
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? Affiliation { get; init; }
    public string? BioLv { get; init; }
    public string? BioEn { get; init; }
    public bool Nationwide { get; init; }
    public IReadOnlyList<string>? Regions { get; init; }
    public IReadOnlyList<string>? Expertise { get; init; }
    public IReadOnlyList<string>? Languages { get; init; }

    /// <summary>advice, talks, policyReview, training, mentoring, research.</summary>
    public IReadOnlyList<string>? HelpOffered { get; init; }

    /// <summary>available, limited or unavailable.</summary>
    [Contracts.WireEnum(typeof(Domain.Availability))]
    public string? Availability { get; init; }
    public string? AvailabilityNote { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Website { get; init; }

    /// <summary>The expert has consented to publishing the contact details; false hides them at once.</summary>
    public bool ContactConsent { get; init; }

    /// <summary>draft (default), published or archived.</summary>
    [Contracts.WireEnum(typeof(Domain.PublicationStatus))]
    public string? Status { get; init; }
}
