using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Directory.Api.Validation;

// The rules of a written field, declared on the request types (Writes/WriteRequests.cs) and run by the
// framework's validator (DeclaredRules). A left-out value passes each of them: whether a field is
// required is the writer's rule, with the reference, cross-field and uniqueness checks.

/// <summary>
/// Text of at most <c>maximumLength</c> characters (as stored: trimmed) without control characters;
/// <see cref="Multiline"/> text (a description) may hold line breaks and tabs. The OpenAPI document
/// shows the length, as it does for any <see cref="MaxLengthAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TextAttribute(int maximumLength) : MaxLengthAttribute(maximumLength)
{
    public bool Multiline { get; init; }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        ProblemOf(value as string, Length, Multiline) is { } problem ? new ValidationResult(problem) : ValidationResult.Success;

    /// <summary>What is wrong with <paramref name="value"/> as text of this kind; null when nothing is (or it is left out).</summary>
    public static string? ProblemOf(string? value, int maximumLength, bool multiline = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.AsSpan().Trim();
        if (trimmed.Length > maximumLength)
        {
            return $"At most {maximumLength} characters.";
        }

        // A NUL made the CSV export unreadable to the importer; an escape sequence reaches terminals and readers.
        foreach (var c in trimmed)
        {
            if (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
            {
                return $"Holds a control character (U+{(int)c:X4}); {(multiline ? "only line breaks and tabs may stand in this text" : "this text is one line without tabs")}.";
            }
        }

        return null;
    }
}

/// <summary>A rule on one non-blank string, compared trimmed; a left-out or blank value passes.</summary>
public abstract class TrimmedTextRuleAttribute(string message) : ValidationAttribute(message)
{
    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || Holds(text.Trim());

    protected abstract bool Holds(string text);
}

/// <summary>An e-mail address, exactly as <see cref="MailAddress"/> reads it (no display name).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MailAddressAttribute() : TrimmedTextRuleAttribute("Must be an e-mail address.")
{
    protected override bool Holds(string text) => MailAddress.TryCreate(text, out var parsed) && parsed.Address == text;
}

/// <summary>An absolute http or https URL.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class HttpUrlAttribute() : TrimmedTextRuleAttribute("Must be an absolute http or https URL.")
{
    protected override bool Holds(string text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}

/// <summary>A Latvian phone number: +371 and eight digits.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed partial class LatvianPhoneAttribute() : TrimmedTextRuleAttribute("Must be +371 and eight digits.")
{
    protected override bool Holds(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"^\+371[0-9]{8}$")]
    private static partial Regex Pattern();
}

/// <summary>A Latvian postal code, LV-####.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed partial class LatvianPostalCodeAttribute() : TrimmedTextRuleAttribute("Must be a Latvian postal code, LV-####.")
{
    protected override bool Holds(string text) => Pattern().IsMatch(text);

    [GeneratedRegex("^LV-[0-9]{4}$")]
    private static partial Regex Pattern();
}

/// <summary>A Latvian registration number: 11 digits with a valid check digit.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class LatvianRegistrationNumberAttribute() : ValidationAttribute("Must be an 11-digit Latvian registration number with a valid check digit.")
{
    // Not trimmed: the number is stored as sent.
    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || Domain.RegistrationNumber.IsValid(text);
}

/// <summary>A profile's list: at most <see cref="Infrastructure.Configurations.ProfileLimits.ListItems"/> items.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ItemsAttribute : MaxLengthAttribute
{
    public ItemsAttribute()
        : base(Infrastructure.Configurations.ProfileLimits.ListItems) =>
        ErrorMessage = $"At most {Length} items.";
}
