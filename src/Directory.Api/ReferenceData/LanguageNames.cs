using System.Collections.Frozen;

namespace Directory.Api.ReferenceData;

/// <summary>
/// Names of the languages profiles are served in (ISO 639 codes), in Latvian and English, for the language
/// facet. A code not listed here is shown as it is: the directory takes any ISO 639 code.
/// </summary>
public static class LanguageNames
{
    private static readonly FrozenDictionary<string, (string Lv, string En)> Names = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["lv"] = ("latviešu", "Latvian"),
        ["ltg"] = ("latgaliešu", "Latgalian"),
        ["lsl"] = ("latviešu zīmju valoda", "Latvian Sign Language"),
        ["ru"] = ("krievu", "Russian"),
        ["en"] = ("angļu", "English"),
        ["uk"] = ("ukraiņu", "Ukrainian"),
        ["be"] = ("baltkrievu", "Belarusian"),
        ["lt"] = ("lietuviešu", "Lithuanian"),
        ["et"] = ("igauņu", "Estonian"),
        ["pl"] = ("poļu", "Polish"),
        ["de"] = ("vācu", "German"),
        ["fr"] = ("franču", "French"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The language's name in the response language, or its code when it has none here.</summary>
    public static string Of(string code) =>
        Names.TryGetValue(code, out var name) ? Localization.Name(name.Lv, name.En) : code;
}
