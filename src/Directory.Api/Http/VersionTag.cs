using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Directory.Api.Http;

/// <summary>
/// Strong ETags of single profiles: the row version (raised on every write), the reference-data
/// generation (names inside the item) and the response language. If-Match compares the version only.
/// </summary>
public static class VersionTag
{
    /// <summary>An ETag header, or an If-Match / If-None-Match list of them, as the contract bounds it.</summary>
    public const int MaxHeaderLength = 200;

    public static string For(int version, int referenceGeneration, string language) =>
        $"\"v{version.ToString(CultureInfo.InvariantCulture)}.{referenceGeneration.ToString(CultureInfo.InvariantCulture)}.{language}\"";

    public static int? VersionOf(string? tag) =>
        tag is not null && EntityTagHeaderValue.TryParse(tag, out var parsed) ? VersionOf(parsed) : null;

    public static int? VersionOf(EntityTagHeaderValue tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var value = tag.Tag.ToString().Trim('"');
        var end = value.IndexOf('.', StringComparison.Ordinal);
        return value.StartsWith('v') && int.TryParse(end < 0 ? value[1..] : value[1..end], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : null;
    }
}
