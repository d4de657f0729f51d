using System.Globalization;
using Directory.Api.Http;
using Directory.Api.Queries;
using Directory.Domain;
using Directory.Infrastructure.Configurations;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Directory.Api.Setup.OpenApi;

/// <summary>
/// Gives every string, list, integer and map of the contract the bound the server holds it to (OWASP
/// API4:2023), from the limits validation and the database use; and every answer the headers it carries:
/// the rate-limit fields, and Access-Control-Allow-Origin for a request whose Origin is allowed.
/// Lists in answers that no limit bounds (a profile's history, the keys, the taxonomy) are left open and
/// named in openapi/.spectral.yaml.
/// </summary>
internal sealed class ContractLimitsFilter : IDocumentFilter
{
    // Kestrel's default request-line limit: page links and problem instances repeat the request's URL.
    private const int RequestLine = 8192;

    private static readonly Dictionary<string, int> Lengths = new(StringComparer.Ordinal)
    {
        ["slug"] = ProfileLimits.Slug, ["code"] = ProfileLimits.Slug, ["parentCode"] = ProfileLimits.Slug, ["idOrSlug"] = ProfileLimits.Slug,
        ["registeredMunicipality"] = ProfileLimits.Slug, ["atvk"] = ProfileLimits.Slug, ["descriptionLanguage"] = 3,
        ["name"] = ProfileLimits.Name, ["nameLv"] = ProfileLimits.Name, ["nameEn"] = ProfileLimits.Name, ["title"] = ProfileLimits.Name,
        ["affiliation"] = ProfileLimits.Name, ["actor"] = ProfileLimits.Name, ["address"] = ProfileLimits.Name, ["network"] = 30,
        ["column"] = ProfileLimits.Name, ["shortName"] = ProfileLimits.ShortName, ["availabilityNote"] = 200,
        ["email"] = ProfileLimits.Email, ["website"] = ProfileLimits.Url, ["url"] = ProfileLimits.Url, ["homepage"] = ProfileLimits.Url,
        ["registrationNumber"] = 11, ["postalCode"] = 7, ["phone"] = 12, ["legalForm"] = 30, ["status"] = 20, ["kind"] = 20,
        ["availability"] = 20, ["role"] = 20, ["action"] = 20, ["nuts3"] = 10, ["isoCode"] = 10, ["prefix"] = 12, ["key"] = 100,
        ["since"] = 100, ["cursor"] = 100, ["nextCursor"] = 100, ["updatedSince"] = 35, ["format"] = 6,
        ["If-Match"] = 200, ["If-None-Match"] = 200, ["ETag"] = 200, [Writes.Idempotency.HeaderName] = Writes.Idempotency.MaxKeyLength,
        ["self"] = RequestLine, ["first"] = RequestLine, ["prev"] = RequestLine, ["next"] = RequestLine, ["last"] = RequestLine,
        ["instance"] = RequestLine, ["type"] = RequestLine, ["detail"] = 2 * RequestLine, ["accessUrl"] = RequestLine, ["downloadUrl"] = RequestLine,
        ["languages[]"] = 3, ["language[]"] = 3, ["helpOffered[]"] = 30,
        ["lv[]"] = LeadInTerms.MaxLength, ["en[]"] = LeadInTerms.MaxLength, ["leadInTermsLv[]"] = LeadInTerms.MaxLength, ["leadInTermsEn[]"] = LeadInTerms.MaxLength,
        ["used[]"] = ListLimits.MaxQueryLength, ["leftOut[]"] = ListLimits.MaxQueryLength, ["word"] = ListLimits.MaxQueryLength, ["suggestion"] = LeadInTerms.MaxLength,
    };

    private static readonly Dictionary<string, int> Items = new(StringComparer.Ordinal)
    {
        // Query lists (every value counts, comma-separated or repeated) and the lists of a profile.
        ["region"] = ListLimits.MaxValuesPerParameter, ["supportArea"] = ListLimits.MaxValuesPerParameter, ["targetGroup"] = ListLimits.MaxValuesPerParameter,
        ["language"] = ListLimits.MaxValuesPerParameter, ["expertise"] = ProfileLimits.ListItems, ["workAreas"] = ProfileLimits.ListItems,
        ["supportAreas"] = ProfileLimits.ListItems, ["targetGroups"] = ProfileLimits.ListItems, ["languages"] = ProfileLimits.ListItems,
        ["socialLinks"] = ProfileLimits.ListItems, ["social"] = ProfileLimits.ListItems, ["regions"] = ProfileLimits.ListItems,
        ["helpOffered"] = ProfileLimits.ListItems,
        // Lead-in terms, and what a list did with the words of q.
        ["lv"] = LeadInTerms.MaxTerms, ["en"] = LeadInTerms.MaxTerms, ["leadInTermsLv"] = LeadInTerms.MaxTerms, ["leadInTermsEn"] = LeadInTerms.MaxTerms,
        ["used"] = Search.SearchQuery.MaxTerms, ["leftOut"] = Search.SearchQuery.MaxTerms, ["didYouMean"] = Search.SearchQuery.MaxSuggestions,
        // A page and a page of changes.
        ["items"] = ListLimits.MaxChanges,
        // Latvia's municipalities (42 since the 2021 reform; only the seed adds regions) and the dataset's downloads.
        ["municipalities"] = 50, ["distribution"] = 10,
        // Facets count every support area and target group: as many as the taxonomy has (open).
        ["NgoFacetsDto.supportAreas"] = 0, ["NgoFacetsDto.targetGroups"] = 0,
        // The languages profiles are served in: the facet lists the most used, as many as a profile may list.
        ["NgoFacetsDto.languages"] = ProfileLimits.ListItems,
    };

    private static readonly Dictionary<string, (long Min, long Max)> Integers = new(StringComparer.Ordinal)
    {
        ["page"] = (1, ListLimits.MaxPage), ["pageSize"] = (1, ListLimits.MaxPageSize), ["limit"] = (1, ListLimits.MaxChanges),
        ["status"] = (100, 599), ["version"] = (1, int.MaxValue), ["id"] = (1, long.MaxValue), ["row"] = (1, int.MaxValue),
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        foreach (var (name, schema) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            Limit(schema, null, name);
            if (schema is OpenApiSchema { AdditionalProperties: not null } problem && name.Contains("ProblemDetails", StringComparison.Ordinal))
            {
                problem.MaxProperties ??= 20; // the standard members, traceId, errors and an import report
            }
        }

        foreach (var operation in (document.Paths ?? []).SelectMany(p => p.Value.Operations ?? []).Select(o => o.Value))
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
            {
                // A query list's value may hold several codes, comma-separated: up to the list's whole length
                // ("lv,ru" is one value of language, whose codes are 3 letters at most).
                if (parameter is { In: ParameterLocation.Query, Name: { } name, Schema: OpenApiSchema { Items: OpenApiSchema values } }
                    && Lengths.TryGetValue($"{name}[]", out var code) && Items.TryGetValue(name, out var most))
                {
                    values.MaxLength ??= (most * (code + 1)) - 1;
                }

                Limit(parameter.Schema, parameter.Name);
            }

            foreach (var media in operation.RequestBody?.Content?.Values ?? [])
            {
                Limit(media.Schema, null);
            }

            foreach (var response in (operation.Responses ?? []).Values.OfType<OpenApiResponse>())
            {
                Headers(response);
                foreach (var (header, value) in response.Headers!)
                {
                    Limit((value as OpenApiHeader)?.Schema, header);
                }

                foreach (var media in response.Content?.Values ?? [])
                {
                    Limit(media.Schema, null);
                }
            }
        }
    }

    /// <param name="owner">The component whose property this is, for limits that differ by owner.</param>
    private static void Limit(IOpenApiSchema? schema, string? name, string? owner = null)
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
                _ => name is not null && Lengths.TryGetValue(name, out var length) ? length : ProfileLimits.Description,
            };
        }

        if (type.HasFlag(JsonSchemaType.Integer))
        {
            var (min, max) = name is not null && Integers.TryGetValue(name, out var range) ? range : (0, s.Format == "int64" ? long.MaxValue : int.MaxValue);
            s.Minimum ??= min.ToString(CultureInfo.InvariantCulture);
            s.Maximum ??= max.ToString(CultureInfo.InvariantCulture);
        }

        if (type.HasFlag(JsonSchemaType.Array))
        {
            if (name is not null && (Items.TryGetValue($"{owner}.{name}", out var items) || Items.TryGetValue(name, out items)) && items > 0)
            {
                s.MaxItems ??= items;
            }

            Limit(s.Items, name is null ? null : $"{name}[]");
        }

        if (s.AdditionalProperties is { } values)
        {
            s.MaxProperties ??= 100; // a map of fields or parameters to their changes or messages
            Limit(values, null);
        }

        foreach (var (property, value) in s.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            Limit(value, property, owner);
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
