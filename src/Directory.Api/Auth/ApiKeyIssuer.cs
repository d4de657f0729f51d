using System.Security.Cryptography;
using System.Text;
using Directory.Domain;
using Directory.Infrastructure;

namespace Directory.Api.Auth;

/// <summary>Makes random API keys; the database keeps only their hashes.</summary>
public static class ApiKeyIssuer
{
    private const string KeyPrefix = "lblt_";

    public static async Task<(ApiKey Stored, string Key)> CreateAsync(DirectoryDbContext db, string name, Role role, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = KeyPrefix + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var stored = new ApiKey
        {
            Id = Guid.NewGuid(),
            Name = name,
            Role = role,
            KeyHash = Hash(key),
            Prefix = key[..(KeyPrefix.Length + 6)],
            CreatedAt = DateTime.UtcNow,
        };
        db.ApiKeys.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return (stored, key);
    }

    // Keys are 256 random bits, so a fast hash is enough: nothing to brute-force.
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
