using System.Security.Cryptography;
using System.Text;

namespace Directory.Api.Hsds;

/// <summary>
/// Stable ids for HSDS objects the directory has no row for (an NGO's service, its location, a taxonomy
/// term…), the same on every request, instance and restart, so an HSDS consumer can sync by id: the
/// organization is the NGO's own id; most others are name-based UUIDs (RFC 9562 version 5) in a
/// namespace of our own.
/// </summary>
public static class HsdsIds
{
    private static readonly Guid Namespace = new("5b0e4f7e-3c1a-4d5e-9a41-6c1b7f0e2d3a");

    public static Guid Of(params object[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var name = Encoding.UTF8.GetBytes(string.Join('/', parts.Select(p => p is Guid g ? g.ToString("D") : Convert.ToString(p, System.Globalization.CultureInfo.InvariantCulture))));
        var input = new byte[16 + name.Length];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input, 16);
        // SHA-1 is what version 5 is defined with: an identifier, not a security boundary.
#pragma warning disable CA5350
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    // The objects an HSDS item URL names are the NGO's id with a fixed mask applied: stable like the
    // others, and turned back into the NGO's id without a lookup table.
    private static readonly Guid ServiceMask = new("00000000-0000-0000-0000-5e7f1ce00001");
    private static readonly Guid LocationMask = new("00000000-0000-0000-0000-10ca7e000002");
    private static readonly Guid ServiceAtLocationMask = new("00000000-0000-0000-0000-5a1000000003");

    public static Guid Service(Guid ngo) => Masked(ngo, ServiceMask);

    public static Guid Location(Guid ngo) => Masked(ngo, LocationMask);

    public static Guid ServiceAtLocation(Guid ngo) => Masked(ngo, ServiceAtLocationMask);

    public static Guid NgoOfService(Guid service) => Masked(service, ServiceMask);

    public static Guid NgoOfServiceAtLocation(Guid serviceAtLocation) => Masked(serviceAtLocation, ServiceAtLocationMask);

    /// <summary>The bytes of <paramref name="id"/> XOR <paramref name="mask"/>: the mask leaves the version and variant digits alone.</summary>
    private static Guid Masked(Guid id, Guid mask)
    {
        Span<byte> bytes = stackalloc byte[16];
        Span<byte> masks = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        mask.TryWriteBytes(masks);
        for (var i = 0; i < 16; i++)
        {
            bytes[i] ^= masks[i];
        }

        return new Guid(bytes);
    }

    public static Guid SupportAreas { get; } = Of("taxonomy", "support-areas");

    public static Guid TargetGroups { get; } = Of("taxonomy", "target-groups");

    public static Guid SupportAreaTerm(string code) => Of("support-area", code);

    public static Guid TargetGroupTerm(string code) => Of("target-group", code);
}
