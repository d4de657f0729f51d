using System.Globalization;
using System.Text;

namespace Directory.Domain;

/// <summary>
/// Latvian text rules computed in .NET and stored beside the text, so that both databases search
/// and sort alike with plain comparisons and indexes (neither has a Latvian rule we could share).
/// </summary>
public static class LatvianText
{
    // Latvian alphabet order as LVS 24:1993 has it and CLDR 45 (2024, CLDR-11982) adopted: every letter
    // with a diacritic of the alphabet (ā č ē ģ ī ķ ļ ņ ō ŗ š ū ž) is a letter of its own after its base
    // letter, and y sorts between i and ī. q w x, not Latvian letters, sit where the root order has them.
    private const string PrimaryOrder = "aābcčdeēfgģhiyījkķlļmnņoōpqrŗsštuūvwxzž";
    private const int SignificantChars = 120;

    /// <summary>Lower case, no diacritics, words separated by single spaces: "Ģimeņu  Atbalsts!" → "gimenu atbalsts".</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && folded.Length > 0)
                {
                    folded.Append(' ');
                }

                pendingSpace = false;
                folded.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return folded.ToString();
    }

    /// <summary>
    /// A key of ASCII digits whose ordinal order is Latvian alphabetical order: two digits per
    /// letter (primary), then one per letter for diacritic (secondary) and case (tertiary).
    /// Digits sort the same under every database collation.
    /// </summary>
    public static string SortKey(string? text)
    {
        var primary = new StringBuilder();
        var secondary = new StringBuilder();
        var tertiary = new StringBuilder();
        var pendingSpace = false;
        var count = 0;

        foreach (var original in (text ?? "").Normalize(NormalizationForm.FormC))
        {
            if (count >= SignificantChars)
            {
                break;
            }

            if (char.IsWhiteSpace(original))
            {
                pendingSpace = primary.Length > 0;
                continue;
            }

            var lower = char.ToLowerInvariant(original);
            var weight = PrimaryWeight(lower, out var hasSecondaryMark);
            if (weight < 0)
            {
                continue; // punctuation and quotes do not order names
            }

            if (pendingSpace)
            {
                primary.Append("01");
                pendingSpace = false;
            }

            primary.Append(weight.ToString("00", CultureInfo.InvariantCulture));
            secondary.Append(hasSecondaryMark ? '1' : '0');
            tertiary.Append(lower == original ? '0' : '1');
            count++;
        }

        return primary.Append("00").Append(secondary).Append('0').Append(tertiary).ToString();
    }

    private static int PrimaryWeight(char lower, out bool hasSecondaryMark)
    {
        hasSecondaryMark = false;
        if (lower is >= '0' and <= '9')
        {
            return 10 + (lower - '0');
        }

        var index = PrimaryOrder.IndexOf(lower, StringComparison.Ordinal);
        if (index < 0 && char.IsLetter(lower))
        {
            // Foreign accented letters (é, ö, ř …) sort with their base letter, after it at the second level.
            var baseLetter = Fold(lower.ToString());
            index = baseLetter.Length == 1 ? PrimaryOrder.IndexOf(baseLetter[0], StringComparison.Ordinal) : -1;
            hasSecondaryMark = index >= 0;
            if (index < 0)
            {
                return 99; // letters of other scripts sort after the Latvian alphabet
            }
        }

        return index < 0 ? -1 : 20 + index;
    }
}
