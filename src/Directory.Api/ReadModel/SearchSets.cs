using Directory.Api.Caching;
using Directory.Api.Search;
using Microsoft.Extensions.ObjectPool;

namespace Directory.Api.ReadModel;

/// <summary>
/// What recent words matched in names and texts (<see cref="ProfileSearch"/>): a term's levels are the
/// same for every query that has it until the index changes, and this lives as long as its index; Lucene's
/// query cache keeps a filter's bit set per index segment the same way. A <see cref="BoundedCache{TKey, TValue}"/>
/// bounded by the bytes of the levels it holds (a kept common word's set counted again, to be safe). A term's
/// levels with its taxonomy's are kept in <see cref="RecentLevels"/>.
/// <para>
/// Why kept: making a term's levels (words and taxonomy) was ~20 % of a two-word q request's CPU at 100,000
/// NGOs, most of it allocating and zeroing 12.5 KB sets (2026-11-24, perf); the words' part is kept here.
/// </para>
/// </summary>
internal sealed class RecentWords(int count)
{
    /// <summary>At 100,000 profiles a set is 12.5 KB: ~80 words of four levels each.</summary>
    public const long MaxBytes = 4L << 20;

    private const int MaxEntries = 4096;

    private readonly BoundedCache<Key, (int Value, PositionSet Set)[]> _levels = new(MaxEntries, MaxBytes,
        (key, levels) => (2L * (key.Surface.Length + key.LatvianStem.Length + key.EnglishStem.Length)) + (levels.Length * (32L + (count / 8))));

    public (int Value, PositionSet Set)[] GetOrAdd(SearchTerm term, bool fuzzy, Func<(int Value, PositionSet Set)[]> create)
    {
        ArgumentNullException.ThrowIfNull(term);
        // The stems too: a word is stemmed with its diacritics, so two spellings of one folded word may stem apart.
        return _levels.GetOrAdd(new Key(term.Surface, term.LatvianStem, term.EnglishStem, term.IsPrefix, fuzzy), create);
    }

    private readonly record struct Key(string Surface, string LatvianStem, string EnglishStem, bool IsPrefix, bool Fuzzy);
}

/// <summary>
/// A term's levels with its taxonomy's (<see cref="TermLevels"/>) as a recent query made them, for the next
/// query that has the term: random pairs of words are mostly new queries of words asked before. Keyed by
/// what the levels are made of: the word as <see cref="RecentWords"/> keys it (with its typos, when it is
/// matched with them) and its taxonomy hits, which the query's other words can change (a phrase, a name
/// the whole query covers). A <see cref="BoundedCache{TKey, TValue}"/> bounded by the sets an entry keeps
/// alive, its word levels counted again (they may outlive their entry in <see cref="RecentWords"/>).
/// <para>
/// Why kept: without it each new query built its terms' taxonomy sets and their unions again, ~5 sets of
/// 12.5 KB a request at 100,000 NGOs, 63 % of the bytes random pairs allocated; see the numbers in
/// <c>bench/results/memory-and-pairs-2026-12-06.md</c>.
/// </para>
/// </summary>
internal sealed class RecentLevels(int count)
{
    public const long MaxBytes = 8L << 20;

    private const int MaxEntries = 1024;

    private readonly BoundedCache<Key, TermLevels> _levels = new(MaxEntries, MaxBytes,
        (key, levels) => (2L * (key.Surface.Length + key.LatvianStem.Length + key.EnglishStem.Length)) + (32L * key.Hits.Count)
            + ((levels.ByValue.Length + 1) * (32L + (count / 8))));

    /// <summary>The term's levels when kept: with its taxonomy, as matched without typos.</summary>
    public bool TryGet(SearchTerm term, out TermLevels levels) => _levels.TryGet(Key.Of(term, 0, term.Taxonomy), out levels);

    /// <param name="edits">The typos the word was matched with: 0 unless nothing matched it without.</param>
    /// <param name="hits">The taxonomy hits matched, as <paramref name="edits"/> says.</param>
    public TermLevels GetOrAdd(SearchTerm term, int edits, IReadOnlyList<TaxonomyHit> hits, Func<TermLevels> create) =>
        _levels.GetOrAdd(Key.Of(term, edits, hits), create);

    // The word, not the term: a term holds its query's vocabulary (for its typos' taxonomy), which a key must not keep alive.
    private readonly record struct Key(string Surface, string LatvianStem, string EnglishStem, bool IsPrefix, int Edits, IReadOnlyList<TaxonomyHit> Hits)
    {
        public static Key Of(SearchTerm term, int edits, IReadOnlyList<TaxonomyHit> hits) =>
            new(term.Surface, term.LatvianStem, term.EnglishStem, term.IsPrefix, edits, hits);

        public bool Equals(Key other) => Surface == other.Surface && LatvianStem == other.LatvianStem && EnglishStem == other.EnglishStem
            && IsPrefix == other.IsPrefix && Edits == other.Edits && Hits.SequenceEqual(other.Hits);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(Surface);
            hash.Add(LatvianStem);
            hash.Add(IsPrefix);
            hash.Add(Edits);
            foreach (var hit in Hits)
            {
                hash.Add(hit);
            }

            return hash.ToHashCode();
        }
    }
}

/// <summary>A term's matches as one set per value, best first, and all of them together (read only: kept across queries).</summary>
internal sealed class TermLevels
{
    public TermLevels(int count, List<(int Value, PositionSet Set)> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        levels.Sort((x, y) => y.Value.CompareTo(x.Value));
        ByValue = [.. levels];
        Any = PositionSet.Union(count, [.. levels.Select(l => l.Set)]);
    }

    /// <summary>Every profile the term matches (it may be one of the index's own sets).</summary>
    public PositionSet Any { get; }

    public (int Value, PositionSet Set)[] ByValue { get; }
}

/// <summary>
/// Sets a ranking splits its matches into, reused through the framework's object pool: they are needed
/// only until the page is read, and at 100,000 profiles each is 12.5 KB that the GC would otherwise
/// collect. Holds at most <see cref="MaxKept"/>; a set comes out of it empty.
/// </summary>
internal static class SetPool
{
    public const int MaxKept = 32;

    public static ObjectPool<PositionSet> For(int count) => new DefaultObjectPool<PositionSet>(new Policy(count), MaxKept);

    private sealed class Policy(int count) : IPooledObjectPolicy<PositionSet>
    {
        public PositionSet Create() => new(count);

        public bool Return(PositionSet obj)
        {
            obj.Clear();
            return true;
        }
    }
}
