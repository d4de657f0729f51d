using Directory.Domain;

namespace Directory.Api.Dataset;

/// <summary>
/// The directory as a DCAT-AP dataset (https://semiceu.github.io/DCAT-AP/), the record that Latvia's
/// open-data portal and the EU portal harvest: bilingual title and description, publisher, licence,
/// contact, theme and keywords, and one distribution per way to get the data. Controlled values are the
/// EU Publications Office's authority tables, as DCAT-AP asks.
/// </summary>
public static class DcatRecord
{
    public const string License = "https://creativecommons.org/licenses/by/4.0/";
    public const string PublisherHomepage = "https://www.bernutiesibas.lv";
    private const string Authority = "http://publications.europa.eu/resource/authority/";
    private const string MediaTypes = "http://www.iana.org/assignments/media-types/";

    /// <param name="origin">Scheme, host and path base of this service, no trailing slash.</param>
    /// <param name="modified">When the public data last changed, if it ever did.</param>
    /// <param name="supportAreas">The top of the support-area taxonomy, whose names become keywords.</param>
    public static RdfNode Build(string origin, DateTime? modified, IEnumerable<SupportArea> supportAreas)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(supportAreas);
        var api = $"{origin}/api/v1";
        var record = $"{api}/dataset";
        var properties = new List<(string, RdfTerm)>
        {
            ("dct:identifier", new Literal(record)),
            ("dct:title", Literal.Lv("Latvijas bērnu un ģimeņu atbalsta organizāciju un ekspertu datubāze")),
            ("dct:title", Literal.En("Directory of Latvian organisations and experts supporting children and families")),
            ("dct:description", Literal.Lv(
                "Latvijas Bērnu labklājības tīkla (LBLT) uzturētie publiskie profili nevalstiskajām organizācijām, kas atbalsta bērnus un ģimenes Latvijā, "
                + "un Ekspertu platformas brīvprātīgajiem ekspertiem: darbības reģioni, atbalsta jomas, mērķgrupas, valodas un kontaktinformācija.")),
            ("dct:description", Literal.En(
                "Public profiles, kept by the Latvian Child Welfare Network (LBLT), of the NGOs that support children and families in Latvia "
                + "and of the Expert Platform's volunteer experts: regions, support areas, target groups, languages and contacts.")),
            ("dct:publisher", new RdfNode(PublisherHomepage, "foaf:Agent",
            [
                ("foaf:name", Literal.Lv("Latvijas Bērnu labklājības tīkls")),
                ("foaf:name", Literal.En("Latvian Child Welfare Network (LBLT)")),
                ("foaf:homepage", new Iri(PublisherHomepage)),
                ("dct:type", new Iri("http://purl.org/adms/publishertype/NonProfitOrganisation")),
            ])),
            ("dcat:contactPoint", new RdfNode(null, "vcard:Organization",
            [
                ("vcard:fn", new Literal("Latvijas Bērnu labklājības tīkls (LBLT)")),
                ("vcard:hasURL", new Iri(PublisherHomepage)),
            ])),
            ("dct:license", new Iri(License)),
            ("dcat:theme", new Iri(Authority + "data-theme/SOCI")),
            ("dct:language", new Iri(Authority + "language/LAV")),
            ("dct:language", new Iri(Authority + "language/ENG")),
            ("dct:spatial", new Iri(Authority + "country/LVA")),
            ("dct:accrualPeriodicity", new Iri(Authority + "frequency/UPDATE_CONT")),
        };
        if (modified is { } at)
        {
            properties.Add(("dct:modified", Literal.DateTime(at)));
        }

        properties.AddRange(new[] { ("bērni", "children"), ("ģimenes", "families"), ("nevalstiskās organizācijas", "NGOs"), ("eksperti", "experts") }
            .SelectMany(k => new[] { ("dcat:keyword", (RdfTerm)Literal.Lv(k.Item1)), ("dcat:keyword", Literal.En(k.Item2)) }));
        properties.AddRange(supportAreas.Where(a => a.ParentId is null).OrderBy(a => a.Position)
            .SelectMany(a => new[] { ("dcat:keyword", (RdfTerm)Literal.Lv(a.NameLv)), ("dcat:keyword", Literal.En(a.NameEn)) }));

        properties.Add(("dcat:distribution", Download($"{record}#ngos-csv", "NVO, CSV", "NGOs, CSV", $"{api}/ngos/export?format=csv", "text/csv", "CSV")));
        properties.Add(("dcat:distribution", Download($"{record}#ngos-json", "NVO, JSON", "NGOs, JSON", $"{api}/ngos/export?format=json", "application/json", "JSON")));
        properties.Add(("dcat:distribution", Download($"{record}#experts-csv", "Eksperti, CSV", "Experts, CSV", $"{api}/experts/export?format=csv", "text/csv", "CSV")));
        properties.Add(("dcat:distribution", Download($"{record}#experts-json", "Eksperti, JSON", "Experts, JSON", $"{api}/experts/export?format=json", "application/json", "JSON")));
        properties.Add(("dcat:distribution", Hsds(record, $"{origin}/hsds")));
        return new RdfNode(record, "dcat:Dataset", properties);
    }

    private static RdfNode Download(string id, string titleLv, string titleEn, string url, string mediaType, string fileType) =>
        new(id, "dcat:Distribution",
        [
            ("dct:title", Literal.Lv(titleLv)),
            ("dct:title", Literal.En(titleEn)),
            ("dcat:accessURL", new Iri(url)),
            ("dcat:downloadURL", new Iri(url)),
            ("dcat:mediaType", new Iri(MediaTypes + mediaType)),
            ("dct:format", new Iri(Authority + "file-type/" + fileType)),
            ("dct:license", new Iri(License)),
        ]);

    // The HSDS view is an API: its distribution points at the service (and its OpenAPI document); the
    // download is every service as newline-delimited JSON objects.
    private static RdfNode Hsds(string record, string hsds) =>
        new($"{record}#hsds", "dcat:Distribution",
        [
            ("dct:title", Literal.Lv("Open Referral HSDS 3.1 API")),
            ("dct:title", Literal.En("Open Referral HSDS 3.1 API")),
            ("dct:description", Literal.En("The NGOs as HSDS 3.1 organizations, services, locations and taxonomy terms; the download is every service, one JSON object a line.")),
            ("dcat:accessURL", new Iri($"{hsds}/")),
            ("dcat:downloadURL", new Iri($"{hsds}/services?format=ndjson")),
            ("dcat:mediaType", new Iri(MediaTypes + "application/x-ndjson")), // as the download is served: one JSON object a line, not one JSON document
            ("dct:format", new Iri(Authority + "file-type/JSON")),
            ("dct:license", new Iri(License)),
            ("dct:conformsTo", new Iri("https://docs.openreferral.org/en/v3.1/")),
            ("dcat:accessService", new RdfNode($"{record}#hsds-api", "dcat:DataService",
            [
                ("dct:title", Literal.En("Open Referral HSDS 3.1 API")),
                ("dcat:endpointURL", new Iri($"{hsds}/")),
                ("dcat:endpointDescription", new Iri($"{hsds}/openapi.json")),
                ("dct:conformsTo", new Iri("https://docs.openreferral.org/en/v3.1/")),
                ("dct:license", new Iri(License)),
            ])),
        ]);
}
