namespace Directory.Infrastructure.Seed;

/// <summary>The support-area taxonomy and target groups LBLT starts from. Codes are public and stable.</summary>
public static class ReferenceCatalog
{
    public sealed record Entry(string Code, string NameLv, string NameEn, string? ParentCode = null);

    public static readonly IReadOnlyList<Entry> SupportAreas =
    [
        new("alternative-care", "Ārpusģimenes aprūpe", "Alternative care"),
        new("foster-care", "Audžuģimenes", "Foster care", "alternative-care"),
        new("guardianship", "Aizbildnība", "Guardianship", "alternative-care"),
        new("adoption", "Adopcija", "Adoption", "alternative-care"),
        new("care-leavers", "Jaunieši, kas uzsāk patstāvīgu dzīvi", "Care leavers", "alternative-care"),

        new("safety", "Drošība un vardarbības novēršana", "Safety and protection from violence"),
        new("violence-prevention", "Vardarbības novēršana", "Violence prevention", "safety"),
        new("victim-support", "Atbalsts vardarbībā cietušajiem", "Victim support", "safety"),
        new("crisis-support", "Krīzes atbalsts", "Crisis support", "safety"),

        new("health", "Veselība un labklājība", "Health and wellbeing"),
        new("mental-health", "Psiholoģiskais atbalsts un garīgā veselība", "Psychological support and mental health", "health"),
        new("disabilities", "Bērni ar invaliditāti", "Children with disabilities", "health"),
        new("rehabilitation", "Veselība un rehabilitācija", "Health and rehabilitation", "health"),
        new("palliative-care", "Paliatīvā aprūpe", "Palliative care", "health"),
        new("rare-chronic-conditions", "Retās un hroniskās slimības", "Rare and chronic conditions", "health"),
        new("addiction-prevention", "Atkarību profilakse", "Addiction prevention", "health"),

        new("education", "Izglītība un attīstība", "Education and development"),
        new("early-childhood", "Agrā bērnība", "Early childhood", "education"),
        new("inclusive-education", "Iekļaujošā izglītība", "Inclusive education", "education"),
        new("non-formal-education", "Neformālā izglītība un brīvais laiks", "Non-formal education and leisure", "education"),
        new("youth-work", "Jaunatnes darbs", "Youth work", "education"),

        new("family-support", "Ģimenes atbalsts", "Family support"),
        new("parenting", "Vecāku prasmes un ģimenes atbalsts", "Parenting and family support", "family-support"),
        new("large-families", "Daudzbērnu ģimenes", "Large families", "family-support"),
        new("family-mediation", "Ģimenes mediācija", "Family mediation", "family-support"),

        new("material-support", "Materiālais atbalsts", "Material support"),
        new("poverty-relief", "Nabadzības mazināšana un materiālā palīdzība", "Poverty relief and material aid", "material-support"),
        new("housing", "Mājoklis", "Housing", "material-support"),

        new("rights", "Bērnu tiesības un interešu aizstāvība", "Children's rights and advocacy"),
        new("legal-aid", "Bērnu tiesības un juridiskā palīdzība", "Children's rights and legal aid", "rights"),
        new("advocacy", "Interešu aizstāvība un politikas veidošana", "Advocacy and policy", "rights"),
    ];

    public static readonly IReadOnlyList<Entry> TargetGroups =
    [
        new("age-0-6", "Bērni 0–6 gadi", "Children aged 0–6"),
        new("age-7-12", "Bērni 7–12 gadi", "Children aged 7–12"),
        new("age-13-18", "Jaunieši 13–18 gadi", "Young people aged 13–18"),
        new("young-adults", "Jaunieši 18–25 gadi", "Young adults aged 18–25"),
        new("parents", "Vecāki", "Parents"),
        new("foster-families", "Audžuģimenes un aizbildņi", "Foster families and guardians"),
        new("children-with-disabilities", "Bērni ar invaliditāti", "Children with disabilities"),
        new("large-families", "Daudzbērnu ģimenes", "Large families"),
        new("professionals", "Speciālisti", "Professionals"),
    ];
}
