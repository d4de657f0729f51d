namespace Directory.Api.Search;

/// <summary>
/// A word index key's positions (read only: the index's own): a list, or a set where the key is on a
/// sixteenth of the entries or more (<see cref="DenseFrom"/>). A set is then at most half the list's bytes:
/// at 100,000 NGOs the ~200 keys that common were 17.5 MB as lists and are ~2.5 MB as sets, and a query of
/// common words is set work, not a walk of long lists.
/// </summary>
public readonly struct Postings
{
    private readonly object _value;

    private Postings(object value) => _value = value;

    /// <summary>The set, when the key is common enough to be held as one.</summary>
    public PositionSet? Set => _value as PositionSet;

    /// <summary>The fewest positions held as a set among <paramref name="count"/> entries.</summary>
    public static int DenseFrom(int count) => Math.Max(64, count / 16);

    /// <summary>The list, when the key is not.</summary>
    public int[]? List => _value as int[];

    /// <summary>Ascending <paramref name="positions"/> among <paramref name="count"/> entries, held as their number says (the array itself when a list).</summary>
    public static Postings Of(int[] positions, int count)
    {
        ArgumentNullException.ThrowIfNull(positions);
        if (positions.Length < DenseFrom(count))
        {
            return new(positions);
        }

        var set = new PositionSet(count);
        foreach (var p in positions)
        {
            set.Add(p);
        }

        return new(set);
    }

    /// <summary>A set of positions among its capacity's entries, held as its count says.</summary>
    public static Postings Of(PositionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.Count < DenseFrom(set.Capacity) ? new(set.ToArray()) : new(set);
    }

    public bool Contains(int position) => _value is int[] list ? Array.BinarySearch(list, position) >= 0 : ((PositionSet)_value).Contains(position);

    /// <summary>The positions in ascending order.</summary>
    public IEnumerable<int> Positions() => _value as int[] ?? ((PositionSet)_value).Positions();

    /// <summary>Adds these positions to <paramref name="target"/>.</summary>
    public void AddTo(PositionSet target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (_value is PositionSet set)
        {
            target.UnionWith(set);
            return;
        }

        foreach (var p in (int[])_value)
        {
            target.Add(p);
        }
    }
}
