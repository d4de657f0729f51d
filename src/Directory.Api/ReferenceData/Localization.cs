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

    private static readonly Microsoft.AspNetCore.Localization.AcceptLanguageHeaderRequestCultureProvider AcceptLanguage = new();

    /// <summary>
    /// The language request localization will serve for this request's Accept-Language (lv unless it
    /// asks for English first), known before the request reaches it: the response cache keys on it.
    /// The header is read by the framework's own provider; a culture counts as its parents do (en-GB is en).
    /// </summary>
    public static string Served(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Headers.AcceptLanguage.Count == 0)
        {
            return Latvian;
        }

        var asked = AcceptLanguage.DetermineProviderCultureResult(context).GetAwaiter().GetResult()?.UICultures ?? [];
        foreach (var name in asked)
        {
            for (var culture = Find(name.ToString()); culture is not null && culture.Name.Length > 0; culture = culture.Parent)
            {
                if (SupportedLanguages.Contains(culture.Name, StringComparer.OrdinalIgnoreCase))
                {
                    return culture.TwoLetterISOLanguageName;
                }
            }
        }

        return Latvian;
    }

    private static CultureInfo? Find(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    public static string Name(string nameLv, string nameEn) => IsEnglish && nameEn.Length > 0 ? nameEn : nameLv;

    public static string RegionKindName(RegionKind kind) => kind switch
    {
        RegionKind.PlanningRegion => "planningRegion",
        RegionKind.StateCity => "stateCity",
        _ => "municipality",
    };
}
