using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Directory.Api.Setup.OpenApi;

/// <summary>
/// Names for generated clients, where the wire's names make poor code: a header parameter is named in
/// camelCase (<c>x-originalName</c>: <c>If-None-Match</c> is <c>ifNoneMatch</c>, not <c>if_None_Match</c>),
/// and each value of a string enum gets a member name (<c>x-enumNames</c>: <c>-name</c> is
/// <c>NameDescending</c>, not <c>Minusname</c>). NSwag reads both; the wire does not change.
/// </summary>
internal sealed class ClientNamesFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        foreach (var parameter in (document.Paths ?? []).SelectMany(p => p.Value.Operations ?? []).SelectMany(o => o.Value.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.In == ParameterLocation.Header && parameter.Name is { } name && name.Contains('-', StringComparison.Ordinal))
            {
                (parameter.Extensions ??= new Dictionary<string, IOpenApiExtension>())["x-originalName"] = new JsonNodeExtension(JsonValue.Create(CamelCase(name)));
            }
        }

        foreach (var schema in (document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>()).Values.OfType<OpenApiSchema>())
        {
            if (schema.Enum is { Count: > 0 } values && schema.Type == JsonSchemaType.String)
            {
                var names = new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(MemberName(v!.GetValue<string>())))]);
                (schema.Extensions ??= new Dictionary<string, IOpenApiExtension>())["x-enumNames"] = new JsonNodeExtension(names);
            }
        }
    }

    /// <summary><c>If-None-Match</c> → <c>ifNoneMatch</c>.</summary>
    private static string CamelCase(string header)
    {
        var words = header.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select((w, i) => i == 0 ? w.ToLowerInvariant() : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
    }

    /// <summary><c>-updated</c> → <c>UpdatedDescending</c>, <c>planningRegion</c> → <c>PlanningRegion</c>.</summary>
    internal static string MemberName(string value)
    {
        var descending = value.StartsWith('-');
        var word = descending ? value[1..] : value;
        return word.Length == 0 ? "Empty" : char.ToUpperInvariant(word[0]) + word[1..] + (descending ? "Descending" : "");
    }
}
