using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Directory.Api.ReadModel;

/// <summary>
/// What recent terms matched (<see cref="ProfileSearch"/>): their levels in names and texts, and those
/// joined with their taxonomy hits. They are the same for every query that has the term until the index
/// changes, and this lives as long as its index; Lucene's query cache keeps a filter's bit set per index
/// segment the same way. Bounded by the bytes of what it holds (a set counted in full even where it is a
/// kept one, to be safe); when full it starts over.
/// <para>
/// Why kept: making a term's levels was ~20 % of a two-word q request's CPU at 100,000 NGOs, most of it
/// allocating and zeroing 12.5 KB sets (2026-11-24, perf).
/// </para>
/// </summary>
internal sealed class RecentTerms(int count)
{
    /// <summary>At 100,000 profiles a set is 12.5 KB: ~80 terms of four levels each.</summary>
    public const long MaxBytes = 4L << 20;

    private readonly ConcurrentDictionary<object, object> _kept = new();
    private long _bytes;

    /// <summary>The kept value of <paramref name="key"/> (equal by value), made by <paramref name="create"/> with <paramref name="sets"/> sets at most.</summary>
    public T GetOrAdd<T>(TermKey key, Func<T> create, Func<T, int> sets)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(sets);
        if (_kept.TryGetValue(key, out var known))
        {
            return (T)known;
        }

        var value = create();
        var bytes = 128L + (2L * key.Length) + (sets(value) * (32L + (count / 8)));
        if (Interlocked.Add(ref _bytes, bytes) > MaxBytes)
        {
            _kept.Clear();
            Interlocked.Exchange(ref _bytes, bytes);
        }

        return (T)_kept.GetOrAdd(key, value);
    }
}

/// <summary>What a kept value of <see cref="RecentTerms"/> is for; <see cref="Length"/> counts its characters.</summary>
internal abstract record TermKey
{
    public abstract int Length { get; }
}

/// <summary>
/// A term's words, fuzzily or not. The stems too: a word is stemmed with its diacritics, so two spellings
/// of one folded word may stem apart.
/// </summary>
internal sealed record WordsKey(string Surface, string LatvianStem, string EnglishStem, bool IsPrefix, bool Fuzzy) : TermKey
{
    public override int Length => Surface.Length + LatvianStem.Length + EnglishStem.Length;
}

/// <summary>Levels kept for <paramref name="Words"/> (by reference: a kept value) joined with the taxonomy hits <paramref name="Taxonomy"/> names.</summary>
internal sealed record LevelsKey(object Words, string Taxonomy) : TermKey
{
    public override int Length => Taxonomy.Length;

    public bool Equals(LevelsKey? other) => other is not null && ReferenceEquals(Words, other.Words) && Taxonomy == other.Taxonomy;

    public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Words), Taxonomy);
}

/// <summary>
/// Sets a ranking splits its matches into, reused: they are needed only until the page is read, and at
/// 100,000 profiles each is 12.5 KB that the GC would otherwise collect. Holds at most <see cref="MaxKept"/>.
/// </summary>
internal sealed class SetPool(int count)
{
    public const int MaxKept = 32;

    private readonly ConcurrentBag<PositionSet> _sets = [];

    /// <summary>An empty set.</summary>
    public PositionSet Rent()
    {
        if (_sets.TryTake(out var set))
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

            _sets.Add(set);
        }
    }
}
