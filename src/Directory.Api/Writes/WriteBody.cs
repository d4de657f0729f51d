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
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, Options, request.HttpContext.RequestAborted);
            return body is null ? (null, Error("body", "A JSON object is required.")) : (body, null);
        }
        catch (JsonException e)
        {
            return (null, Error(e.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body", Describe(e)));
        }
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
        var merged = Merge(document, patch);
        try
        {
            return (merged.Deserialize<T>(Options), null);
        }
        catch (JsonException e)
        {
            return (null, Error(e.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body", Describe(e)));
        }
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
