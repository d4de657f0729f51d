namespace Directory.Domain;

public enum AuditAction
{
    Create,
    Update,
    Archive,
    Erase,
}

/// <summary>One change to a profile: who, when, and each changed field before and after.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public required string EntityType { get; set; }
    public Guid EntityId { get; set; }
    public AuditAction Action { get; set; }
    public required string Actor { get; set; }
    public DateTime At { get; set; }

    /// <summary>JSON object: field → { before, after }. Emptied when the person is erased.</summary>
    public string? Changes { get; set; }
}
