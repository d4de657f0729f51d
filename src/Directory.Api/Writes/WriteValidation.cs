using System.Net.Mail;
using System.Text.Json;
using System.Text.RegularExpressions;
using Directory.Api.ReferenceData;
using Directory.Domain;
using Directory.Infrastructure.Configurations;

namespace Directory.Api.Writes;

/// <summary>Collects every problem of a write request, keyed by its field, before anything is stored.</summary>
public sealed partial class WriteValidation(ReferenceDataCache.Snapshot reference)
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public Dictionary<string, string[]> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public void Add(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    /// <param name="multiline">Text that may hold line breaks and tabs (a description); other control characters are refused everywhere.</param>
    public string? Required(string field, string? value, int maxLength, bool multiline = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "Required.");
            return null;
        }

        return Optional(field, value, maxLength, multiline);
    }

    /// <param name="multiline">Text that may hold line breaks and tabs (a description); other control characters are refused everywhere.</param>
    public string? Optional(string field, string? value, int maxLength, bool multiline = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters.");
        }

        // A NUL made the CSV export unreadable to the importer; an escape sequence reaches terminals and readers.
        foreach (var c in trimmed)
        {
            if (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
            {
                Add(field, $"Holds a control character (U+{(int)c:X4}); {(multiline ? "only line breaks and tabs may stand in this text" : "this text is one line without tabs")}.");
                break;
            }
        }

        return trimmed;
    }

    /// <summary>The slug a write asks for: the one given, or one made from the name.</summary>
    public static string SlugOf(string? value, string? name) =>
        string.IsNullOrWhiteSpace(value) ? LatvianText.Fold(name).Replace(' ', '-') : value.Trim();

    public string? Slug(string? value, string? name)
    {
        var slug = SlugOf(value, name);
        if (slug.Length == 0)
        {
            return null; // the missing name is reported already
        }

        if (slug.Length > ProfileLimits.Slug || !SlugPattern().IsMatch(slug) || Guid.TryParse(slug, out _))
        {
            Add("slug", "Lower-case letters, digits and single hyphens, at most 120 characters, not a uuid.");
        }

        return slug;
    }

    public T? Enum<T>(string field, string? value, T? fallback)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (fallback is null)
            {
                Add(field, "Required.");
            }

            return fallback;
        }

        if (ReferenceData.WireNames.TryParse<T>(value, out var parsed))
        {
            return parsed;
        }

        Add(field, $"Must be one of {string.Join(", ", ReferenceData.WireNames.All<T>())}.");
        return fallback;
    }

    public void RegistrationNumberOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add("registrationNumber", "Required.");
        }
        else if (!RegistrationNumber.IsValid(value))
        {
            Add("registrationNumber", "Must be an 11-digit Latvian registration number with a valid check digit.");
        }
    }

    public string? PostalCode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || !PostalCodePattern().IsMatch(value.Trim()))
        {
            Add("postalCode", "Must be a Latvian postal code, LV-####.");
            return null;
        }

        return value.Trim();
    }

    public string? Email(string field, string? value)
    {
        var email = Optional(field, value, ProfileLimits.Email);
        if (email is not null && (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            Add(field, "Must be an e-mail address.");
        }

        return email;
    }

    public string? Phone(string field, string? value)
    {
        var phone = Optional(field, value, 12);
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            Add(field, "Must be +371 and eight digits.");
        }

        return phone;
    }

    public string? Url(string field, string? value)
    {
        var url = Optional(field, value, ProfileLimits.Url);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            Add(field, "Must be an absolute http or https URL.");
        }

        return url;
    }

    public List<Region> Regions(string field, IReadOnlyList<string>? codes) =>
        Codes(field, codes, reference.FindRegion, "region");

    public List<SupportArea> SupportAreas(string field, IReadOnlyList<string>? codes, bool required) =>
        Codes(field, codes, reference.FindSupportArea, "support area", required);

    public List<TargetGroup> TargetGroups(string field, IReadOnlyList<string>? codes) =>
        Codes(field, codes, reference.FindTargetGroup, "target group");

    public Region? Municipality(string field, string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            Add(field, "Required.");
            return null;
        }

        var region = reference.FindRegion(code);
        if (region is null || region.Kind == RegionKind.PlanningRegion)
        {
            Add(field, $"'{code}' is not a municipality's ATVK code or slug.");
            return null;
        }

        return region;
    }

    /// <summary>Each named list holds at most <see cref="ProfileLimits.ListItems"/> items.</summary>
    public void MaxItems(params (string Field, int? Count)[] lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        foreach (var (field, count) in lists.Where(l => l.Count > ProfileLimits.ListItems))
        {
            Add(field, $"At most {ProfileLimits.ListItems} items.");
        }
    }

    public List<string> Languages(string field, IReadOnlyList<string>? codes)
    {
        if (codes is null || codes.Count == 0)
        {
            Add(field, "At least one language.");
            return [];
        }

        foreach (var code in codes.Where(c => !LanguageCodes.IsKnown(c ?? "")))
        {
            Add(field, $"'{code}' is not an ISO 639 language code in lower case (e.g. lv, ru, en, ltg).");
        }

        return [.. codes.Distinct(StringComparer.Ordinal)];
    }

    private List<T> Codes<T>(string field, IReadOnlyList<string>? codes, Func<string, T?> find, string what, bool required = false)
        where T : class
    {
        if (codes is null || codes.Count == 0)
        {
            if (required)
            {
                Add(field, $"At least one {what}.");
            }

            return [];
        }

        var found = new List<T>();
        foreach (var code in codes.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (find(code ?? "") is { } item)
            {
                found.Add(item);
            }
            else
            {
                Add(field, $"Unknown {what} code '{code}'.");
            }
        }

        return found;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^LV-[0-9]{4}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex(@"^\+371[0-9]{8}$")]
    private static partial Regex PhonePattern();
}
