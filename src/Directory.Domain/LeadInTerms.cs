namespace Directory.Domain;

/// <summary>
/// The words people use for a support area or target group that are not its name: professions,
/// conditions, things, life events, colloquial and official names ("use references" in the 211 taxonomy:
/// food bank → poverty relief). Stored one term per line; null until given (the seed gives a starter list
/// only to an entry that never had one, so an admin's empty list stays empty).
/// </summary>
public static class LeadInTerms
{
    /// <summary>Terms per language of one entry.</summary>
    public const int MaxTerms = 60;

    /// <summary>Characters of one term: a word or a short phrase.</summary>
    public const int MaxLength = 60;

    /// <summary>What a column holds at most: <see cref="MaxTerms"/> terms and their line breaks.</summary>
    public const int MaxStored = MaxTerms * (MaxLength + 1);

    public static IReadOnlyList<string> Split(string? stored) =>
        stored is null ? [] : stored.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Join(IEnumerable<string> terms) => string.Join('\n', terms);
}
