namespace Directory.Domain;

[Flags]
#pragma warning disable CA1714 // "Kinds" is the domain's plural for a set of kinds of help.
public enum HelpKinds
#pragma warning restore CA1714
{
    None = 0,
    Advice = 1,
    Talks = 2,
    PolicyReview = 4,
    Training = 8,
    Mentoring = 16,
    Research = 32,
}

public enum Availability
{
    Available,
    Limited,
    Unavailable,
}

/// <summary>A volunteer expert: a natural person, so contact details are public only with recorded consent.</summary>
public class Expert : IDirectoryProfile
{
    public Guid Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string Title { get; set; }
    public string? Affiliation { get; set; }
    public required string BioLv { get; set; }
    public string? BioEn { get; set; }

    public bool Nationwide { get; set; }
    public List<ExpertWorkArea> Regions { get; set; } = [];
    public List<ExpertSupportArea> Expertise { get; set; } = [];
    public List<string> Languages { get; set; } = [];

    public HelpKinds HelpKinds { get; set; }
    public Availability Availability { get; set; }
    public string? AvailabilityNote { get; set; }

    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }

    /// <summary>When the expert consented to publishing their contact details; null means never or withdrawn.</summary>
    public DateTime? ContactConsentAt { get; set; }

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

public class ExpertWorkArea
{
    public Guid ExpertId { get; set; }
    public int RegionId { get; set; }
}

public class ExpertSupportArea
{
    public Guid ExpertId { get; set; }
    public int SupportAreaId { get; set; }
}
