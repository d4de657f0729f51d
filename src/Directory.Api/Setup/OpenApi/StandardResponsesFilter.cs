using Directory.Api.ReferenceData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Directory.Api.Setup.OpenApi;

/// <summary>
/// Documents what operations answer besides their own results: for GETs 304 for a matching
/// If-None-Match and the ETag and Content-Language headers; for writes the If-Match and
/// Idempotency-Key headers; for all 429 and 500 problems.
/// </summary>
internal sealed class StandardResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        operation.Parameters ??= [];
        // Any operation: a query parameter it does not take, or of the wrong type; a wrong key or token.
        const string BadRequest = "A query parameter is unknown to this operation or of the wrong type, or the request is malformed; errors names each.";
        if (!operation.Responses.TryAdd("400", ValidationProblem(context, BadRequest)) && operation.Responses["400"] is OpenApiResponse { Description: "Bad Request" } own)
        {
            own.Description = BadRequest; // the framework's bare reason phrase says nothing
        }

        operation.Responses.TryAdd("401", Problem(context, "The API key or token sent is unknown, revoked or invalid (also on public reads); or the operation needs one."));
        operation.Responses["429"] = WithRetryAfter(Problem(context, "Too many requests: the rate limit is reached; the Retry-After header says when to try again."));
        operation.Responses["500"] = Problem(context, "Server error, as an RFC 9457 problem without internal details.");
        operation.Responses["503"] = WithRetryAfter(Problem(context, "The database cannot be read or written; nothing was stored. Public reads go on from memory. Retry after the Retry-After header's seconds."));
        switch (context.ApiDescription.HttpMethod)
        {
            case "GET":
                DocumentConditionalGet(operation, context);
                break;
            case "POST" when context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<Http.HonoursIdempotencyKey>().Any():
                operation.Parameters.Add(Header(Writes.Idempotency.HeaderName, "Any unique string of up to 100 characters; a retried POST with the same key and body gets the first answer instead of creating a duplicate (409 with Retry-After while the first is still being answered).", required: false, Writes.Idempotency.MaxKeyLength));
                Declare(operation, "201", ("ETag", WrittenETag), ("Location", "The new profile's URL (by id)."));
                break;
            case not null when context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<Http.RequiresIfMatch>().Any():
                operation.Parameters.Add(Header("If-Match", "The ETag of the version being changed, from a GET or an earlier write.", required: true, Http.VersionTag.MaxHeaderLength));
                Declare(operation, "200", ("ETag", WrittenETag));
                break;
        }
    }

    private const string WrittenETag = "The version just written: send it as If-Match with the next change, or as If-None-Match to re-read.";

    /// <summary>Headers a success answer sends (the writes' ETag and Location), so that clients can read them.</summary>
    private static void Declare(OpenApiOperation operation, string status, params (string Name, string Description)[] headers)
    {
        if (operation.Responses?.TryGetValue(status, out var found) == true && found is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            foreach (var (name, description) in headers)
            {
                response.Headers[name] = new OpenApiHeader { Description = description, Required = true, Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = name == "ETag" ? Http.VersionTag.MaxHeaderLength : null } };
            }
        }
    }

    private static OpenApiParameter Header(string name, string description, bool required, int maxLength) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Description = description,
        Required = required,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength },
    };

    private static OpenApiResponse ValidationProblem(OperationFilterContext context, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            ["application/problem+json"] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(HttpValidationProblemDetails), context.SchemaRepository) },
        },
    };

    private static OpenApiResponse WithRetryAfter(OpenApiResponse response)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers["Retry-After"] = new OpenApiHeader
        {
            Description = "Seconds to wait before trying again.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "3600" },
        };
        return response;
    }

    private static OpenApiResponse Problem(OperationFilterContext context, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            ["application/problem+json"] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
        },
    };

    private static void DocumentConditionalGet(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        operation.Parameters ??= [];
        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse success)
        {
            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            success.Headers["ETag"] = new OpenApiHeader
            {
                Description = "Strong validator of this representation; send it back in If-None-Match.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = Http.VersionTag.MaxHeaderLength },
            };
            success.Headers["Content-Language"] = new OpenApiHeader
            {
                Description = "lv or en: the language of names and texts in the body.",
                Schema = SharedEnums.Reference(context.SchemaRepository, "ResponseLanguage", Localization.SupportedLanguages),
            };
        }

        operation.Responses["304"] = new OpenApiResponse { Description = "Not modified: the If-None-Match ETag is current." };
        operation.Parameters.Add(Header("If-None-Match", "An ETag from an earlier response; answered with 304 while it is current.", required: false, Http.VersionTag.MaxHeaderLength));
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "Accept-Language",
            In = ParameterLocation.Header,
            Description = "lv (default) or en: the language of names of regions, support areas and target groups, and of descriptions where translated.",
            Schema = SharedEnums.Reference(context.SchemaRepository, "ResponseLanguage", Localization.SupportedLanguages),
        });
    }
}
