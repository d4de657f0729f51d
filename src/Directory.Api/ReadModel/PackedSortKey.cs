namespace Directory.Api.ReadModel;

/// <summary>
/// A name sort key (ASCII digits, see <c>LatvianText.SortKey</c>) packed two digits a byte, a third of
/// its size as a string, in the same order: each digit is stored as digit + 1, so the padding nibble (0)
/// of an odd-length key sorts before any digit, as a shorter key sorts before a longer one.
/// </summary>
public static class PackedSortKey
{
    public static readonly IComparer<byte[]> Order = Comparer<byte[]>.Create((x, y) => x.AsSpan().SequenceCompareTo(y));

    public static byte[] Pack(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var packed = new byte[(digits.Length + 1) / 2];
        for (var i = 0; i < digits.Length; i++)
        {
            var nibble = digits[i] - '0' + 1;
            if (nibble is < 1 or > 10)
            {
                throw new ArgumentException($"A sort key is digits only; found '{digits[i]}'.", nameof(digits));
            }

            packed[i / 2] |= (byte)(i % 2 == 0 ? nibble << 4 : nibble);
        }

        return packed;
    }
}
