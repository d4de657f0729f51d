using Directory.Api.Writes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Directory.Api.Setup.OpenApi;

/// <summary>
/// A merge patch (RFC 7396) sends only the members it changes. Its body is described by a schema of its
/// own, made from the write schema (NgoWriteRequest → NgoPatch): every member optional and nullable, so
/// a generated client leaves unset members out instead of sending false for a bool nobody set.
/// </summary>
internal sealed class MergePatchSchemaFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody?.Content is not { } content
            || !content.TryGetValue(WriteBody.MergePatchJson, out var media)
            || media.Schema is not OpenApiSchemaReference { Reference.Id: { } writeName })
        {
            return;
        }

        var patchName = writeName.Replace("WriteRequest", "Patch", StringComparison.Ordinal);
        var schemas = context.SchemaRepository.Schemas;
        if (!schemas.ContainsKey(patchName) && schemas.TryGetValue(writeName, out var write))
        {
            var patch = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = $"A JSON Merge Patch of {writeName}: only the members to change. Leave a member out to keep it; null removes an optional value.",
                AdditionalPropertiesAllowed = false,
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal),
            };
            foreach (var (name, property) in write.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                patch.Properties[name] = Nullable(property);
            }

            schemas[patchName] = patch;
        }

        ((OpenApiMediaType)media).Schema = new OpenApiSchemaReference(patchName, context.Document);
    }

    private static IOpenApiSchema Nullable(IOpenApiSchema property)
    {
        if (property is not OpenApiSchema inline || inline is { Type: null, AllOf.Count: > 0 })
        {
            return property; // a reference, or one wrapped in allOf: kept as it is (3.0 cannot mark a $ref nullable)
        }

        var copy = (OpenApiSchema)inline.CreateShallowCopy();
        copy.Type = (copy.Type ?? JsonSchemaType.Object) | JsonSchemaType.Null;
        return copy;
    }
}
