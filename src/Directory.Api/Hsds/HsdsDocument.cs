using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace Directory.Api.Hsds;

/// <summary>
/// HSDS 3.1's own OpenAPI document (Open Referral's schema/openapi.json, embedded unchanged), as served at
/// /hsds/openapi.json: with this API's title, licence and server, and one upstream defect fixed — the
/// answer of GET /service_at_locations/{id} names compiled/service.json where compiled/service_at_location.json
/// is meant. The query parameters it lists per path are the ones the endpoints accept.
/// </summary>
public static class HsdsDocument
{
    private const string SchemaBase = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

    private static readonly Lazy<JsonObject> Upstream = new(() =>
    {
        using var stream = typeof(HsdsDocument).Assembly.GetManifestResourceStream("hsds-openapi.json")
            ?? throw new InvalidOperationException("The embedded hsds-openapi.json is missing.");
        return JsonNode.Parse(stream)!.AsObject();
    });

    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> Parameters = new(() =>
    {
        var document = Upstream.Value;
        var shared = document["components"]!["parameters"]!.AsObject();
        return document["paths"]!.AsObject().ToFrozenDictionary(
            path => path.Key,
            path => path.Value!["get"]!["parameters"]?.AsArray()
                .Select(p => p!["$ref"] is { } reference ? shared[reference.GetValue<string>().Split('/')[^1]]! : p!)
                .Where(p => p["in"]?.GetValue<string>() == "query")
                .Select(p => p["name"]!.GetValue<string>())
                .ToFrozenSet(StringComparer.Ordinal) ?? FrozenSet<string>.Empty,
            StringComparer.Ordinal);
    });

    /// <summary>The query parameters HSDS defines for <paramref name="path"/> (a path of the spec, e.g. <c>/services</c>).</summary>
    public static FrozenSet<string> ParametersOf(string path) => Parameters.Value[path];

    private static readonly Lazy<JsonObject> ServedDocument = new(Serve);

    /// <summary>The document as served: made once, and only read after (serializing does not change it).</summary>
    public static JsonObject Served() => ServedDocument.Value;

    private static JsonObject Serve()
    {
        var document = Upstream.Value.DeepClone().AsObject();
        document["info"] = new JsonObject
        {
            ["title"] = "LBLT Child & Family Directory — HSDS 3.1",
            ["version"] = "1.0",
            ["summary"] = "Latvia's NGOs that support children and families, in Open Referral's Human Services Data Specification.",
            ["description"] = "Published NGOs of the LBLT directory as HSDS organizations, services, locations and taxonomy terms. "
                + "How each field is filled: docs/hsds-mapping.md. The same data in the directory's own form: /api/v1.",
            ["contact"] = new JsonObject { ["name"] = "Latvijas Bērnu labklājības tīkls (LBLT)", ["url"] = "https://www.bernutiesibas.lv" },
            ["license"] = new JsonObject { ["name"] = "Data: CC BY 4.0. This document is HSDS (Open Referral, CC BY-SA 4.0).", ["url"] = "https://creativecommons.org/licenses/by/4.0/" },
        };
        document["servers"] = new JsonArray(new JsonObject { ["url"] = "/hsds", ["description"] = "This service" });
        document["paths"]!["/service_at_locations/{id}"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"] =
            new JsonObject { ["$ref"] = SchemaBase + "compiled/service_at_location.json" };
        return document;
    }
}
