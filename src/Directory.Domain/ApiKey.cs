namespace Directory.Domain;

public enum Role
{
    Partner,
    Editor,
    Admin,
}

/// <summary>An API key: only its SHA-256 hash is kept; the key itself is shown once, at creation.</summary>
public class ApiKey
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public Role Role { get; set; }

    /// <summary>Hex SHA-256 of the key.</summary>
    public required string KeyHash { get; set; }

    /// <summary>The first characters of the key, to tell keys apart in lists.</summary>
    public required string Prefix { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
