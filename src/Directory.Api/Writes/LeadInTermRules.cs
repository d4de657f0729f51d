using Directory.Api.Search;
using Directory.Domain;

namespace Directory.Api.Writes;

/// <summary>What a list of lead-in terms may hold, for the JSON and the CSV way of editing them alike.</summary>
public static class LeadInTermRules
{
    /// <summary>The terms as stored, or null with the faults added to <paramref name="validation"/> under <paramref name="field"/>.</summary>
    public static string? Checked(WriteValidation validation, string field, IReadOnlyList<string?>? terms, TextLanguage language)
    {
        ArgumentNullException.ThrowIfNull(validation);
        if (terms is null)
        {
            validation.Add(field, "Required: a list of terms, empty for none.");
            return null;
        }

        if (terms.Count > LeadInTerms.MaxTerms)
        {
            validation.Add(field, $"At most {LeadInTerms.MaxTerms} terms.");
            return null;
        }

        var kept = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++)
        {
            var at = $"{field}[{i}]";
            if (terms[i] is null)
            {
                validation.Add(at, WriteBody.NullElementMessage);
                continue;
            }

            if (validation.Required(at, terms[i]) is not { } term)
            {
                continue;
            }

            // A list's items are checked here, one by one: an attribute on the list would name the list, not the term.
            if (Validation.TextAttribute.ProblemOf(term, LeadInTerms.MaxLength) is { } problem)
            {
                validation.Add(at, problem);
                continue;
            }

            var words = string.Join(' ', TextAnalysis.Words(term, language).Select(w => w.Surface));
            if (words.Length == 0)
            {
                validation.Add(at, "Has no word that search can find (only stop words or punctuation).");
            }
            else if (!seen.Add(words))
            {
                validation.Add(at, $"'{term}' is in the list already (search sees the same words).");
            }
            else
            {
                kept.Add(term);
            }
        }

        return LeadInTerms.Join(kept);
    }
}
