using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Directory.Api.Writes;

/// <summary>
/// Reads write bodies strictly: unknown members (id, createdAt …) are rejected, so a client cannot set
/// server-owned fields. A merge patch (RFC 7396) is applied to the current document before validation.
/// </summary>
public static class WriteBody
{
    public const string MergePatchJson = "application/merge-patch+json";

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static async Task<(T? Body, Dictionary<string, string[]>? Errors)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return (null, Error("body", Describe(e)));
        }

        return node is null ? (null, Error("body", "A JSON object is required.")) : Deserialize<T>(node);
    }

    public static async Task<(T? Body, Dictionary<string, string[]>? Errors)> MergeAsync<T>(HttpRequest request, T current)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        JsonNode? patch;
        try
        {
            patch = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return (null, Error("body", Describe(e)));
        }

        if (patch is not JsonObject)
        {
            return (null, Error("body", "A merge patch must be a JSON object."));
        }

        var document = JsonSerializer.SerializeToNode(current, Options)!;
        return Deserialize<T>(Merge(document, patch)!);
    }

    /// <summary>The body as <typeparamref name="T"/>, or the member that is wrong: of the wrong type, unknown, or a null inside a list.</summary>
    public static (T? Body, Dictionary<string, string[]>? Errors) Deserialize<T>(JsonNode node)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(node);
        if (NullElement(node) is { } element)
        {
            return (null, Error(element, NullElementMessage));
        }

        try
        {
            return (node.Deserialize<T>(Options), null);
        }
        catch (JsonException e)
        {
            return (null, Error(e.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body", Describe(e)));
        }
    }

    public const string NullElementMessage = "A list must not hold null; leave the element out.";

    /// <summary>Where the first null element of a list is, e.g. <c>socialLinks[0]</c> or <c>[2].workAreas[0]</c>; null when none is.</summary>
    public static string? NullElement(JsonNode? node, string path = "")
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var element = $"{path}[{i}]";
                    if ((array[i] is null ? element : NullElement(array[i], element)) is { } found)
                    {
                        return found;
                    }
                }

                break;
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (NullElement(value, path.Length == 0 ? name : $"{path}.{name}") is { } found)
                    {
                        return found;
                    }
                }

                break;
        }

        return null;
    }

    /// <summary>RFC 7396: objects merge member by member, null removes, anything else replaces.</summary>
    public static JsonNode? Merge(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target as JsonObject ?? [];
        foreach (var (name, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(name);
            }
            else
            {
                var existing = result[name];
                result[name] = Merge(existing?.DeepClone(), value);
            }
        }

        return result;
    }

    private static Dictionary<string, string[]> Error(string field, string message) => new(StringComparer.Ordinal) { [field] = [message] };

    private static string Describe(JsonException e) =>
        e.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? "Unknown member: it is not part of the writable profile (server-owned fields such as id and timestamps cannot be set)."
            : "Malformed JSON or a value of the wrong type.";
}
