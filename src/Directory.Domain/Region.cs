namespace Directory.Domain;

public enum RegionKind
{
    PlanningRegion,
    StateCity,
    Municipality,
}

/// <summary>A planning region or a municipality. Planning regions are identified by their slug, municipalities by ATVK code.</summary>
public class Region
{
    public int Id { get; set; }

    /// <summary>Public code: the planning-region slug (<c>latgale</c>) or the municipality's ATVK code (<c>0001000</c>).</summary>
    public required string Code { get; set; }

    public required string Slug { get; set; }
    public required RegionKind Kind { get; set; }
    public required string NameLv { get; set; }
    public required string NameEn { get; set; }
    public string? Nuts3 { get; set; }
    public string? IsoCode { get; set; }

    public int? ParentId { get; set; }
    public Region? Parent { get; set; }
    public List<Region> Children { get; set; } = [];
}
