using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Directory.Api.Dataset;

/// <summary>
/// A small RDF graph written as a tree of nodes — enough for one DCAT record — and its two renderings,
/// JSON-LD and Turtle, made from the same tree so they cannot say different things. No RDF library is
/// served here (dotNetRDF is not on this NuGet), and the record needs only IRIs, literals with a language
/// or a datatype, and nested nodes.
/// </summary>
public abstract record RdfTerm;

public sealed record Iri(string Value) : RdfTerm;

/// <summary>A literal: plain, with a language tag, or with a datatype given as a prefixed name (xsd:dateTime).</summary>
public sealed record Literal(string Value, string? Language = null, string? Datatype = null) : RdfTerm
{
    public static Literal Lv(string value) => new(value, "lv");

    public static Literal En(string value) => new(value, "en");

    public static Literal DateTime(DateTime value) =>
        new(value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), Datatype: "xsd:dateTime");
}

/// <summary>A resource: an IRI or, without one, a blank node; its type and its properties in order (predicates are prefixed names).</summary>
public sealed record RdfNode(string? Id, string Type, IReadOnlyList<(string Predicate, RdfTerm Value)> Properties) : RdfTerm;

public static class RdfWriter
{
    /// <summary>The prefixes both renderings use; every prefixed name in a graph must use one of these.</summary>
    public static readonly IReadOnlyList<(string Prefix, string Namespace)> Prefixes =
    [
        ("dcat", "http://www.w3.org/ns/dcat#"),
        ("dct", "http://purl.org/dc/terms/"),
        ("foaf", "http://xmlns.com/foaf/0.1/"),
        ("vcard", "http://www.w3.org/2006/vcard/ns#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ];

    /// <summary>JSON-LD in compacted form with the prefixes as its inline context.</summary>
    public static string JsonLd(RdfNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var context = new JsonObject();
        foreach (var (prefix, ns) in Prefixes)
        {
            context[prefix] = ns;
        }

        var document = JsonNodeOf(root);
        document.Insert(0, "@context", context);
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = Http.JsonEncoding.Readable });
    }

    private static JsonObject JsonNodeOf(RdfNode node)
    {
        var json = new JsonObject();
        if (node.Id is not null)
        {
            json["@id"] = node.Id;
        }

        json["@type"] = node.Type;
        foreach (var group in node.Properties.GroupBy(p => p.Predicate))
        {
            var values = group.Select(p => JsonValueOf(p.Value)).ToArray();
            json[group.Key] = values.Length == 1 ? values[0] : new JsonArray(values);
        }

        return json;
    }

    private static JsonNode JsonValueOf(RdfTerm term) => term switch
    {
        RdfNode node => JsonNodeOf(node),
        Iri iri => new JsonObject { ["@id"] = iri.Value },
        Literal { Language: { } language } literal => new JsonObject { ["@value"] = literal.Value, ["@language"] = language },
        Literal { Datatype: { } datatype } literal => new JsonObject { ["@value"] = literal.Value, ["@type"] = datatype },
        Literal literal => JsonValue.Create(literal.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    /// <summary>Turtle: the prefixes, then the root with blank nodes nested in place and named nodes written after it.</summary>
    public static string Turtle(RdfNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var text = new StringBuilder();
        foreach (var (prefix, ns) in Prefixes)
        {
            text.Append(CultureInfo.InvariantCulture, $"@prefix {prefix}: <{ns}> .\n");
        }

        var pending = new Queue<RdfNode>([root]);
        while (pending.TryDequeue(out var node))
        {
            text.Append('\n');
            text.Append(node.Id is null ? "[]" : IriRef(node.Id));
            WriteBody(text, node, "    ", pending);
            text.Append(" .\n");
        }

        return text.ToString();
    }

    private static void WriteBody(StringBuilder text, RdfNode node, string indent, Queue<RdfNode> pending)
    {
        text.Append('\n').Append(indent).Append("a ").Append(node.Type);
        foreach (var (predicate, value) in node.Properties)
        {
            text.Append(" ;\n").Append(indent).Append(predicate).Append(' ');
            switch (value)
            {
                case RdfNode { Id: null } blank:
                    text.Append('[');
                    WriteBody(text, blank, indent + "    ", pending);
                    text.Append('\n').Append(indent).Append(']');
                    break;
                case RdfNode named:
                    text.Append(IriRef(named.Id!));
                    pending.Enqueue(named);
                    break;
                case Iri iri:
                    text.Append(IriRef(iri.Value));
                    break;
                case Literal literal:
                    text.Append(StringLiteral(literal.Value));
                    if (literal.Language is not null)
                    {
                        text.Append('@').Append(literal.Language);
                    }
                    else if (literal.Datatype is not null)
                    {
                        text.Append("^^").Append(literal.Datatype);
                    }

                    break;
            }
        }
    }

    // IRIREF may not hold controls, space or <>"{}|^`\ (Turtle 1.1, production 18): those go as \u escapes.
    private static string IriRef(string iri)
    {
        var text = new StringBuilder("<", iri.Length + 2);
        foreach (var c in iri)
        {
            if (c <= ' ' || "<>\"{}|^`\\".Contains(c, StringComparison.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                text.Append(c);
            }
        }

        return text.Append('>').ToString();
    }

    private static string StringLiteral(string value)
    {
        var text = new StringBuilder("\"", value.Length + 2);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
