namespace Directory.Domain;

/// <summary>
/// The languages a profile may name and a filter may ask for: the ISO 639-1 codes, and the ISO 639-3
/// codes of languages spoken in Latvia that have no two-letter code (Latgalian, Latvian Sign Language,
/// Romani). One list for writes and for filters, so a filter can say at once that a code does not exist.
/// </summary>
public static class LanguageCodes
{
    private static readonly HashSet<string> Known = new(
        """
        aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz
        ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii
        ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi
        mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw
        sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk
        ur uz ve vi vo wa wo xh yi yo za zh zu
        ltg lsl rom
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>A known code in lower case (as stored), or false.</summary>
    public static bool IsKnown(string code) => Known.Contains(code);
}
