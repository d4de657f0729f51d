using Directory.Api.Caching;
using Directory.Api.ReferenceData;
using Lucene.Net.Util.Automaton;

namespace Directory.Api.Search;

/// <summary>How a query word met a word of a profile; the higher, the better the match ranks.</summary>
public enum MatchKind
{
    Fuzzy = 0,
    Stemmed = 1,
    Exact = 2,
}

/// <summary>
/// One word of <c>q</c>: as typed (folded), stemmed as Latvian and as English, whether it may also
/// match as the start of a word (the last word, typed as the person types), and how many typos it
/// forgives when it matches nothing otherwise.
/// </summary>
public sealed record SearchTerm(string Surface, string LatvianStem, string EnglishStem, bool IsPrefix, int MaxEdits)
{
    private CharacterRunAutomaton? _nearSurface;
    private CharacterRunAutomaton? _nearStem;

    /// <summary>The word as the person typed it (lower case, diacritics kept), for telling them which words were used.</summary>
    public string Typed { get; init; } = Surface;

    /// <summary>The reference data whose names this word matches (exactly, stemmed or as a prefix), resolved as the filters resolve them.</summary>
    public IReadOnlyList<TaxonomyHit> Taxonomy { get; init; } = [];

    /// <summary>The reference names within this word's typos: looked for only when nothing matches it otherwise.</summary>
    public IReadOnlyList<TaxonomyHit> FuzzyTaxonomy => _fuzzyTaxonomy?.Value ?? [];

    private Lazy<IReadOnlyList<TaxonomyHit>>? _fuzzyTaxonomy;

    internal SearchTerm WithTaxonomy(IReadOnlyList<TaxonomyHit> hits, Func<SearchTerm, IReadOnlyList<TaxonomyHit>> fuzzy)
    {
        var term = this with { Taxonomy = hits };
        term._fuzzyTaxonomy = new(() => fuzzy(term));
        return term;
    }

    /// <summary>Accepts the words within <see cref="MaxEdits"/> of the word as typed (Lucene's Levenshtein automaton; a swap is one edit), built once.</summary>
    public CharacterRunAutomaton NearSurface => _nearSurface ??= Near(Surface);

    public CharacterRunAutomaton NearStem => _nearStem ??= Near(LatvianStem);

    private CharacterRunAutomaton Near(string word) => NearWords.For(word, MaxEdits);
}

/// <summary>Which profiles a reference name stands for: its support area (and children), target group, or place.</summary>
public enum TaxonomyDimension
{
    SupportArea,
    TargetGroup,
    WorkArea,
    RegisteredMunicipality,

    /// <summary>The profiles that work nationwide: a place named in <c>q</c> includes them, as the region filter does.</summary>
    Nationwide,
}

/// <summary>
/// Profiles linked to a reference entry a term matched; <paramref name="Rank"/> (0–3) orders hits of the same
/// kind; <paramref name="Field"/> is <see cref="SearchField.Taxonomy"/>, or <see cref="SearchField.Phrase"/>
/// for a lead-in phrase of several words the query holds whole.
/// </summary>
public sealed record TaxonomyHit(TaxonomyDimension Dimension, int[] ReferenceIds, MatchKind Kind, int Rank, SearchField Field = SearchField.Taxonomy);

/// <summary>The parsed <c>q</c>: every term must match (as filters AND), in any of a profile's fields.</summary>
public sealed class SearchQuery
{
    /// <summary>Elasticsearch's <c>fuzziness: AUTO</c> with this thresholds: one typo from 5 letters, two from 9.</summary>
    public const int OneEditFrom = 5;
    public const int TwoEditsFrom = 9;

    /// <summary>Longer words are not words a person misspells: matching them fuzzily would only cost time.</summary>
    public const int FuzzyUpTo = 30;

    /// <summary>Words of <c>q</c> searched (stop words aside); a longer query is a 400 naming this limit.</summary>
    public const int MaxTerms = 12;

    /// <summary>
    /// Words of a query that forgive typos, the first ones long enough: each is a scan of the index's words of
    /// its length. At 100,000 NGOs, 300 queries of twelve misspelt words (one anonymous minute of quota) took
    /// 6.2 s of CPU with every word forgiven, 1.7 s with two (bench row "q: twelve typo words"; the issue's
    /// bound is 2 s). People misspell a word or two.
    /// </summary>
    public const int MaxFuzzyTerms = 2;

    /// <summary>Suggestions come from the vocabulary the query was parsed against.</summary>
    private TaxonomyWords? _vocabulary;

    private SearchQuery(IReadOnlyList<SearchTerm> terms) => Terms = terms;

    public static SearchQuery None { get; } = new([]);

    /// <summary>Suggestions offered for words that match nothing, at most: each is a scan of the vocabulary's words.</summary>
    public const int MaxSuggestions = 2;

    /// <summary>This query with only <paramref name="terms"/> (of its own): what a list answers with when no profile matches every word.</summary>
    public SearchQuery Only(IEnumerable<SearchTerm> terms) => new([.. terms]) { _vocabulary = _vocabulary };

    /// <summary>A word of the directory's vocabulary close to <paramref name="term"/>, for a word that matches nothing.</summary>
    public string? DidYouMean(SearchTerm term) => _vocabulary?.Suggest(term);

    public IReadOnlyList<SearchTerm> Terms { get; }

    public bool IsEmpty => Terms.Count == 0;

    /// <summary>
    /// <paramref name="q"/> parsed against <paramref name="reference"/>: the same text gives the same query
    /// object while the reference data stay (<see cref="RecentQueries"/>), so what an index computed for
    /// it (the profiles it matches, its terms' levels) serves the next request that asks it.
    /// </summary>
    public static SearchQuery Parse(string q, ReferenceDataCache.Snapshot reference)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(reference);
        return reference.Derived(nameof(RecentQueries), _ => new RecentQueries()).GetOrAdd(q, () => ParseNew(q, reference));
    }

    private static SearchQuery ParseNew(string q, ReferenceDataCache.Snapshot reference)
    {
        var tokens = TextAnalysis.Tokens(q);
        var terms = new List<SearchTerm>();
        var taxonomy = TaxonomyWords.Of(reference);
        var entriesOf = new List<IReadOnlyDictionary<int, MatchKind>>();
        for (var i = 0; i < tokens.Count && terms.Count <= MaxTerms; i++)
        {
            var isLast = i == tokens.Count - 1;
            // Stop words are not indexed; the last word may be the start of another word still being typed.
            if ((!isLast && TextAnalysis.IsStopWord(tokens[i])) || AnalysedWords.Term(tokens[i]) is not { } analyzed
                || terms.Any(t => t.Surface == analyzed.Surface))
            {
                continue;
            }

            var length = analyzed.Surface.Length;
            var edits = length > FuzzyUpTo || terms.Count(t => t.MaxEdits > 0) >= MaxFuzzyTerms ? 0 : length >= TwoEditsFrom ? 2 : length >= OneEditFrom ? 1 : 0;
            var term = new SearchTerm(analyzed.Surface, analyzed.LatvianStem, analyzed.EnglishStem, isLast, edits) { Typed = tokens[i] };
            terms.Add(term);
            entriesOf.Add(taxonomy.Match(term, fuzzy: false));
        }

        var termsPerEntry = entriesOf.SelectMany(e => e.Keys).CountBy(e => e).ToDictionary();
        return new SearchQuery([.. terms.Select((t, i) => t.WithTaxonomy(
            [.. taxonomy.Hits(taxonomy.Whole(entriesOf[i], termsPerEntry), termsPerEntry)],
            fuzzy => [.. taxonomy.Hits(taxonomy.Whole(taxonomy.Match(fuzzy, fuzzy: true), termsPerEntry, counted: entriesOf[i]), termsPerEntry)]))])
        {
            _vocabulary = taxonomy,
        };
    }
}

/// <summary>
/// Levenshtein automata of recent query words: building one takes about half a millisecond, and people
/// retype the same words (a front-end searches on every keystroke). At most <see cref="Capacity"/> words of
/// at most <see cref="SearchQuery.FuzzyUpTo"/> letters are kept in a <see cref="BoundedCache{TKey, TValue}"/>.
/// </summary>
internal static class NearWords
{
    public const int Capacity = 1024;

    // Not data: kept for the life of the process. An automaton of two edits takes 1–3.5 KB as words go from
    // 5 to 30 letters (GC.GetTotalMemory over 50 of each, 2026-11-24): counted as 4 KB.
    private static readonly BoundedCache<(string Word, int Edits), CharacterRunAutomaton> Cache = new(Capacity, 16L << 20, static (key, _) => (2L * key.Word.Length) + 4096);

    // A run automaton is read-only once built: one instance serves every thread.
    public static CharacterRunAutomaton For(string word, int edits) => Cache.TryGet((word, edits), out var known)
        ? known
        : Cache.GetOrAdd((word, edits), () => new CharacterRunAutomaton(new LevenshteinAutomata(word, withTranspositions: true).ToAutomaton(edits)));
}

/// <summary>
/// Query words analysed lately: each new query ran both of Lucene's analyzer chains over every word, ~4 %
/// of a random pair's CPU at 100,000 NGOs, and people type the same words again. Not data: kept for the
/// life of the process, at most <see cref="Capacity"/> words of at most <see cref="SearchQuery.FuzzyUpTo"/>
/// letters in a <see cref="BoundedCache{TKey, TValue}"/>; a longer word is analysed each time.
/// </summary>
internal static class AnalysedWords
{
    public const int Capacity = 4096;

    // A word and its three forms as strings (~24 bytes each beyond their characters).
    private static readonly BoundedCache<string, (string Surface, string LatvianStem, string EnglishStem)?> Cache = new(Capacity, 2L << 20,
        static (word, forms) => (2L * word.Length) + (forms is var (surface, latvian, english) ? (2L * (surface.Length + latvian.Length + english.Length)) + 72 : 0),
        StringComparer.Ordinal);

    public static (string Surface, string LatvianStem, string EnglishStem)? Term(string word) =>
        word.Length > SearchQuery.FuzzyUpTo ? TextAnalysis.Term(word) : Cache.GetOrAdd(word, () => TextAnalysis.Term(word));
}

/// <summary>
/// Queries asked again lately, parsed, per reference snapshot: a front-end searches on every keystroke and
/// people ask the same words, and parsing (Lucene's analyzers, the taxonomy's names) was ~7 % of a q
/// request's CPU. A text is kept from its second asking, as Lucene's query cache takes a filter only
/// once it recurs: each index keeps a kept query's matches and its terms' levels for as long as both live
/// (bit sets of 12.5 KB at 100,000 NGOs: ~60 KB for two words, at most ~0.8 MB for twelve), and keeping
/// every query asked once cost more in collections than it saved (random pairs of words: 7,054 requests a
/// second against 8,086 without). At most <see cref="Capacity"/> texts kept and <see cref="Capacity"/> × 4
/// remembered as seen, of at most 200 characters, each in a <see cref="BoundedCache{TKey, TValue}"/>; the
/// kept ones are bounded also by what they keep alive in an index (~10 MB at 100,000 profiles).
/// </summary>
internal sealed class RecentQueries
{
    public const int Capacity = 64;

    /// <summary>What <c>q</c> accepts; a longer text is parsed, not kept.</summary>
    private const int MaxLength = 200;

    /// <summary>
    /// What keeping a query keeps alive per term in an index of 100,000 profiles: its levels and its share
    /// of the matches, ~5 bit sets of 12.5 KB. The parse itself is counted as 1 KB.
    /// </summary>
    private const long KeptPerTerm = 64L << 10;

    // 64 two-word queries fit (~8.3 MB); queries of twelve terms, ~0.8 MB each, start it over after 13.
    private readonly BoundedCache<string, SearchQuery> _queries = new(Capacity, 10L << 20, static (q, query) => (2L * q.Length) + 1024 + (query.Terms.Count * KeptPerTerm), StringComparer.Ordinal);
    private readonly BoundedCache<string, bool> _seen = new(Capacity * 4, 1L << 20, static (q, _) => 2L * q.Length, StringComparer.Ordinal);

    public SearchQuery GetOrAdd(string q, Func<SearchQuery> parse)
    {
        if (_queries.TryGet(q, out var known))
        {
            return known;
        }

        if (q.Length > MaxLength)
        {
            return parse();
        }

        if (!_seen.TryGet(q, out _))
        {
            _seen.Set(q, true); // asked once: kept if asked again
            return parse();
        }

        return _queries.GetOrAdd(q, parse);
    }
}
