namespace Directory.Domain;

/// <summary>Who a profile serves (age bands and situations), kept apart from the field of support as in the official NGO classification.</summary>
public class TargetGroup
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameLv { get; set; }
    public required string NameEn { get; set; }
    public int Position { get; set; }
}
