using System.Numerics;
using System.Runtime.InteropServices;

namespace Directory.Api.Search;

/// <summary>
/// A set of profile positions as bits: filters combine a vector of words (256 or more profiles) at a
/// time, so even 100,000 profiles are a few hundred operations a filter. The words are padded to whole
/// vectors (the padding stays zero).
/// </summary>
public sealed class PositionSet
{
    private readonly ulong[] _words;

    public PositionSet(int capacity)
    {
        Capacity = capacity;
        var words = (capacity + 63) >> 6;
        _words = new ulong[(words + Vector<ulong>.Count - 1) / Vector<ulong>.Count * Vector<ulong>.Count];
    }

    public int Capacity { get; }

    public int Count
    {
        get
        {
            var count = 0;
            foreach (var word in _words)
            {
                count += BitOperations.PopCount(word);
            }

            return count;
        }
    }

    /// <summary>The positions in any of <paramref name="sets"/>: the one set itself when there is one (then read only).</summary>
    public static PositionSet Union(int capacity, IReadOnlyList<PositionSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        if (sets is [var only])
        {
            return only;
        }

        var union = new PositionSet(capacity);
        foreach (var set in sets)
        {
            union.UnionWith(set);
        }

        return union;
    }

    public static PositionSet All(int capacity)
    {
        var set = new PositionSet(capacity);
        var full = capacity >> 6;
        Array.Fill(set._words, ulong.MaxValue, 0, full);
        if ((capacity & 63) != 0)
        {
            set._words[full] = (1UL << (capacity & 63)) - 1;
        }

        return set;
    }

    public void Clear() => Array.Clear(_words);

    public void Add(int position) => _words[position >> 6] |= 1UL << position;

    public bool Contains(int position) => (_words[position >> 6] & (1UL << position)) != 0;

    public void Remove(int position) => _words[position >> 6] &= ~(1UL << position);

    public PositionSet Copy()
    {
        var copy = new PositionSet(Capacity);
        _words.CopyTo(copy._words, 0);
        return copy;
    }

    public void IntersectWith(PositionSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var these = Vectors(this);
        var those = Vectors(other);
        for (var i = 0; i < these.Length; i++)
        {
            these[i] &= those[i];
        }
    }

    public void UnionWith(PositionSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var these = Vectors(this);
        var those = Vectors(other);
        for (var i = 0; i < these.Length; i++)
        {
            these[i] |= those[i];
        }
    }

    /// <summary>
    /// Moves the positions this set shares with <paramref name="other"/> into <paramref name="into"/>, in one
    /// pass; when <paramref name="into"/> is null, into an empty set from <paramref name="empty"/>, asked for
    /// only if there is something to move. Returns the set moved into (null when nothing was).
    /// </summary>
    public PositionSet? MoveShared(PositionSet other, PositionSet? into, Func<PositionSet> empty, out int moved)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(empty);
        moved = 0;
        var these = Vectors(this);
        var those = Vectors(other);
        var target = into is null ? default : Vectors(into);
        for (var i = 0; i < these.Length; i++)
        {
            var both = these[i] & those[i];
            if (both != Vector<ulong>.Zero)
            {
                if (into is null)
                {
                    into = empty();
                    target = Vectors(into);
                }

                target[i] |= both;
                these[i] = Vector.AndNot(these[i], both);
                for (var w = 0; w < Vector<ulong>.Count; w++)
                {
                    moved += BitOperations.PopCount(both[w]);
                }
            }
        }

        return into;
    }

    public int CountIntersection(PositionSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var count = 0;
        for (var i = 0; i < _words.Length; i++)
        {
            count += BitOperations.PopCount(_words[i] & other._words[i]);
        }

        return count;
    }

    /// <summary>The positions in ascending order, as an array (a tight loop: no iterator).</summary>
    public int[] ToArray()
    {
        var positions = new int[Count];
        var n = 0;
        for (var i = 0; i < _words.Length; i++)
        {
            for (var word = _words[i]; word != 0; word &= word - 1)
            {
                positions[n++] = (i << 6) + BitOperations.TrailingZeroCount(word);
            }
        }

        return positions;
    }

    /// <summary>The positions in ascending order.</summary>
    public IEnumerable<int> Positions()
    {
        for (var i = 0; i < _words.Length; i++)
        {
            var word = _words[i];
            while (word != 0)
            {
                yield return (i << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
            }
        }
    }

    private static Span<Vector<ulong>> Vectors(PositionSet set) => MemoryMarshal.Cast<ulong, Vector<ulong>>(set._words.AsSpan());
}
