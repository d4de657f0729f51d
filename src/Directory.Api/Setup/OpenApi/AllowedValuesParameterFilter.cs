using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Directory.Api.Setup.OpenApi;

/// <summary>Turns <see cref="AllowedValuesAttribute"/> on a query property into the parameter's enum.</summary>
internal sealed class AllowedValuesParameterFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        var allowed = context.PropertyInfo?.GetCustomAttributes(typeof(AllowedValuesAttribute), false).Cast<AllowedValuesAttribute>().FirstOrDefault();
        if (allowed is null || parameter is not OpenApiParameter { Schema: OpenApiSchema schema })
        {
            return;
        }

        schema.Enum = [.. allowed.Values.Select(v => (JsonNode)JsonValue.Create(v?.ToString())!)];
    }
}
