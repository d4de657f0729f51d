using System.Numerics;

namespace Directory.Api.ReadModel;

/// <summary>
/// A set of profile positions as bits: filters combine a word (64 profiles) at a time, so even
/// 100,000 profiles are a few thousand operations a filter.
/// </summary>
public sealed class PositionSet
{
    private readonly ulong[] _words;

    public PositionSet(int capacity)
    {
        Capacity = capacity;
        _words = new ulong[(capacity + 63) >> 6];
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

    public static PositionSet All(int capacity)
    {
        var set = new PositionSet(capacity);
        Array.Fill(set._words, ulong.MaxValue);
        if ((capacity & 63) != 0)
        {
            set._words[^1] = (1UL << (capacity & 63)) - 1;
        }

        return set;
    }

    public void Add(int position) => _words[position >> 6] |= 1UL << position;

    public bool Contains(int position) => (_words[position >> 6] & (1UL << position)) != 0;

    public void IntersectWith(PositionSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < _words.Length; i++)
        {
            _words[i] &= other._words[i];
        }
    }

    public void UnionWith(PositionSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < _words.Length; i++)
        {
            _words[i] |= other._words[i];
        }
    }

    public void ExceptWith(PositionSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < _words.Length; i++)
        {
            _words[i] &= ~other._words[i];
        }
    }

    /// <summary>
    /// Moves the positions this set shares with <paramref name="other"/> into a new set (null when there
    /// are none), in one pass: what a copy, an intersection, a count and a difference did in four.
    /// </summary>
    public PositionSet? TakeShared(PositionSet other, out int taken)
    {
        ArgumentNullException.ThrowIfNull(other);
        PositionSet? shared = null;
        taken = 0;
        for (var i = 0; i < _words.Length; i++)
        {
            var both = _words[i] & other._words[i];
            if (both != 0)
            {
                (shared ??= new PositionSet(Capacity))._words[i] = both;
                _words[i] &= ~both;
                taken += BitOperations.PopCount(both);
            }
        }

        return shared;
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
}
