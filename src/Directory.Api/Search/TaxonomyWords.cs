using Directory.Api.Caching;
using Directory.Api.ReferenceData;
using Directory.Domain;

namespace Directory.Api.Search;

/// <summary>
/// The Latvian and English names of support areas, target groups and places, and the areas' and groups'
/// lead-in terms (the words people use for them: "psihologs" for mental health), as searchable words. A
/// profile is not indexed with these: a query word finds the reference entries here, and the profiles
/// linked to them are found through the same sets the filters use. A renamed area, or a new lead-in term,
/// is found at once, with no profile re-indexed. A lead-in term of several words is a phrase: it matches
/// only when the query has all its words ("ēšanas traucējumi", not "traucējumi" alone); a name matches by
/// any of its words, as before. A place also stands for the nationwide profiles, ranked after the local
/// ones, as the <c>region</c> filter counts them.
/// <para>
/// Why not Lucene's <c>SynonymFilter</c> for the lead-in terms: a synonym map rewrites a query word into
/// other words (the area's name), which then have to be found in the profiles' texts and names again, as
/// a phrase for a name of several words; a lead-in term here stands for the area itself, so it finds exactly
/// the profiles the <c>supportArea</c> filter gives, ranks as a taxonomy match, and an edit needs no re-index.
/// The words are analysed with Lucene's analyzers and matched with its Levenshtein automata all the same.
/// </para>
/// </summary>
public sealed class TaxonomyWords
{
    private readonly (TaxonomyDimension Dimension, int[] Ids)[][] _entries;
    private readonly int[] _wordCounts;
    private readonly bool[] _isPhrase;
    private readonly WordIndex _words;
    private readonly Spelling[] _spellings;

    // A query word's exact matches, per word: its forms, ~24 bytes each beyond their characters, and an entry of its dictionary ~24.
    private readonly BoundedCache<(string Surface, string LatvianStem, string EnglishStem, bool IsPrefix), IReadOnlyDictionary<int, MatchKind>> _exactly = new(AnalysedWords.Capacity, 2L << 20,
        static (word, entries) => (2L * (word.Surface.Length + word.LatvianStem.Length + word.EnglishStem.Length)) + 72 + 80 + (24L * entries.Count));

    /// <summary>Shorter words are not suggested: one edit from a two-letter word is any other.</summary>
    private const int MinSuggested = 3;

    private TaxonomyWords(ReferenceDataCache.Snapshot reference)
    {
        var entries = new List<Entry>();
        foreach (var area in reference.SupportAreas.Values)
        {
            AddWithTerms([(TaxonomyDimension.SupportArea, [.. reference.SupportAreaAndDescendants(area.Id)])], area.NameLv, area.NameEn, area.LeadInTermsLv, area.LeadInTermsEn);
        }

        foreach (var group in reference.TargetGroups.Values)
        {
            AddWithTerms([(TaxonomyDimension.TargetGroup, [group.Id])], group.NameLv, group.NameEn, group.LeadInTermsLv, group.LeadInTermsEn);
        }

        foreach (var region in reference.Regions.Values)
        {
            entries.Add(new([(TaxonomyDimension.WorkArea, [.. reference.WorkAreasMatching(region)]), (TaxonomyDimension.RegisteredMunicipality, [region.Id]), (TaxonomyDimension.Nationwide, [])],
                [new(region.NameLv, SearchField.Taxonomy, TextLanguage.Latvian), new(region.NameEn, SearchField.Taxonomy, TextLanguage.English)], IsPhrase: false));
        }

        _entries = [.. entries.Select(e => e.Hits)];
        _wordCounts = [.. entries.Select(e => e.Texts.Min(t => TextAnalysis.Words(t.Text, t.Language).Count()))];
        _isPhrase = [.. entries.Select(e => e.IsPhrase)];
        _words = new WordIndex([.. entries.Select(e => SearchKeys.Of(e.Texts))]);
        _spellings = [.. entries.SelectMany(e => e.Texts.SelectMany(t => TextAnalysis.Tokens(t.Text ?? "")).Distinct(StringComparer.Ordinal))
            .Where(token => token.Length >= MinSuggested && !TextAnalysis.IsStopWord(token) && TextAnalysis.Term(token) is not null)
            .GroupBy(token => TextAnalysis.Term(token)!.Value.Surface, StringComparer.Ordinal)
            .Select(g => new Spelling(g.Key, g.First(), g.Count()))];

        void AddWithTerms((TaxonomyDimension, int[])[] hits, string nameLv, string nameEn, string? termsLv, string? termsEn)
        {
            entries.Add(new(hits, [new(nameLv, SearchField.Taxonomy, TextLanguage.Latvian), new(nameEn, SearchField.Taxonomy, TextLanguage.English)], IsPhrase: false));
            foreach (var (terms, language) in new[] { (termsLv, TextLanguage.Latvian), (termsEn, TextLanguage.English) })
            {
                foreach (var term in LeadInTerms.Split(terms))
                {
                    entries.Add(new(hits, [new(term, SearchField.Taxonomy, language)], IsPhrase: true));
                }
            }
        }
    }

    /// <summary>The words of <paramref name="reference"/>'s names and lead-in terms, built once per reference snapshot.</summary>
    public static TaxonomyWords Of(ReferenceDataCache.Snapshot reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.Derived(nameof(TaxonomyWords), static r => new TaxonomyWords(r));
    }

    /// <summary>
    /// <paramref name="matched"/> without the lead-in phrases the query does not hold whole: a phrase's
    /// entry stays where as many of the query's terms met it as it has words (<paramref name="termsPerEntry"/>).
    /// A term matched apart, with its typos, counts for the entries its own exact matches (<paramref name="counted"/>)
    /// did not count it for already.
    /// </summary>
    public IReadOnlyDictionary<int, MatchKind> Whole(IReadOnlyDictionary<int, MatchKind> matched, IReadOnlyDictionary<int, int> termsPerEntry, IReadOnlyDictionary<int, MatchKind>? counted = null)
    {
        ArgumentNullException.ThrowIfNull(matched);
        ArgumentNullException.ThrowIfNull(termsPerEntry);
        return matched.Where(m => !_isPhrase[m.Key]
                || termsPerEntry.GetValueOrDefault(m.Key) + (counted is null || counted.ContainsKey(m.Key) ? 0 : 1) >= _wordCounts[m.Key])
            .ToDictionary(m => m.Key, m => m.Value);
    }

    /// <summary>
    /// The entries <paramref name="term"/> meets, each by its best kind of match: exact, stemmed or prefix, or
    /// (<paramref name="fuzzy"/>) within its typos. The first kind is what every new query asks for each of
    /// its words (~3 % of a random pair's CPU at 100,000 NGOs): kept per word, read only.
    /// </summary>
    public IReadOnlyDictionary<int, MatchKind> Match(SearchTerm term, bool fuzzy)
    {
        ArgumentNullException.ThrowIfNull(term);
        return fuzzy ? Meets(term, fuzzy: true) : _exactly.GetOrAdd((term.Surface, term.LatvianStem, term.EnglishStem, term.IsPrefix), () => Meets(term, fuzzy: false));
    }

    private Dictionary<int, MatchKind> Meets(SearchTerm term, bool fuzzy)
    {
        var best = new Dictionary<int, MatchKind>();
        foreach (var (positions, kind) in _words.Match(term, SearchKeys.Letter(SearchField.Taxonomy), fuzzy))
        {
            foreach (var entry in positions.Positions())
            {
                best[entry] = best.TryGetValue(entry, out var known) && known > kind ? known : kind;
            }
        }

        return best;
    }

    /// <summary>
    /// "Did you mean": the vocabulary's word (a name's, a lead-in term's, a place's) within one edit of
    /// <paramref name="term"/> (two from six letters), as written with its diacritics; of several, the one
    /// in the most entries, then the closer. Lucene's Levenshtein automaton, as for typos; Lucene.Net.Suggest's
    /// spell checker is not served to this build, and it reads a Lucene index this directory does not keep.
    /// </summary>
    public string? Suggest(SearchTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var word = term.Surface;
        if (word.Length < MinSuggested || word.Length > SearchQuery.FuzzyUpTo)
        {
            return null;
        }

        var edits = word.Length >= 6 ? 2 : 1;
        var near = NearWords.For(word, edits);
        var close = NearWords.For(word, 1);
        return _spellings
            .Where(s => Math.Abs(s.Folded.Length - word.Length) <= edits && s.Folded != word && near.Run(s.Folded))
            .OrderByDescending(s => s.Entries).ThenByDescending(s => close.Run(s.Folded)).ThenBy(s => s.Shown, StringComparer.Ordinal)
            .Select(s => s.Shown).FirstOrDefault();
    }

    /// <summary>
    /// The hits of one term, ranked within the taxonomy: a support area (what an NGO does) above a target
    /// group (whom) above a place above the nationwide profiles a place also stands for, and a name the whole query covers ("audžuģimenes" for "Audžuģimenes")
    /// above one it only touches ("Audžuģimenes un aizbildņi").
    /// </summary>
    public IEnumerable<TaxonomyHit> Hits(IReadOnlyDictionary<int, MatchKind> matched, IReadOnlyDictionary<int, int> termsPerEntry)
    {
        ArgumentNullException.ThrowIfNull(matched);
        ArgumentNullException.ThrowIfNull(termsPerEntry);
        // An area's name and its lead-in terms share one set of ids: a word meeting several of them is one
        // hit, its best, not a union of the same profiles once per entry.
        var best = new Dictionary<(TaxonomyDimension, int[]), TaxonomyHit>();
        foreach (var (entry, kind) in matched.OrderBy(m => m.Key))
        {
            var covered = Math.Max(termsPerEntry.GetValueOrDefault(entry), 1) >= _wordCounts[entry];
            foreach (var (dimension, ids) in _entries[entry])
            {
                var rank = dimension switch
                {
                    TaxonomyDimension.SupportArea => covered ? 3 : 2,
                    TaxonomyDimension.TargetGroup => covered ? 2 : 1,
                    TaxonomyDimension.Nationwide => 0,
                    _ => 1,
                };
                var hit = new TaxonomyHit(dimension, ids, kind, rank, _isPhrase[entry] && _wordCounts[entry] > 1 ? SearchField.Phrase : SearchField.Taxonomy);
                if (!best.TryGetValue((dimension, ids), out var known) || Strength(hit).CompareTo(Strength(known)) > 0)
                {
                    best[(dimension, ids)] = hit;
                }
            }
        }

        return best.Values;

        // As the ranking orders them: field, then kind of match, then rank.
        static (int, int, int) Strength(TaxonomyHit h) => ((int)h.Field, (int)h.Kind, h.Rank);
    }
}

internal sealed record Entry((TaxonomyDimension Dimension, int[] Ids)[] Hits, SearchText[] Texts, bool IsPhrase);

/// <summary>A word of the vocabulary: folded as the index keeps it, as written, and in how many entries.</summary>
internal sealed record Spelling(string Folded, string Shown, int Entries);
