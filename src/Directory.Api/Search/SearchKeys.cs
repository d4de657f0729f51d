namespace Directory.Api.Search;

/// <summary>Where a word stands in a profile: the higher, the better a match there ranks.</summary>
public enum SearchField
{
    /// <summary>Description, bio, title, affiliation.</summary>
    Text = 0,

    /// <summary>The names of the profile's support areas, target groups and places (matched through reference data).</summary>
    Taxonomy = 1,

    Name = 2,

    /// <summary>
    /// A lead-in phrase of several words met whole ("jauniešu centrs", "Goda ģimene"): the surest sign of
    /// what a person means, above a name that holds its words apart. Not a field of the index.
    /// </summary>
    Phrase = 3,
}

/// <summary>A piece of a profile's text, the field it ranks as, and the language it is stemmed in.</summary>
public readonly record struct SearchText(string? Text, SearchField Field, TextLanguage Language);

/// <summary>The keys a text puts into a <see cref="WordIndex"/>: field letter, kind letter, folded word.</summary>
public static class SearchKeys
{
    public const char Written = 'w';
    public const char LatvianStem = 's';
    public const char EnglishStem = 'e';

    public static char Letter(SearchField field) => field switch
    {
        SearchField.Name => 'n',
        SearchField.Taxonomy => 'x',
        _ => 't',
    };

    public static string Key(char field, char kind, string word) => $"{field}{kind}{word}";

    /// <summary>The distinct keys of a profile's (or a reference name's) texts.</summary>
    public static string[] Of(IEnumerable<SearchText> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var field = Letter(text.Field);
            var stemKind = text.Language == TextLanguage.Latvian ? LatvianStem : EnglishStem;
            foreach (var word in TextAnalysis.Words(text.Text, text.Language))
            {
                keys.Add(Key(field, Written, word.Surface));
                if (word.Stem != word.Surface)
                {
                    // A word that is its own stem (a number, "mediācija" in English text …) is found as written.
                    keys.Add(Key(field, stemKind, word.Stem));
                }
            }
        }

        return [.. keys];
    }
}
