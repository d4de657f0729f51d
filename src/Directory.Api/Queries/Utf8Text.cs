using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Directory.Api.Queries;

/// <summary>
/// A long text (a description, a bio) held as UTF-8: mostly-ASCII Latvian and English take about half
/// the memory of a string, which counts when the read model holds 100,000 of them. Decoded on use.
/// </summary>
public sealed class Utf8Text
{
    private readonly byte[] _utf8;

    private Utf8Text(byte[] utf8) => _utf8 = utf8;

    public bool IsEmpty => _utf8.Length == 0;

    [return: NotNullIfNotNull(nameof(text))]
    public static Utf8Text? From(string? text) => text is null ? null : new(Encoding.UTF8.GetBytes(text));

    public override string ToString() => Encoding.UTF8.GetString(_utf8);
}
