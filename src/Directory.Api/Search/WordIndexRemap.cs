namespace Directory.Api.Search;

/// <summary>The word index's update: a new index after a write, sharing what the write left as it was.</summary>
public sealed partial class WordIndex
{
    /// <summary>
    /// The index after entries moved, left or arrived: <paramref name="newPositionOf"/> maps each old
    /// position to its new one (-1 when the entry left) and keeps the survivors' order; <paramref name="added"/>
    /// holds the keys of the new arrivals by their new position. The entries' keys need not be kept between
    /// updates. A key's positions are mapped in order and the arrivals merged in; a list nothing changed
    /// (the usual case: an edit that keeps the name's place) is shared with this index, not copied.
    /// </summary>
    public WordIndex Remap(ReadOnlySpan<int> newPositionOf, IReadOnlyDictionary<int, string[]> added)
    {
        ArgumentNullException.ThrowIfNull(added);
        var arriving = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (position, keys) in added)
        {
            foreach (var key in keys)
            {
                if (!arriving.TryGetValue(key, out var list))
                {
                    arriving[key] = list = [];
                }

                list.Add(position);
            }
        }

        var unmoved = true;
        var left = new Left(newPositionOf.Length);
        for (var old = 0; old < newPositionOf.Length; old++)
        {
            if (newPositionOf[old] < 0)
            {
                left.Add(old);
            }
            else
            {
                unmoved &= newPositionOf[old] == old;
            }
        }

        // Arrivals by the index of a key this index has, or as new keys in order.
        var arrivalsAt = new Dictionary<int, List<int>>();
        var newKeys = new List<(string Key, List<int> Positions)>();
        foreach (var (key, positions) in arriving)
        {
            positions.Sort();
            var k = Array.BinarySearch(_keys, 0, _count, key, StringComparer.Ordinal);
            if (k >= 0)
            {
                arrivalsAt[k] = positions;
            }
            else
            {
                newKeys.Add((key, positions));
            }
        }

        newKeys.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key));
        // Arrays of the most keys there can be, of which the new index uses the first count (never cut: a
        // copy is another large object). The keys are this index's own until one comes or goes: copied only then.
        string[]? keysOut = newKeys.Count > 0 ? new string[_count + newKeys.Count] : null;
        var positionsOut = new Postings[_count + newKeys.Count];
        var entries = newPositionOf.Length - left.Positions.Count + added.Count;
        var count = 0;
        for (int k = 0, n = 0; k < _count || n < newKeys.Count;)
        {
            Postings? positions;
            string key;
            if (n >= newKeys.Count || (k < _count && string.CompareOrdinal(_keys[k], newKeys[n].Key) < 0))
            {
                key = _keys[k];
                var arrivals = arrivalsAt.GetValueOrDefault(k);
                // A set is shared only at the same number of entries: sets of one index have one capacity.
                var shared = unmoved && (_postings[k].Set is null || entries == _entries) && Unchanged(_postings[k], left, arrivals);
                positions = shared ? _postings[k] : Mapped(_postings[k], newPositionOf, arrivals, entries);
                k++;
            }
            else
            {
                (key, positions) = (newKeys[n].Key, Postings.Of([.. newKeys[n].Positions], entries));
                n++;
            }

            if (positions is { } kept)
            {
                if (keysOut is not null)
                {
                    keysOut[count] = key;
                }

                positionsOut[count++] = kept;
            }
            else if (keysOut is null)
            {
                // The first key to go: the ones before it (all kept, none new) are this index's first keys.
                keysOut = new string[_count];
                Array.Copy(_keys, keysOut, count);
            }
        }

        var byLength = new Dictionary<(char, char, int), string[]>(_byLength);
        foreach (var bucket in newKeys.Where(k => k.Key.Length > 2).GroupBy(k => Bucket(k.Key)))
        {
            // Both parts counted first: a spread of an enumerable grows a list, copying the bucket again and again.
            string[] keysArriving = [.. bucket.Select(k => k.Key)];
            byLength[bucket.Key] = [.. byLength.GetValueOrDefault(bucket.Key, []), .. keysArriving];
        }

        return new WordIndex(keysOut ?? _keys, positionsOut, count, entries, byLength, _bucketed + newKeys.Count);
    }

    /// <summary>
    /// Whether a key's positions stay as they are when no survivor moved: the entries that left it are
    /// the ones that arrive with it, at the same positions (an edit that keeps the name's place and this
    /// word), so the list is shared rather than copied: a common word's list is long, and copying every
    /// list a profile's words were on made one write allocate ~20 MB at 100,000 NGOs.
    /// </summary>
    private static bool Unchanged(Postings postings, Left left, List<int>? arrivals)
    {
        var leaving = 0;
        if (postings.List is { } positions && positions.Length <= left.Positions.Count)
        {
            foreach (var p in positions)
            {
                if (left.Contains(p) && !Arrives(p))
                {
                    return false;
                }

                leaving += left.Contains(p) ? 1 : 0;
            }
        }
        else
        {
            foreach (var l in left.Positions)
            {
                if (postings.Contains(l))
                {
                    if (!Arrives(l))
                    {
                        return false;
                    }

                    leaving++;
                }
            }
        }

        return leaving == (arrivals?.Count ?? 0);

        bool Arrives(int position) => arrivals is not null && arrivals.BinarySearch(position) >= 0;
    }

    /// <summary>The old positions of the entries that left, as a list and as flags (a key's list is scanned or searched, whichever is shorter).</summary>
    private sealed class Left(int count)
    {
        private readonly bool[] _flags = new bool[count];

        public List<int> Positions { get; } = [];

        public void Add(int position)
        {
            _flags[position] = true;
            Positions.Add(position);
        }

        public bool Contains(int position) => _flags[position];
    }

    /// <summary>Old positions mapped (ascending still, since survivors keep their order) with the arrivals merged in; null when none is left.</summary>
    private static Postings? Mapped(Postings old, ReadOnlySpan<int> newPositionOf, List<int>? arrivals, int entries)
    {
        if (old.Set is { } set)
        {
            var mapped = new PositionSet(entries);
            foreach (var o in set.Positions())
            {
                if (newPositionOf[o] is >= 0 and var p)
                {
                    mapped.Add(p);
                }
            }

            foreach (var a in arrivals ?? [])
            {
                mapped.Add(a);
            }

            return mapped.Count == 0 ? null : Postings.Of(mapped);
        }

        var list = old.List!;
        var result = new int[list.Length + (arrivals?.Count ?? 0)];
        int n = 0, next = 0;
        foreach (var o in list)
        {
            var p = newPositionOf[o];
            if (p < 0)
            {
                continue;
            }

            while (arrivals is not null && next < arrivals.Count && arrivals[next] < p)
            {
                result[n++] = arrivals[next++];
            }

            result[n++] = p;
        }

        while (arrivals is not null && next < arrivals.Count)
        {
            result[n++] = arrivals[next++];
        }

        return n == 0 ? null : Postings.Of(n == result.Length ? result : result[..n], entries);
    }
}
