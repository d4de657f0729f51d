using Directory.Api.Contracts;
using System.ComponentModel.DataAnnotations;
using Directory.Api.Validation;
using Directory.Infrastructure.Configurations;

namespace Directory.Api.Writes;

/// <summary>
/// An NGO as editors write it (POST, PUT, and the document a merge patch applies to). Server-owned
/// fields (id, version, timestamps, audit) are not in it, and unknown members are rejected.
/// </summary>
[Microsoft.Extensions.Validation.ValidatableType]
public sealed record NgoWriteRequest
{
    /// <summary>URL name; made from the name when left out on creation.</summary>
    [Text(ProfileLimits.Slug)]
    public string? Slug { get; init; }

    [Text(ProfileLimits.Name)]
    public string? Name { get; init; }

    [Text(ProfileLimits.ShortName)]
    public string? ShortName { get; init; }

    /// <summary>association, foundation or religiousOrganisation.</summary>
    [Contracts.WireEnum(typeof(Domain.LegalForm))]
    public string? LegalForm { get; init; }

    /// <summary>11 digits with a valid check digit.</summary>
    [LatvianRegistrationNumber, MaxLength(11)]
    public string? RegistrationNumber { get; init; }

    [Text(ProfileLimits.Description, Multiline = true)]
    public string? DescriptionLv { get; init; }

    [Text(ProfileLimits.Description, Multiline = true)]
    public string? DescriptionEn { get; init; }

    /// <summary>ATVK code (or slug) of the municipality of the legal address.</summary>
    [Text(ProfileLimits.Slug)]
    public string? RegisteredMunicipality { get; init; }

    [Text(ProfileLimits.Name)]
    public string? Address { get; init; }

    /// <summary>LV-####.</summary>
    [LatvianPostalCode, MaxLength(7)]
    public string? PostalCode { get; init; }
    public bool Nationwide { get; init; }

    /// <summary>Planning-region slugs or municipality ATVK codes.</summary>
    [Items]
    public IReadOnlyList<string>? WorkAreas { get; init; }

    [Items]
    public IReadOnlyList<string>? SupportAreas { get; init; }

    [Items]
    public IReadOnlyList<string>? TargetGroups { get; init; }

    [Items, EachMaxLength(3)]
    public IReadOnlyList<string>? Languages { get; init; }

    [Text(ProfileLimits.Email), MailAddress]
    public string? Email { get; init; }

    /// <summary>+371 and eight digits.</summary>
    [LatvianPhone, MaxLength(12)]
    public string? Phone { get; init; }

    /// <summary>Absolute http(s) URL.</summary>
    [Text(ProfileLimits.Url), HttpUrl]
    public string? Website { get; init; }

    [Items]
    public IReadOnlyList<SocialLinkWrite>? SocialLinks { get; init; }
    public bool IsMember { get; init; }

    /// <summary>draft (default), published or archived.</summary>
    [Contracts.WireEnum(typeof(Domain.PublicationStatus))]
    public string? Status { get; init; }
}

public sealed record SocialLinkWrite([property: Text(30)] string? Network, [property: Text(ProfileLimits.Url), HttpUrl] string? Url);

/// <summary>An expert as editors write it. Contact details are published only while <see cref="ContactConsent"/> is true.</summary>
[Microsoft.Extensions.Validation.ValidatableType]
public sealed record ExpertWriteRequest
{
    [Text(ProfileLimits.Slug)]
    public string? Slug { get; init; }

    [Text(ProfileLimits.Name)]
    public string? Name { get; init; }

    [Text(ProfileLimits.Name)]
    public string? Title { get; init; }

    [Text(ProfileLimits.Name)]
    public string? Affiliation { get; init; }

    [Text(ProfileLimits.Description, Multiline = true)]
    public string? BioLv { get; init; }

    [Text(ProfileLimits.Description, Multiline = true)]
    public string? BioEn { get; init; }
    public bool Nationwide { get; init; }

    [Items]
    public IReadOnlyList<string>? Regions { get; init; }

    [Items]
    public IReadOnlyList<string>? Expertise { get; init; }

    [Items, EachMaxLength(3)]
    public IReadOnlyList<string>? Languages { get; init; }

    /// <summary>advice, talks, policyReview, training, mentoring, research.</summary>
    [Items, EachMaxLength(30)]
    public IReadOnlyList<string>? HelpOffered { get; init; }

    /// <summary>available, limited or unavailable.</summary>
    [Contracts.WireEnum(typeof(Domain.Availability))]
    public string? Availability { get; init; }

    [Text(200)]
    public string? AvailabilityNote { get; init; }

    [Text(ProfileLimits.Email), MailAddress]
    public string? Email { get; init; }

    [LatvianPhone, MaxLength(12)]
    public string? Phone { get; init; }

    [Text(ProfileLimits.Url), HttpUrl]
    public string? Website { get; init; }

    /// <summary>The expert has consented to publishing the contact details; false hides them at once.</summary>
    public bool ContactConsent { get; init; }

    /// <summary>draft (default), published or archived.</summary>
    [Contracts.WireEnum(typeof(Domain.PublicationStatus))]
    public string? Status { get; init; }
}
