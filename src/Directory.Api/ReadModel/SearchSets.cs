using Directory.Api.Caching;
using Directory.Api.Search;
using Microsoft.Extensions.ObjectPool;

namespace Directory.Api.ReadModel;

/// <summary>
/// What recent words matched in names and texts (<see cref="ProfileSearch"/>): a term's levels are the
/// same for every query that has it until the index changes, and this lives as long as its index; Lucene's
/// query cache keeps a filter's bit set per index segment the same way. A <see cref="BoundedCache{TKey, TValue}"/>
/// bounded by the bytes of the levels it holds (a kept common word's set counted again, to be safe). A kept query's
/// levels with its taxonomy hits are kept with the query (<see cref="Search.RecentQueries"/>).
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
