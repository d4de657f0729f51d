using System.Globalization;
using System.Text;
using Directory.Api.Tests.Infrastructure;

namespace Directory.Api.Tests;

/// <summary>
/// How well <c>q</c> finds what people mean, measured on the ≈400 demo NGOs. The queries are built from
/// the support-area taxonomy, not from the demo texts: for every area its key words in four or more
/// grammatical forms, one typo and its English name. The relevant NGOs of a query are those tagged with
/// its area or the area's children (the <c>supportArea</c> filter). Recall at 20 is the share of the
/// relevant NGOs (up to 20) among the first 20 answers; precision at 20 the share of those answers that
/// are relevant. The README states the figures this test prints.
/// </summary>
public sealed class SearchEvaluationTests(DemoDirectoryFactory factory, ITestOutputHelper output) : IClassFixture<DemoDirectoryFactory>
{
    public const double MinimumRecall = 0.95;

    // Area code, then queries: nominative, genitive, dative, accusative (plural where the word is used so), a typo, English.
    private static readonly (string Area, string[] Queries)[] EvaluationSet =
    [
        ("alternative-care", ["ārpusģimenes aprūpe", "ārpusģimenes aprūpes", "ārpusģimenes aprūpei", "ārpusģimenes aprūpi", "ārpusģimens aprūpe", "alternative care"]),
        ("foster-care", ["audžuģimene", "audžuģimenes", "audžuģimenei", "audžuģimeni", "audžuģimenēm", "audžuģmenes", "foster care"]),
        ("guardianship", ["aizbildnība", "aizbildnības", "aizbildnībai", "aizbildnību", "aizbilnība", "guardianship"]),
        ("adoption", ["adopcija", "adopcijas", "adopcijai", "adopciju", "adopcja", "adoption"]),
        ("care-leavers", ["patstāvīga dzīve", "patstāvīgas dzīves", "patstāvīgai dzīvei", "patstāvīgu dzīvi", "patstāvgu dzīvi", "care leavers"]),
        ("safety", ["drošība", "drošības", "drošībai", "drošību", "drošbia", "safety"]),
        ("violence-prevention", ["vardarbības novēršana", "vardarbības novēršanas", "vardarbības novēršanai", "vardarbības novēršanu", "vardarbbas novēršana", "violence prevention"]),
        ("victim-support", ["vardarbībā cietušie", "vardarbībā cietušo", "vardarbībā cietušajiem", "vardarbībā cietušos", "vardarbībā cietušajem", "victim support"]),
        ("crisis-support", ["krīze", "krīzes", "krīzei", "krīzi", "kirzes", "crisis support"]),
        ("health", ["veselība", "veselības", "veselībai", "veselību", "veslība", "health"]),
        ("mental-health", ["garīgā veselība", "garīgās veselības", "garīgajai veselībai", "garīgo veselību", "garīgā veselbia", "mental health"]),
        ("disabilities", ["invaliditāte", "invaliditātes", "invaliditātei", "invaliditāti", "invaliditāe", "disability"]),
        ("rehabilitation", ["rehabilitācija", "rehabilitācijas", "rehabilitācijai", "rehabilitāciju", "rehabilitacja", "rehabilitation"]),
        ("palliative-care", ["paliatīvā aprūpe", "paliatīvās aprūpes", "paliatīvajai aprūpei", "paliatīvo aprūpi", "paliatvā aprūpe", "palliative care"]),
        ("rare-chronic-conditions", ["hroniska slimība", "hroniskas slimības", "hroniskai slimībai", "hronisku slimību", "hroniskām slimībām", "hroniskas slimbas", "chronic conditions"]),
        ("addiction-prevention", ["atkarība", "atkarības", "atkarībai", "atkarību", "atkarībām", "atkarbia", "addiction"]),
        ("education", ["izglītība", "izglītības", "izglītībai", "izglītību", "izglītbia", "education"]),
        ("early-childhood", ["agrā bērnība", "agrās bērnības", "agrajai bērnībai", "agro bērnību", "agrā bērnbia", "early childhood"]),
        ("inclusive-education", ["iekļaujošā izglītība", "iekļaujošās izglītības", "iekļaujošajai izglītībai", "iekļaujošo izglītību", "iekļaujša izglītība", "inclusive education"]),
        ("non-formal-education", ["neformālā izglītība", "neformālās izglītības", "neformālajai izglītībai", "neformālo izglītību", "neformla izglītība", "non-formal education"]),
        ("youth-work", ["jaunatnes darbs", "jaunatnes darba", "jaunatnes darbam", "jaunatnes darbu", "jaunatens darbs", "youth work"]),
        ("family-support", ["ģimenes atbalsts", "ģimenes atbalsta", "ģimenes atbalstam", "ģimenes atbalstu", "ģimenes atblasts", "family support"]),
        ("parenting", ["vecāku prasme", "vecāku prasmju", "vecāku prasmēm", "vecāku prasmi", "vecāku prasmes", "vecāku prasems", "parenting"]),
        ("large-families", ["daudzbērnu ģimene", "daudzbērnu ģimenes", "daudzbērnu ģimenei", "daudzbērnu ģimeni", "daudzbērnu ģimenēm", "daudzbērn ģimenes", "large families"]),
        ("family-mediation", ["mediācija", "mediācijas", "mediācijai", "mediāciju", "mediacja", "mediation"]),
        ("material-support", ["materiālais atbalsts", "materiālā atbalsta", "materiālajam atbalstam", "materiālo atbalstu", "materiālais atbalts", "material support"]),
        ("poverty-relief", ["nabadzība", "nabadzības", "nabadzībai", "nabadzību", "nabadzbia", "poverty"]),
        ("housing", ["mājoklis", "mājokļa", "mājoklim", "mājokli", "mājokļiem", "mājkolis", "housing"]),
        ("rights", ["bērnu tiesības", "bērnu tiesību", "bērnu tiesībām", "bērnu tiesībās", "bērnu tiesbias", "children's rights"]),
        ("legal-aid", ["juridiskā palīdzība", "juridiskās palīdzības", "juridiskajai palīdzībai", "juridisko palīdzību", "juridiskā palīdzbia", "legal aid"]),
        ("advocacy", ["interešu aizstāvība", "interešu aizstāvības", "interešu aizstāvībai", "interešu aizstāvību", "intrešu aizstāvība", "advocacy"]),
    ];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public void The_set_covers_every_support_area_in_four_forms_a_typo_and_english()
    {
        Assert.Equal(
            Directory.Infrastructure.Seed.ReferenceCatalog.SupportAreas.Select(a => a.Code).Order(StringComparer.Ordinal),
            EvaluationSet.Select(e => e.Area).Order(StringComparer.Ordinal));
        Assert.All(EvaluationSet, e => Assert.True(e.Queries.Length >= 6, e.Area));
    }

    [Fact]
    public async Task Taxonomy_queries_find_the_tagged_ngos_in_the_first_twenty()
    {
        var report = new StringBuilder();
        var recalls = new List<double>();
        var precisions = new List<double>();
        foreach (var (area, queries) in EvaluationSet)
        {
            var relevant = (await _client.GetAllNgosAsync($"supportArea={area}")).Select(n => n.Id).ToHashSet();
            foreach (var q in queries)
            {
                var top = (await _client.GetNgosAsync($"q={Uri.EscapeDataString(q)}&pageSize=20")).Items.Select(n => n.Id).ToList();
                var found = top.Count(relevant.Contains);
                var recall = found / (double)Math.Min(20, relevant.Count);
                var precision = top.Count == 0 ? 0 : found / (double)top.Count;
                recalls.Add(recall);
                precisions.Add(precision);
                if (recall < 1)
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"  {area} \"{q}\": recall {recall:0.00}, precision {precision:0.00} ({found} of {Math.Min(20, relevant.Count)})");
                }
            }
        }

        var meanRecall = recalls.Average();
        output.WriteLine(FormattableString.Invariant($"{recalls.Count} queries over {EvaluationSet.Length} support areas: recall@20 {meanRecall:0.000}, precision@20 {precisions.Average():0.000}"));
        output.WriteLine(report.Length == 0 ? "  every query found every relevant NGO it could show" : report.ToString());
        Assert.True(meanRecall >= MinimumRecall, FormattableString.Invariant($"recall@20 {meanRecall:0.000} < {MinimumRecall}\n{report}"));
    }
}
