namespace Directory.Domain;

/// <summary>A field of support; may nest one level (a parent groups related fields).</summary>
public class SupportArea
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

    public int? ParentId { get; set; }
    public SupportArea? Parent { get; set; }
    public List<SupportArea> Children { get; set; } = [];
}
