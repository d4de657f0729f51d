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

    /// <summary>Place in the changes feed: given at commit, in commit order, without gaps or repeats.</summary>
    public long Position { get; set; }

    /// <summary>The change touched public data: the profile was published before or after it.</summary>
    public bool Public { get; set; }
}
