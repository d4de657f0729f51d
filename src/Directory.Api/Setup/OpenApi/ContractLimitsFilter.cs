using System.Reflection;
using System.Globalization;
using Directory.Api.Contracts;
using Directory.Api.Http;
using Directory.Api.Queries;
using Directory.Domain;
using Directory.Infrastructure.Configurations;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Directory.Api.Setup.OpenApi;

/// <summary>
/// Gives every string, list, integer and map of the contract a bound (OWASP API4:2023). A member's bound
/// is declared on it (MaxLength, Range, EachMaxLength on the request and answer types), which the schema
/// generator shows; what is left gets the defaults here: a text the length of a description, an integer
/// its type's range, a path parameter the length of a slug. Parameters declare theirs on the handler's
/// parameter or the bound class's property, headers where Setup/OpenApi/StandardResponsesFilter.cs adds
/// them; the framework's problem details take theirs from <see cref="ProblemMembers"/>. Every
/// answer gets the headers it carries: the rate-limit fields, and Access-Control-Allow-Origin for a
/// request whose Origin is allowed. Lists in answers that nothing bounds (a profile's history, the keys,
/// the taxonomy) are left open and named in openapi/.spectral.yaml.
/// </summary>
internal sealed class ContractLimitsFilter : IDocumentFilter, ISchemaFilter
{
    /// <summary>The members of the framework's ProblemDetails, which cannot carry an attribute.</summary>
    private static readonly Dictionary<string, int> ProblemMembers = new(StringComparer.Ordinal)
    {
        ["type"] = WireLimits.RequestLine, ["instance"] = WireLimits.RequestLine, ["detail"] = 2 * WireLimits.RequestLine, ["title"] = ProfileLimits.Name,
    };

    /// <summary>Each string of a list declared <see cref="EachMaxLengthAttribute"/> gets its length.</summary>
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema { Items: OpenApiSchema items }
            && (context.MemberInfo?.GetCustomAttribute<EachMaxLengthAttribute>() ?? context.ParameterInfo?.GetCustomAttribute<EachMaxLengthAttribute>()) is { } each)
        {
            items.MaxLength = each.Length;
        }
    }

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        foreach (var (name, schema) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (schema is OpenApiSchema { AdditionalProperties: not null } problem && name.Contains("ProblemDetails", StringComparison.Ordinal))
            {
                foreach (var (member, length) in ProblemMembers)
                {
                    if (problem.Properties is { } members && members.TryGetValue(member, out var found) && found is OpenApiSchema text)
                    {
                        text.MaxLength ??= length;
                    }
                }

                if (problem.Properties is { } all && all.TryGetValue("status", out var code) && code is OpenApiSchema status)
                {
                    status.Minimum ??= "100";
                    status.Maximum ??= "599";
                }
            }

            Limit(schema);
        }

        foreach (var operation in (document.Paths ?? []).SelectMany(p => p.Value.Operations ?? []).Select(o => o.Value))
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
            {
                Limit(parameter.Schema, parameter.In);
            }

            foreach (var media in operation.RequestBody?.Content?.Values ?? [])
            {
                Limit(media.Schema);
            }

            foreach (var response in (operation.Responses ?? []).Values.OfType<OpenApiResponse>())
            {
                Headers(response);
                foreach (var (header, value) in response.Headers!)
                {
                    Limit((value as OpenApiHeader)?.Schema);
                }

                foreach (var media in response.Content?.Values ?? [])
                {
                    Limit(media.Schema);
                }
            }
        }
    }

    /// <param name="location">Where the parameter this is the schema of stands; null for a body, a member or a header.</param>
    private static void Limit(IOpenApiSchema? schema, ParameterLocation? location = null)
    {
        if (schema is not OpenApiSchema s)
        {
            return; // a reference: its component is limited where it is defined
        }

        var type = s.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.String) && s.MaxLength is null && s.Enum is not { Count: > 0 })
        {
            s.MaxLength = s.Format switch
            {
                "uuid" => 36,
                "date-time" or "date" => 35,
                // Every path parameter is an id, a slug or a code ({idOrSlug}, {code}).
                _ when location == ParameterLocation.Path => ProfileLimits.Slug,
                _ => ProfileLimits.Description,
            };
        }

        if (type.HasFlag(JsonSchemaType.Integer))
        {
            s.Minimum ??= "0";
            s.Maximum ??= (s.Format == "int64" ? long.MaxValue : int.MaxValue).ToString(CultureInfo.InvariantCulture);
        }

        if (type.HasFlag(JsonSchemaType.Array))
        {
            Limit(s.Items);
        }

        if (s.AdditionalProperties is { } map)
        {
            s.MaxProperties ??= 100; // a map of fields or parameters to their changes or messages
            Limit(map);
        }

        foreach (var value in (s.Properties ?? new Dictionary<string, IOpenApiSchema>()).Values)
        {
            Limit(value);
        }
    }

    private static void Headers(OpenApiResponse response)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers.TryAdd(RateLimitHeaders.Policy, Header("The caller's rate-limit policy: its name, quota (q) and window in seconds (w), e.g. \"anonymous\";q=300;w=60.", 100));
        response.Headers.TryAdd(RateLimitHeaders.Current, Header("What is left of the caller's quota in the current window (r), e.g. \"anonymous\";r=299.", 100));
        response.Headers.TryAdd("Access-Control-Allow-Origin", Header("* for public reads from any site; for writes, the request's Origin when it is one of Cors:WriteOrigins. Present only when the request has an allowed Origin.", ProfileLimits.Url));
    }

    private static OpenApiHeader Header(string description, int maxLength) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength },
    };
}
