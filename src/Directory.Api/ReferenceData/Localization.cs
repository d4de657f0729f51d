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

    public static string Name(string nameLv, string nameEn) => IsEnglish && nameEn.Length > 0 ? nameEn : nameLv;

    public static string RegionKindName(RegionKind kind) => kind switch
    {
        RegionKind.PlanningRegion => "planningRegion",
        RegionKind.StateCity => "stateCity",
        _ => "municipality",
    };
}
