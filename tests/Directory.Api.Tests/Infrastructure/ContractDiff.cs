using System.Text.Json.Nodes;

namespace Directory.Api.Tests.Infrastructure;

/// <summary>
/// The changes between two versions of an OpenAPI 3.0 contract that break a client generated from the
/// older one: an operation, parameter, success status, schema, property or enum value removed; a
/// property's type changed; a parameter, request body or request member that is now required.
/// </summary>
public static class ContractDiff
{
    public static List<string> Breaking(JsonNode released, JsonNode current)
    {
        ArgumentNullException.ThrowIfNull(released);
        ArgumentNullException.ThrowIfNull(current);
        var breaks = new List<string>();
        foreach (var (path, operations) in released["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                var name = $"{method.ToUpperInvariant()} {path}";
                if (current["paths"]?[path]?[method] is not { } now)
                {
                    breaks.Add($"{name}: operation removed");
                    continue;
                }

                Parameters(name, operation!, now, breaks);
                if (now["requestBody"]?["required"]?.GetValue<bool>() == true && operation!["requestBody"]?["required"]?.GetValue<bool>() != true)
                {
                    breaks.Add($"{name}: request body now required");
                }

                foreach (var (status, _) in operation!["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')))
                {
                    if (now["responses"]?[status] is null)
                    {
                        breaks.Add($"{name}: response {status} removed");
                    }
                }
            }
        }

        var requestSchemas = RequestSchemas(current);
        foreach (var (schema, definition) in released["components"]!["schemas"]!.AsObject())
        {
            if (current["components"]?["schemas"]?[schema] is not { } now)
            {
                breaks.Add($"schema {schema} removed");
                continue;
            }

            Schema(schema, definition!, now, requestSchemas.Contains(schema), (released, current), breaks);
        }

        return breaks;
    }

    private static void Parameters(string name, JsonNode operation, JsonNode now, List<string> breaks)
    {
        static Dictionary<string, JsonNode> ByKey(JsonNode? parameters) =>
            (parameters?.AsArray() ?? []).ToDictionary(p => $"{p!["in"]}:{p["name"]}", p => p!, StringComparer.Ordinal);
        var before = ByKey(operation["parameters"]);
        var after = ByKey(now["parameters"]);
        foreach (var (key, parameter) in before)
        {
            if (!after.TryGetValue(key, out var kept))
            {
                breaks.Add($"{name}: parameter {key} removed");
            }
            else if (Required(kept) && !Required(parameter))
            {
                breaks.Add($"{name}: parameter {key} now required");
            }
        }

        breaks.AddRange(after.Where(p => !before.ContainsKey(p.Key) && Required(p.Value)).Select(p => $"{name}: new required parameter {p.Key}"));
    }

    private static void Schema(string schema, JsonNode before, JsonNode after, bool request, (JsonNode Released, JsonNode Current) contracts, List<string> breaks)
    {
        if (Type(before, contracts.Released) != Type(after, contracts.Current))
        {
            breaks.Add($"schema {schema}: type {Type(before, contracts.Released)} became {Type(after, contracts.Current)}");
        }

        var values = (after["enum"]?.AsArray() ?? []).Select(v => v?.ToJsonString()).ToHashSet(StringComparer.Ordinal);
        breaks.AddRange((before["enum"]?.AsArray() ?? []).Select(v => v?.ToJsonString()).Where(v => after["enum"] is not null && !values.Contains(v)).Select(v => $"schema {schema}: enum value {v} removed"));

        foreach (var (property, definition) in before["properties"]?.AsObject() ?? [])
        {
            if (after["properties"]?[property] is not { } now)
            {
                breaks.Add($"schema {schema}: property {property} removed");
            }
            else
            {
                Schema($"{schema}.{property}", definition!, now, request, contracts, breaks);
            }
        }

        if (request)
        {
            var required = (before["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
            breaks.AddRange((after["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).Where(r => !required.Contains(r)).Select(r => $"schema {schema}: member {r} now required"));
        }
    }

    private static bool Required(JsonNode parameter) => parameter["required"]?.GetValue<bool>() == true;

    /// <summary>
    /// A reference, or the type. A member wrapped as <c>allOf: [$ref]</c> to a string enum (as the server's
    /// fixed values are named for clients) is still a string on the wire: the values it took are the enum's.
    /// </summary>
    private static string? Type(JsonNode schema, JsonNode contract)
    {
        if (schema["type"] is null && schema["allOf"]?.AsArray() is [{ } only] && only["$ref"]?.GetValue<string>() is { } reference
            && contract["components"]?["schemas"]?[reference.Split('/')[^1]] is { } target && target["enum"] is not null)
        {
            return target["type"]?.GetValue<string>();
        }

        return schema["$ref"]?.GetValue<string>() ?? schema["type"]?.GetValue<string>();
    }

    /// <summary>Schemas a request body names (directly or as the items of a list).</summary>
    private static HashSet<string> RequestSchemas(JsonNode contract) =>
        contract["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => o.Value!["requestBody"]))
            .SelectMany(body => body?["content"]?.AsObject().Select(c => c.Value!["schema"]) ?? [])
            .Select(s => (s?["$ref"] ?? s?["items"]?["$ref"])?.GetValue<string>())
            .Where(r => r is not null)
            .Select(r => r!.Split('/')[^1])
            .ToHashSet(StringComparer.Ordinal);
}
