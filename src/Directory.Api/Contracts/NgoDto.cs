using Directory.Infrastructure.Configurations;
using System.ComponentModel.DataAnnotations;

namespace Directory.Api.Contracts;

/// <summary>A published NGO profile.</summary>
public sealed record NgoDto
{
    /// <example>b4fe351b-b7d9-4ac7-a828-0111b83d3041</example>
    public required Guid Id { get; init; }
    /// <example>ceribas-tilts</example>
    [MaxLength(ProfileLimits.Slug)]
    public required string Slug { get; init; }
    /// <example>Cerības tilts</example>
    [MaxLength(ProfileLimits.Name)]
    public required string Name { get; init; }
    /// <example>CT</example>
    [MaxLength(ProfileLimits.ShortName)]
    public string? ShortName { get; init; }

    /// <summary>association (biedrība), foundation (nodibinājums) or religiousOrganisation.</summary>
    /// <example>association</example>
    [WireEnum(typeof(Domain.LegalForm))]
    public required string LegalForm { get; init; }

    /// <summary>11-digit number in the Register of Enterprises.</summary>
    /// <example>40008000225</example>
    [RegularExpression("^[0-9]{11}$"), MaxLength(11)]
    public required string RegistrationNumber { get; init; }

    /// <summary>Description in the response language, or in Latvian where there is no translation.</summary>
    /// <example>Cerības tilts ir izdomāta demonstrācijas organizācija. Atbalsta jomas: audžuģimenes.</example>
    public required string Description { get; init; }

    /// <summary>The language <see cref="Description"/> is in.</summary>
    /// <example>lv</example>
    [MaxLength(3)]
    public required string DescriptionLanguage { get; init; }

    public required NgoRegistrationDto Registered { get; init; }
    public required WorkAreaDto WorkArea { get; init; }
    [MaxLength(ProfileLimits.ListItems)]
    public required IReadOnlyList<CodeName> SupportAreas { get; init; }

    [MaxLength(ProfileLimits.ListItems)]
    public required IReadOnlyList<CodeName> TargetGroups { get; init; }

    /// <summary>ISO 639 codes of the languages of service.</summary>
    /// <example>["lv","ru","ltg"]</example>
    [MaxLength(ProfileLimits.ListItems), EachMaxLength(3)]
    public required IReadOnlyList<string> Languages { get; init; }

    public required NgoContactsDto Contacts { get; init; }

    /// <summary>Member of the Child Welfare Network (LBLT).</summary>
    /// <example>true</example>
    public required bool IsMember { get; init; }

    /// <example>published</example>
    [WireEnum(typeof(Domain.PublicationStatus))]
    public required string Status { get; init; }

    /// <summary>True for the fictional demonstration profiles.</summary>
    /// <example>true</example>
    public required bool IsDemo { get; init; }

    /// <example>2024-03-18T09:30:00Z</example>
    public required DateTime CreatedAt { get; init; }
    /// <example>2026-05-04T14:05:00Z</example>
    public required DateTime UpdatedAt { get; init; }

    /// <summary>Raised on every change. Writes name it in If-Match, as the item's ETag or as "v{version}".</summary>
    /// <example>3</example>
    [Range(1, int.MaxValue)]
    public required int Version { get; init; }
}

/// <summary>Where the NGO is registered.</summary>
/// <param name="Municipality">The municipality of the legal address.</param>
/// <param name="Address">Street address.</param>
/// <param name="PostalCode">LV-#### postal code.</param>
public sealed record NgoRegistrationDto(RegionRef Municipality, [property: MaxLength(ProfileLimits.Name)] string Address, [property: RegularExpression("^LV-[0-9]{4}$"), MaxLength(7)] string PostalCode);

/// <summary>Where a profile works: all of Latvia, or the listed regions.</summary>
/// <param name="Nationwide">Works all over Latvia.</param>
/// <param name="Regions">Planning regions and municipalities it works in.</param>
public sealed record WorkAreaDto(bool Nationwide, [property: MaxLength(ProfileLimits.ListItems)] IReadOnlyList<RegionRef> Regions);

/// <param name="Email">Public e-mail address.</param>
/// <param name="Phone">+371 and eight digits.</param>
/// <param name="Website">Absolute http(s) URL.</param>
/// <param name="Social">Links to social networks.</param>
public sealed record NgoContactsDto(
    [property: EmailAddress, MaxLength(ProfileLimits.Email)] string? Email,
    [property: RegularExpression(@"^\+371[0-9]{8}$"), MaxLength(12)] string? Phone,
    [property: MaxLength(ProfileLimits.Url)] Uri? Website,
    [property: MaxLength(ProfileLimits.ListItems)] IReadOnlyList<SocialLinkDto> Social);

/// <param name="Network">facebook, instagram, linkedin, youtube, x, tiktok …</param>
/// <param name="Url">Absolute URL of the profile.</param>
public sealed record SocialLinkDto([property: MaxLength(30)] string Network, [property: MaxLength(ProfileLimits.Url)] Uri Url);
