using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Directory.Api.Setup.OpenApi;

/// <summary>
/// Documents what every GET can answer besides its own results: 304 for a matching If-None-Match,
/// the ETag and Content-Language headers, and a 500 problem.
/// </summary>
internal sealed class StandardResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse success)
        {
            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            success.Headers["ETag"] = new OpenApiHeader
            {
                Description = "Strong validator of this representation; send it back in If-None-Match.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
            success.Headers["Content-Language"] = new OpenApiHeader
            {
                Description = "lv or en: the language of names and texts in the body.",
                Schema = SharedEnums.Reference(context.SchemaRepository, "ResponseLanguage", ["lv", "en"]),
            };
        }

        operation.Responses["304"] = new OpenApiResponse { Description = "Not modified: the If-None-Match ETag is current." };
        operation.Responses["500"] = new OpenApiResponse
        {
            Description = "Server error, as an RFC 9457 problem without internal details.",
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/problem+json"] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
            },
        };

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Description = "An ETag from an earlier response; answered with 304 while it is current.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "Accept-Language",
            In = ParameterLocation.Header,
            Description = "lv (default) or en: the language of names of regions, support areas and target groups, and of descriptions where translated.",
            Schema = SharedEnums.Reference(context.SchemaRepository, "ResponseLanguage", ["lv", "en"]),
        });
    }
}
