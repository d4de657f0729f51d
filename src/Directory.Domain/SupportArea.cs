namespace Directory.Domain;

/// <summary>A field of support; may nest one level (a parent groups related fields).</summary>
public class SupportArea
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameLv { get; set; }
    public required string NameEn { get; set; }
    public int Position { get; set; }

    public int? ParentId { get; set; }
    public SupportArea? Parent { get; set; }
    public List<SupportArea> Children { get; set; } = [];
}
