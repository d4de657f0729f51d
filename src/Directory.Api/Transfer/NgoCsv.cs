using System.Globalization;
using Directory.Api.Writes;

namespace Directory.Api.Transfer;

/// <summary>
/// The columns of an NGO in CSV, the same for export and import, so that an export imports unchanged.
/// Lists are separated by "|"; social links are "network=url".
/// </summary>
public static class NgoCsv
{
    public static readonly string[] Columns =
    [
        "slug", "name", "shortName", "legalForm", "registrationNumber", "descriptionLv", "descriptionEn",
        "registeredMunicipality", "address", "postalCode", "nationwide", "workAreas", "supportAreas", "targetGroups",
        "languages", "email", "phone", "website", "socialLinks", "isMember", "status",
    ];

    public static readonly string[] RequiredColumns =
        ["name", "legalForm", "registrationNumber", "descriptionLv", "registeredMunicipality", "address", "postalCode", "supportAreas", "languages"];

    public static string[] ToFields(NgoWriteRequest ngo)
    {
        ArgumentNullException.ThrowIfNull(ngo);
        return
        [
            ngo.Slug ?? "", ngo.Name ?? "", ngo.ShortName ?? "", ngo.LegalForm ?? "", ngo.RegistrationNumber ?? "", ngo.DescriptionLv ?? "", ngo.DescriptionEn ?? "",
            ngo.RegisteredMunicipality ?? "", ngo.Address ?? "", ngo.PostalCode ?? "", Bool(ngo.Nationwide), List(ngo.WorkAreas), List(ngo.SupportAreas), List(ngo.TargetGroups),
            List(ngo.Languages), ngo.Email ?? "", ngo.Phone ?? "", ngo.Website ?? "",
            string.Join('|', (ngo.SocialLinks ?? []).Select(l => $"{l.Network}={l.Url}")), Bool(ngo.IsMember), ngo.Status ?? "",
        ];
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

        return new NgoWriteRequest
        {
            Slug = Text("slug"),
            Name = Text("name"),
            ShortName = Text("shortName"),
            LegalForm = Text("legalForm"),
            RegistrationNumber = Text("registrationNumber"),
            DescriptionLv = Text("descriptionLv"),
            DescriptionEn = Text("descriptionEn"),
            RegisteredMunicipality = Text("registeredMunicipality"),
            Address = Text("address"),
            PostalCode = Text("postalCode"),
            Nationwide = Flag("nationwide"),
            WorkAreas = Items("workAreas"),
            SupportAreas = Items("supportAreas"),
            TargetGroups = Items("targetGroups"),
            Languages = Items("languages"),
            Email = Text("email"),
            Phone = Text("phone"),
            Website = Text("website"),
            SocialLinks = Text("socialLinks")?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(l => l.Split('=', 2)).Select(p => new SocialLinkWrite(p[0], p.Length > 1 ? p[1] : null)).ToList(),
            IsMember = Flag("isMember"),
            Status = Text("status"),
        };
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string List(IReadOnlyList<string>? values) => string.Join('|', values ?? []);

    public static string DatedFileName(string what, string extension) =>
        $"lblt-{what}-{DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
}
