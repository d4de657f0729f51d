using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Directory.Api.Setup.OpenApi;

/// <summary>
/// Turns <see cref="AllowedValuesAttribute"/> on a query property into a named enum schema, shared by
/// every operation that has the parameter, so generated clients get one enum type, not one per operation;
/// and puts a list parameter's pattern on its items, where it applies.
/// </summary>
internal sealed class QueryParameterSchemaFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter is OpenApiParameter { Schema: OpenApiSchema { Type: JsonSchemaType.Array, Pattern: { } pattern, Items: OpenApiSchema items } array })
        {
            items.Pattern = pattern;
            array.Pattern = null;
        }

        if (context.ParameterInfo?.GetCustomAttributes(typeof(Contracts.WireEnumAttribute), false).FirstOrDefault() is Contracts.WireEnumAttribute wire && parameter is OpenApiParameter named)
        {
            named.Schema = SharedEnums.Reference(context.SchemaRepository, wire.EnumType.Name, wire.Values);
            return;
        }

        var allowed = context.PropertyInfo?.GetCustomAttributes(typeof(AllowedValuesAttribute), false).Cast<AllowedValuesAttribute>().FirstOrDefault();
        if (allowed is null || parameter is not OpenApiParameter concrete)
        {
            return;
        }

        var name = $"{context.PropertyInfo!.DeclaringType!.Name.Replace("Parameters", "", StringComparison.Ordinal)}{context.PropertyInfo.Name}";
        concrete.Schema = SharedEnums.Reference(context.SchemaRepository, name, allowed.Values.Select(v => v?.ToString() ?? ""));
    }
}

internal static class SharedEnums
{
    public static OpenApiSchemaReference Reference(SchemaRepository repository, string name, IEnumerable<string> values)
    {
        if (!repository.Schemas.ContainsKey(name))
        {
            repository.AddDefinition(name, new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))],
            });
        }

        return new OpenApiSchemaReference(name);
    }
}
