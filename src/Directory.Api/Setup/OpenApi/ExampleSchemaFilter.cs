using System.Text.Json;
using System.Text.Json.Nodes;
using Directory.Api.Contracts;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Directory.Api.Setup.OpenApi;

/// <summary>Examples for the main schemas, written like the Latvian demo data.</summary>
internal sealed class ExampleSchemaFilter : ISchemaFilter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly RegionRef Latgale = new("latgale", "Latgales plānošanas reģions", "planningRegion");
    private static readonly RegionRef Rezekne = new("0006000", "Rēzekne", "stateCity");

    private static readonly Dictionary<Type, object> Examples = new()
    {
        [typeof(RegionRef)] = Rezekne,
        [typeof(CodeName)] = new CodeName("foster-care", "Audžuģimenes"),
        [typeof(WorkAreaDto)] = new WorkAreaDto(false, [Latgale, Rezekne]),
        [typeof(NgoRegistrationDto)] = new NgoRegistrationDto(Rezekne, "Atbrīvošanas aleja 93, Rēzekne", "LV-4601"),
        [typeof(NgoContactsDto)] = new NgoContactsDto("info@ceribas-tilts.example", "+37164600000", new Uri("https://ceribas-tilts.example"), [new SocialLinkDto("facebook", new Uri("https://facebook.example/ceribas-tilts"))]),
        [typeof(SocialLinkDto)] = new SocialLinkDto("facebook", new Uri("https://facebook.example/ceribas-tilts")),
        [typeof(ExpertContactsDto)] = new ExpertContactsDto("ilze.ozola@eksperti.example", "+37120000001", null),
        [typeof(AvailabilityDto)] = new AvailabilityDto("limited", "Dažas stundas mēnesī, arī attālināti."),
        [typeof(TargetGroupDto)] = new TargetGroupDto("age-0-6", "Bērni 0–6 gadi", "Bērni 0–6 gadi", "Children aged 0–6", ["mazulis", "bērnudārza vecums"], ["toddler", "under fives"]),
        [typeof(FacetCount)] = new FacetCount("parents", "Vecāki", 112),
        [typeof(RegionFacet)] = new RegionFacet("latgale", "Latgales plānošanas reģions", "planningRegion", null, 83),
        [typeof(SupportAreaFacet)] = new SupportAreaFacet("foster-care", "Audžuģimenes", "alternative-care", 21),
    };

    // Request bodies: what a client may send as it is (Swagger UI's "Try it out" on a fresh service answers
    // 201/200), with only the members worth showing; its default was "string" in every member, a 400.
    private static readonly JsonSerializerOptions Request = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private static readonly Dictionary<Type, object> RequestExamples = new()
    {
        [typeof(Writes.NgoWriteRequest)] = new Writes.NgoWriteRequest
        {
            Slug = "ceribu-tilts-rezekne", Name = "Cerību tilts", ShortName = "CT", LegalForm = "association", RegistrationNumber = "40008000329",
            DescriptionLv = "Atbalsts ģimenēm ar bērniem ar invaliditāti Rēzeknē un Latgalē.", DescriptionEn = "Support for families of children with disabilities.",
            RegisteredMunicipality = "0006000", Address = "Atbrīvošanas aleja 93, Rēzekne", PostalCode = "LV-4601",
            WorkAreas = ["0006000", "latgale"], SupportAreas = ["parenting", "disabilities"], TargetGroups = ["parents"], Languages = ["lv", "ru"],
            Email = "info@ceribas-tilts.example", Phone = "+37164600000", Website = "https://ceribas-tilts.example", Status = "draft",
        },
        [typeof(Writes.ExpertWriteRequest)] = new Writes.ExpertWriteRequest
        {
            Name = "Ilze Ozola", Title = "Klīniskā psiholoģe", Affiliation = "Rēzeknes ģimenes centrs", BioLv = "Strādā ar ģimenēm un pusaudžiem krīzes situācijās.",
            Regions = ["latgale"], Expertise = ["mental-health"], Languages = ["lv", "ru"], HelpOffered = ["advice", "talks"], Availability = "limited",
            Email = "ilze.ozola@eksperti.example", ContactConsent = true, Status = "draft",
        },
        [typeof(Endpoints.ReferenceWriteRequest)] = new Endpoints.ReferenceWriteRequest("Konsultācijas tiešsaistē", "Online consultations", "health"),
        [typeof(Endpoints.CreateApiKeyRequest)] = new Endpoints.CreateApiKeyRequest("Rēzeknes novada portāls", "partner"),
        [typeof(Microsoft.AspNetCore.Http.HttpValidationProblemDetails)] = new Microsoft.AspNetCore.Http.HttpValidationProblemDetails(
            new Dictionary<string, string[]> { ["pageSize"] = ["Must be between 1 and 100."] })
        {
            Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1", Title = Http.Problems.InvalidQueryTitle, Status = 400, Instance = "/api/v1/ngos",
            Extensions = { ["traceId"] = "0af7651916cd43dd8448eb211c80319c" },
        },
        [typeof(Microsoft.AspNetCore.Mvc.ProblemDetails)] = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5", Title = "Not Found", Status = 404, Detail = "No NGO has the id or slug 'ceribu-tilts'.",
            Instance = "/api/v1/ngos/ceribu-tilts", Extensions = { ["traceId"] = "0af7651916cd43dd8448eb211c80319c" },
        },
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        if (Examples.TryGetValue(context.Type, out var example))
        {
            concrete.Examples = [JsonSerializer.SerializeToNode(example, context.Type, Json)!];
        }
        else if (RequestExamples.TryGetValue(context.Type, out var request))
        {
            concrete.Examples = [JsonSerializer.SerializeToNode(request, context.Type, Request)!];
        }
    }
}
