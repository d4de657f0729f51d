namespace Directory.Domain;

/// <summary>Who a profile serves (age bands and situations), kept apart from the field of support as in the official NGO classification.</summary>
public class TargetGroup
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameLv { get; set; }
    public required string NameEn { get; set; }
    public int Position { get; set; }

    /// <summary>Latvian lead-in terms, one per line (<see cref="LeadInTerms"/>).</summary>
    public string? LeadInTermsLv { get; set; }

    /// <summary>English lead-in terms, one per line.</summary>
    public string? LeadInTermsEn { get; set; }

    /// <summary>Raised by every change of the lead-in terms: the version If-Match names.</summary>
    public int TermsVersion { get; set; }
}
