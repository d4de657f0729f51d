namespace Directory.Infrastructure.Demo;

/// <summary>The Latvian words the demo profiles are made of: fictional names, places and titles, with every diacritic.</summary>
internal static class DemoVocabulary
{
    public static readonly string[] Genitives =
    [
        "Cerības", "Gaismas", "Saules", "Ģimeņu", "Bērnu", "Sirds", "Dzīvības", "Draudzības", "Zvaigžņu", "Ceļa",
        "Ķiršu", "Ābeļu", "Čaklo", "Jūras", "Meža", "Zemes", "Rīta", "Vasaras", "Lāču", "Žagaru",
        "Ūdensrožu", "Ēnu", "Ozolu", "Cāļu", "Šūpuļa", "Ļaužu", "Dzintara",
    ];

    public static readonly string[] Nouns =
    [
        "tilts", "māja", "osta", "dārzs", "aplis", "sēta", "ligzda", "avots", "loks", "spārni",
        "ceļš", "vārti", "sala", "zieds", "pūrs", "kalns", "pļava", "stūrītis", "tīkls", "lukturis",
    ];

    public static readonly string[] Kinds =
    [
        "Ģimeņu atbalsta centrs", "Bērnu un jauniešu centrs", "Vecāku biedrība", "Atbalsta biedrība", "Krīzes centrs", "Fonds",
        "Audžuģimeņu biedrība", "Jauniešu klubs",
    ];

    /// <summary>The support area a kind of organisation in a name stands for.</summary>
    public static readonly (string Kind, string Area)[] KindAreas =
    [
        ("Ģimeņu atbalsta centrs", "family-support"), ("Bērnu un jauniešu centrs", "non-formal-education"), ("Vecāku biedrība", "parenting"),
        ("Krīzes centrs", "crisis-support"), ("Audžuģimeņu biedrība", "foster-care"), ("Jauniešu klubs", "youth-work"),
    ];

    public static readonly string[] Suffixes = ["Latvijai", "bērniem", "ģimenēm", "jauniešiem", "visiem", "novadam"];

    public static readonly string[] Streets =
    [
        "Brīvības iela", "Skolas iela", "Dārza iela", "Rīgas iela", "Lāčplēša iela", "Ūdens iela", "Čiekuru iela", "Ģertrūdes iela",
        "Krasta iela", "Pils iela", "Zemgales iela", "Šķūņu iela",
    ];

    public static readonly string[] FemaleFirstNames =
    [
        "Anna", "Līga", "Ilze", "Zane", "Inese", "Dace", "Ieva", "Baiba", "Laima", "Ērika", "Sandra", "Agnese", "Kristīne",
        "Māra", "Aija", "Elīna", "Rūta", "Santa", "Ilona", "Žanna", "Ģertrūde", "Olga",
    ];

    public static readonly string[] MaleFirstNames =
    [
        "Jānis", "Ēriks", "Kārlis", "Māris", "Andris", "Pēteris", "Gatis", "Ģirts", "Uldis", "Oskars", "Raivis", "Česlavs",
        "Mārtiņš", "Artūrs", "Edgars", "Valdis", "Aivars", "Roberts", "Dāvis", "Ņikita",
    ];

    public sealed record Surname(string Male, string Female);

    public static readonly Surname[] Surnames =
    [
        new("Bērziņš", "Bērziņa"), new("Kalniņš", "Kalniņa"), new("Ozols", "Ozola"), new("Liepiņš", "Liepiņa"),
        new("Krūmiņš", "Krūmiņa"), new("Cālītis", "Cālīte"), new("Čakste", "Čakste"), new("Zariņš", "Zariņa"),
        new("Ābols", "Ābola"), new("Šmits", "Šmite"), new("Žagars", "Žagare"), new("Ķēniņš", "Ķēniņa"),
        new("Vītols", "Vītola"), new("Jansons", "Jansone"), new("Eglītis", "Eglīte"), new("Ļaviņš", "Ļaviņa"),
        new("Priede", "Priede"), new("Lācis", "Lāce"), new("Siliņš", "Siliņa"), new("Grīnbergs", "Grīnberga"),
    ];

    public static readonly string[] FemaleTitles =
    [
        "Klīniskā psiholoģe", "Sociālā darbiniece", "Pediatre", "Juriste", "Speciālā pedagoģe", "Ģimenes terapeite", "Mediatore", "Logopēde",
    ];

    public static readonly string[] MaleTitles =
    [
        "Klīniskais psihologs", "Sociālais darbinieks", "Pediatrs", "Jurists", "Speciālais pedagogs", "Ģimenes terapeits", "Mediators", "Ergoterapeits",
    ];
}
