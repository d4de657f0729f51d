using System.Globalization;
using Directory.Domain;

namespace Directory.Api.ReferenceData;

/// <summary>Picks Latvian or English from the request culture set by request localization.</summary>
public static class Localization
{
    public const string Latvian = "lv";
    public const string English = "en";

    public static readonly string[] SupportedLanguages = [Latvian, English];

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English;

    public static string Current => IsEnglish ? English : Latvian;

    /// <summary>
    /// The language request localization chose for this request (lv or en): the response cache, which
    /// runs after it, keys on it. The framework matches Accept-Language against the supported cultures
    /// by name; a culture is never made from the header (the runtime would keep each one made).
    /// </summary>
    public static string Served(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>()?.RequestCulture.UICulture.TwoLetterISOLanguageName ?? Latvian;
    }

    public static string Name(string nameLv, string nameEn) => IsEnglish && nameEn.Length > 0 ? nameEn : nameLv;

    public static string RegionKindName(RegionKind kind) => WireNames.Of(kind);
}
