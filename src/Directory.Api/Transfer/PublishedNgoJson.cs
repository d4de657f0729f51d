using System.Reflection;
using System.Text.Json;
using Directory.Api.Writes;

namespace Directory.Api.Transfer;

/// <summary>
/// An NGO as the JSON export (and <c>GET /ngos/{id}</c>) writes it, read back as a write request, so that
/// the JSON export imports unchanged as the CSV export does. The export holds the description in the one
/// language it was asked in; the other is left as the directory has it (<see cref="ToRequest"/>'s
/// <c>keep</c>).
/// </summary>
public static class PublishedNgoJson
{
    /// <summary>An element of a JSON import in the published shape (it has the nested members the write API has not).</summary>
    public static bool IsPublished(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && (item.TryGetProperty("registered", out _) || item.TryGetProperty("workArea", out _));

    /// <param name="ngo">One element of the export.</param>
    /// <param name="keep">The description language the element does not hold ("en" or "lv"): the directory's is kept.</param>
    public static NgoWriteRequest ToRequest(JsonElement ngo, out string keep)
    {
        var language = Text(ngo, "descriptionLanguage");
        keep = language == ReferenceData.Localization.English ? ReferenceData.Localization.Latvian : ReferenceData.Localization.English;
        var registered = Member(ngo, "registered");
        var workArea = Member(ngo, "workArea");
        var contacts = Member(ngo, "contacts");
        return SameNamed(ngo) with
        {
            DescriptionLv = language == ReferenceData.Localization.English ? null : Text(ngo, "description"),
            DescriptionEn = language == ReferenceData.Localization.English ? Text(ngo, "description") : null,
            RegisteredMunicipality = registered is { } r && Member(r, "municipality") is { } m ? Text(m, "code") : null,
            Address = registered is { } a ? Text(a, "address") : null,
            PostalCode = registered is { } p ? Text(p, "postalCode") : null,
            Nationwide = workArea is { } w && Flag(w, "nationwide"),
            WorkAreas = workArea is { } areas ? Codes(areas, "regions") : [],
            SupportAreas = Codes(ngo, "supportAreas"),
            TargetGroups = Codes(ngo, "targetGroups"),
            Email = contacts is { } e ? Text(e, "email") : null,
            Phone = contacts is { } ph ? Text(ph, "phone") : null,
            Website = contacts is { } web ? Text(web, "website") : null,
            SocialLinks = contacts is { } c && Member(c, "social") is { ValueKind: JsonValueKind.Array } social
                ? [.. social.EnumerateArray().Select(s => new SocialLinkWrite(Text(s, "network"), Text(s, "url")))]
                : null,
        };
    }

    // The members the published NGO has at its top level under the write request's own names (slug, name,
    // shortName, legalForm, registrationNumber, languages, isMember, status …): a field added to both is read.
    private static readonly (string Name, PropertyInfo Member)[] Flat = [.. typeof(NgoWriteRequest).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType == typeof(string) || p.PropertyType == typeof(bool) || p.PropertyType == typeof(IReadOnlyList<string>))
        .Select(p => (WriteBody.Options.PropertyNamingPolicy!.ConvertName(p.Name), p))];

    private static NgoWriteRequest SameNamed(JsonElement ngo)
    {
        var request = new NgoWriteRequest();
        foreach (var (name, member) in Flat)
        {
            object? value = member.PropertyType switch
            {
                var t when t == typeof(string) => Text(ngo, name),
                var t when t == typeof(bool) => Flag(ngo, name),
                _ => Member(ngo, name) is { ValueKind: JsonValueKind.Array } items && items.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String)
                    ? items.EnumerateArray().Select(i => i.GetString() ?? "").ToList()
                    : null,
            };
            member.SetValue(request, value); // an init-only member, set once on a new request
        }

        return request;
    }

    private static JsonElement? Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? Text(JsonElement element, string name) =>
        Member(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static bool Flag(JsonElement element, string name) => Member(element, name) is { ValueKind: JsonValueKind.True };

    private static List<string> Codes(JsonElement element, string name) =>
        Member(element, name) is { ValueKind: JsonValueKind.Array } items ? [.. items.EnumerateArray().Select(i => Text(i, "code") ?? "")] : [];
}
