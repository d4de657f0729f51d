using System.Globalization;
using System.Reflection;
using Directory.Api.Writes;

namespace Directory.Api.Transfer;

/// <summary>
/// The columns of an NGO in CSV, the same for export and import, so that an export imports unchanged.
/// They are the members of <see cref="NgoWriteRequest"/> in order, named as in JSON: a field added there
/// is a column. A member's type says how its cell reads: a list is separated by "|" (or ","), a yes/no is
/// true/false (jā/nē), social links are "network=url".
/// </summary>
public static class NgoCsv
{
    private sealed record Column(string Name, PropertyInfo Member);

    private static readonly Column[] Members = [.. typeof(NgoWriteRequest).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .OrderBy(p => p.MetadataToken) // declaration order
        .Select(p => new Column(WriteBody.Options.PropertyNamingPolicy!.ConvertName(p.Name), p))];

    public static readonly string[] Columns = [.. Members.Select(c => c.Name)];

    public static readonly string[] RequiredColumns =
        ["name", "legalForm", "registrationNumber", "descriptionLv", "registeredMunicipality", "address", "postalCode", "supportAreas", "languages"];

    public static string[] ToFields(NgoWriteRequest ngo)
    {
        ArgumentNullException.ThrowIfNull(ngo);
        return [.. Members.Select(c => c.Member.GetValue(ngo) switch
        {
            null => "",
            string text => text,
            bool flag => Bool(flag),
            IEnumerable<SocialLinkWrite> links => string.Join('|', links.Select(l => $"{l.Network}={l.Url}")),
            IEnumerable<string> items => string.Join('|', items),
            var other => throw new InvalidOperationException($"No CSV form for {c.Name} ({other.GetType().Name})."),
        })];
    }

    /// <summary>A row as a write request; the row's own problems (a bad yes/no value) go to <paramref name="errors"/>.</summary>
    public static NgoWriteRequest FromFields(IReadOnlyDictionary<string, string> row, List<(string Column, string Message)> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(errors);
        string? Text(string column) => row.TryGetValue(column, out var value) && Csv.Unescape(value.Trim()) is { Length: > 0 } text ? text : null;
        IReadOnlyList<string>? Items(string column) => Text(column)?.Split(['|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        bool Flag(string column)
        {
            var value = Text(column)?.ToLowerInvariant();
            switch (value)
            {
                case null or "false" or "0" or "nē" or "ne" or "no":
                    return false;
                case "true" or "1" or "jā" or "ja" or "yes":
                    return true;
                default:
                    errors.Add((column, $"'{value}' is not true or false (jā/nē)."));
                    return false;
            }
        }

        var request = new NgoWriteRequest();
        foreach (var (name, member) in Members)
        {
            object? value = member.PropertyType switch
            {
                var t when t == typeof(string) => Text(name),
                var t when t == typeof(bool) => Flag(name),
                var t when t == typeof(IReadOnlyList<string>) => Items(name),
                var t when t == typeof(IReadOnlyList<SocialLinkWrite>) => Text(name)?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(l => l.Split('=', 2)).Select(p => new SocialLinkWrite(p[0], p.Length > 1 ? p[1] : null)).ToList(),
                var t => throw new InvalidOperationException($"No CSV form for {name} ({t.Name})."),
            };
            member.SetValue(request, value); // an init-only member, set once on a new request
        }

        return request;
    }

    private static string Bool(bool value) => value ? "true" : "false";

    public static string DatedFileName(string what, string extension) =>
        $"lblt-{what}-{DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
}
