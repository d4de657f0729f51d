namespace Directory.Domain;

public class Ngo : IDirectoryProfile
{
    public Guid Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public LegalForm LegalForm { get; set; }

    /// <summary>The 11-digit number in the Register of Enterprises.</summary>
    public required string RegistrationNumber { get; set; }

    public required string DescriptionLv { get; set; }
    public string? DescriptionEn { get; set; }

    public int RegisteredMunicipalityId { get; set; }
    public Region? RegisteredMunicipality { get; set; }
    public required string Address { get; set; }

    /// <summary>Latvian postal code, <c>LV-####</c>.</summary>
    public required string PostalCode { get; set; }

    /// <summary>Works all over Latvia; then <see cref="WorkAreas"/> may be empty.</summary>
    public bool Nationwide { get; set; }

    public List<NgoWorkArea> WorkAreas { get; set; } = [];
    public List<NgoSupportArea> SupportAreas { get; set; } = [];
    public List<NgoTargetGroup> TargetGroups { get; set; } = [];
    /// <summary>ISO 639 codes of the languages the NGO serves in, e.g. <c>lv</c>, <c>ru</c>, <c>ltg</c>.</summary>
    public List<string> Languages { get; set; } = [];

    public string? Email { get; set; }

    /// <summary><c>+371</c> and eight digits.</summary>
    public string? Phone { get; set; }

    public string? Website { get; set; }
    public List<SocialLink> SocialLinks { get; set; } = [];

    public bool IsMember { get; set; }
    public PublicationStatus Status { get; set; }
    public bool IsDemo { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Raised on every change; the ETag of the item and the optimistic-concurrency token.</summary>
    public int Version { get; set; } = 1;

    public string NameSortKey { get; set; } = "";

    public void RefreshDerivedText()
    {
        NameSortKey = LatvianText.SortKey(Name);
    }
}

public class NgoWorkArea
{
    public Guid NgoId { get; set; }
    public int RegionId { get; set; }
}

public class NgoSupportArea
{
    public Guid NgoId { get; set; }
    public int SupportAreaId { get; set; }
}

public class NgoTargetGroup
{
    public Guid NgoId { get; set; }
    public int TargetGroupId { get; set; }
}
