using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Directory.Api.Validation;

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
        var (node, errors) = await ParseAsync(request);
        if (errors is not null)
        {
            return (null, errors);
        }

        return node is null ? (null, Error("body", "A JSON object is required.")) : Declared(request, Deserialize<T>(node));
    }

    public static async Task<(T? Body, Dictionary<string, string[]>? Errors)> MergeAsync<T>(HttpRequest request, T current)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        var (patch, errors) = await ParseAsync(request);
        if (errors is not null)
        {
            return (null, errors);
        }

        if (patch is not JsonObject patchObject)
        {
            return (null, Error("body", "A merge patch must be a JSON object."));
        }

        // null removes a member (RFC 7396); one that always has a value (a status, a yes/no) cannot be removed.
        var kept = patchObject.Where(m => m.Value is null && AlwaysSet<T>.Members.Contains(m.Key)).Select(m => m.Key).ToList();
        if (kept.Count > 0)
        {
            return (null, kept.ToDictionary(m => m, _ => CannotRemove, StringComparer.Ordinal));
        }

        var document = JsonSerializer.SerializeToNode(current, Options)!;
        return Declared(request, Deserialize<T>(Merge(document, patch)!));
    }

    /// <summary>The body's faults and those of the rules its type declares (lengths, formats), one list.</summary>
    private static (T? Body, Dictionary<string, string[]>? Errors) Declared<T>(HttpRequest request, (T? Body, Dictionary<string, string[]>? Errors) read)
        where T : class
    {
        if (read.Body is null)
        {
            return read;
        }

        var declared = request.HttpContext.RequestServices.GetRequiredService<DeclaredRules>().Check(read.Body);
        foreach (var (member, messages) in read.Errors ?? [])
        {
            declared[member] = messages; // an unknown or wrong-typed member was set aside: its own fault says it
        }

        return (read.Body, declared.Count == 0 ? null : declared);
    }

    private static readonly string[] CannotRemove = ["This member always has a value and cannot be removed (null); send the value it should have."];

    public const string DuplicateMemberMessage = "This member appears more than once in one object; send it once.";

    /// <summary>
    /// The body as JSON, or why it is not: malformed, or a member named twice in one object (names compare
    /// as the serializer matches them, ignoring case), which would otherwise be a 500 or a silent last-one-wins.
    /// </summary>
    private static async Task<(JsonNode? Node, Dictionary<string, string[]>? Errors)> ParseAsync(HttpRequest request)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return DuplicateMember(document.RootElement) is { } duplicate
                ? (null, Error(duplicate.Path, DuplicateMemberMessage))
                : (JsonSerializer.Deserialize<JsonNode>(document), null);
        }
        catch (JsonException e)
        {
            return (null, Error("body", Describe(e)));
        }
    }

    /// <summary>The first member named twice in one object, with its path (<c>socialLinks[0].network</c>, <c>[2].slug</c>); null when none is.</summary>
    public static (string Path, string Name)? DuplicateMember(JsonElement element, string path = "")
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                if (DuplicateMember(item, $"{path}[{i++}]") is { } found)
                {
                    return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var member in element.EnumerateObject())
            {
                var memberPath = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
                if (!seen.Add(member.Name))
                {
                    return (memberPath, member.Name);
                }

                if (DuplicateMember(member.Value, memberPath) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    /// <summary>The members of <typeparamref name="T"/> that are never absent: a status and the yes/no ones.</summary>
    private static class AlwaysSet<T>
    {
        public static readonly HashSet<string> Members = [.. typeof(T).GetProperties()
            .Where(p => p.PropertyType == typeof(bool) || p.Name == "Status")
            .Select(p => Options.PropertyNamingPolicy!.ConvertName(p.Name))];
    }

    /// <summary>
    /// The body as <typeparamref name="T"/> with every member that is wrong: unknown, of the wrong type, or a
    /// null inside a list. Unknown and wrong-typed members are set aside so that the rest is still read (and
    /// validated by the caller), and every fault is reported at once; the body is null only when nothing can be read.
    /// </summary>
    public static (T? Body, Dictionary<string, string[]>? Errors) Deserialize<T>(JsonNode node)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(node);
        if (NullElement(node) is { } element)
        {
            return (null, Error(element, NullElementMessage));
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (node is JsonObject body)
        {
            foreach (var (name, value) in body.ToList())
            {
                if (!Members<T>.Types.TryGetValue(name, out var type))
                {
                    errors[name] = [UnknownMember];
                    body.Remove(name);
                }
                else if (value is not null && !Reads(value, type))
                {
                    errors[name] = [WrongType];
                    body.Remove(name);
                }
            }
        }

        try
        {
            return (node.Deserialize<T>(Options), errors.Count == 0 ? null : errors);
        }
        catch (JsonException e)
        {
            errors[e.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body"] = [Describe(e)];
            return (null, errors);
        }
    }

    /// <summary>The body's faults and the writer's, one list: the body's message wins for a member both name.</summary>
    public static Dictionary<string, string[]> Merged(Dictionary<string, string[]>? bodyErrors, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (member, messages) in bodyErrors ?? [])
        {
            errors[member] = messages;
        }

        return errors;
    }

    private static bool Reads(JsonNode value, Type type)
    {
        try
        {
            value.Deserialize(type, Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private const string UnknownMember = "Unknown member: it is not part of the writable profile (server-owned fields such as id and timestamps cannot be set).";
    private const string WrongType = "A value of the wrong type.";

    /// <summary>The members of <typeparamref name="T"/> by the name the serializer reads (ignoring case, as it does).</summary>
    private static class Members<T>
    {
        public static readonly Dictionary<string, Type> Types = typeof(T).GetProperties()
            .ToDictionary(p => Options.PropertyNamingPolicy!.ConvertName(p.Name), p => p.PropertyType, StringComparer.OrdinalIgnoreCase);
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
        e.Message.Contains("could not be mapped", StringComparison.Ordinal) ? UnknownMember : "Malformed JSON or a value of the wrong type.";
}
