using System.Reflection;
using System.Text.Json;
using Directory.Api.Contracts;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Directory.Api.Setup.OpenApi;

/// <summary>
/// A <see cref="WireEnumAttribute"/> member becomes a reference to one shared enum schema (named after the
/// enum: <c>LegalForm</c>, <c>PublicationStatus</c>, <c>RegionKind</c>…), wrapped in <c>allOf</c> so that
/// its description and example stay (OpenAPI 3.0 ignores a reference's siblings). A write request's member
/// loses its <c>nullable</c> (3.0 allows it only beside a type, and a type hides the reference from
/// generators): leave it out rather than send null, which means the same.
/// </summary>
internal sealed class WireEnumSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties } || context.Type is null)
        {
            return;
        }

        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // A record's member carries it as [property: WireEnum(...)].
            var wire = property.GetCustomAttribute<WireEnumAttribute>();
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (wire is null || !properties.TryGetValue(name, out var existing) || existing is not OpenApiSchema old)
            {
                continue;
            }

            properties[name] = new OpenApiSchema
            {
                AllOf = [SharedEnums.Reference(context.SchemaRepository, wire.EnumType.Name, wire.Values)],
                Description = old.Description,
                Examples = old.Examples,
            };
        }
    }
}
