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
        [typeof(TargetGroupDto)] = new TargetGroupDto("age-0-6", "Bērni 0–6 gadi", "Bērni 0–6 gadi", "Children aged 0–6"),
        [typeof(FacetCount)] = new FacetCount("parents", "Vecāki", 112),
        [typeof(RegionFacet)] = new RegionFacet("latgale", "Latgales plānošanas reģions", "planningRegion", null, 83),
        [typeof(SupportAreaFacet)] = new SupportAreaFacet("foster-care", "Audžuģimenes", "alternative-care", 21),
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && Examples.TryGetValue(context.Type, out var example))
        {
            concrete.Examples = [JsonSerializer.SerializeToNode(example, context.Type, Json)!];
        }
    }
}
