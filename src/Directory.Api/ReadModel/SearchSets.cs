using System.Collections.Concurrent;
using Directory.Api.Search;

namespace Directory.Api.ReadModel;

/// <summary>
/// What recent words matched in names and texts (<see cref="ProfileSearch"/>): a term's levels are the
/// same for every query that has it until the index changes, and this lives as long as its index; Lucene's
/// query cache keeps a filter's bit set per index segment the same way. Bounded by the bytes of the levels
/// it holds (a kept common word's set counted again, to be safe); when full it starts over. A kept query's
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

    private readonly ConcurrentDictionary<Key, (int Value, PositionSet Set)[]> _levels = new();
    private long _bytes;

    public (int Value, PositionSet Set)[] GetOrAdd(SearchTerm term, bool fuzzy, Func<(int Value, PositionSet Set)[]> create)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(create);
        // The stems too: a word is stemmed with its diacritics, so two spellings of one folded word may stem apart.
        var key = new Key(term.Surface, term.LatvianStem, term.EnglishStem, term.IsPrefix, fuzzy);
        if (_levels.TryGetValue(key, out var known))
        {
            return known;
        }

        var levels = create();
        var bytes = 128L + (2L * (term.Surface.Length + term.LatvianStem.Length + term.EnglishStem.Length)) + (levels.Length * (32L + (count / 8)));
        if (Interlocked.Add(ref _bytes, bytes) > MaxBytes)
        {
            _levels.Clear();
            Interlocked.Exchange(ref _bytes, bytes);
        }

        return _levels.GetOrAdd(key, levels);
    }

    private readonly record struct Key(string Surface, string LatvianStem, string EnglishStem, bool IsPrefix, bool Fuzzy);
}

/// <summary>
/// Sets a ranking splits its matches into, reused: they are needed only until the page is read, and at
/// 100,000 profiles each is 12.5 KB that the GC would otherwise collect. Holds at most <see cref="MaxKept"/>.
/// </summary>
internal sealed class SetPool(int count)
{
    public const int MaxKept = 32;

    // A queue, not a bag: a bag's Count takes all its locks, and Return asks it for every set.
    private readonly ConcurrentQueue<PositionSet> _sets = new();

    /// <summary>An empty set.</summary>
    public PositionSet Rent()
    {
        if (_sets.TryDequeue(out var set))
        {
            set.Clear();
            return set;
        }

        return new PositionSet(count);
    }

    /// <summary>Sets no longer read by anyone.</summary>
    public void Return(IEnumerable<PositionSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        foreach (var set in sets)
        {
            if (_sets.Count >= MaxKept)
            {
                return;
            }

            _sets.Enqueue(set);
        }
    }
}
