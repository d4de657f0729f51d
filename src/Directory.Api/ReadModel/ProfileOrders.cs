using Directory.Api.Queries;
namespace Directory.Api.ReadModel;

/// <summary>The orders lists offer, over a profile index's profiles.</summary>
internal static class ProfileOrders<TRow>
    where TRow : class, IPackedRow<TRow>
{
    // Each order ends on id, so each is total and a merge gives what a sort gives.
    public static int ByName(IndexedProfile<TRow> x, IndexedProfile<TRow> y) =>
        Then(PackedSortKey.Order.Compare(x.NameSortKey, y.NameSortKey), x, y);

    public static int ByNameDescending(IndexedProfile<TRow> x, IndexedProfile<TRow> y) =>
        Then(PackedSortKey.Order.Compare(y.NameSortKey, x.NameSortKey), x, y);

    public static int ByUpdated(IndexedProfile<TRow> x, IndexedProfile<TRow> y) => Then(x.UpdatedAt.CompareTo(y.UpdatedAt), x, y);

    public static int ByUpdatedDescending(IndexedProfile<TRow> x, IndexedProfile<TRow> y) => Then(y.UpdatedAt.CompareTo(x.UpdatedAt), x, y);

    private static int Then(int order, IndexedProfile<TRow> x, IndexedProfile<TRow> y) => order != 0 ? order : IdOrder.Instance.Compare(x.Id, y.Id);

    public static int[] Sorted(IndexedProfile<TRow>[] profiles, Comparison<IndexedProfile<TRow>> by)
    {
        var positions = Enumerable.Range(0, profiles.Length).ToArray();
        Array.Sort(positions, (x, y) => by(profiles[x], profiles[y]));
        return positions;
    }

    /// <summary>Two lists sorted by <paramref name="by"/>, as one.</summary>
    public static T[] Merge<T>(ReadOnlySpan<T> first, T[] second, Comparison<T> by)
    {
        var merged = new T[first.Length + second.Length];
        int i = 0, j = 0, k = 0;
        while (i < first.Length && j < second.Length)
        {
            merged[k++] = by(first[i], second[j]) <= 0 ? first[i++] : second[j++];
        }

        first[i..].CopyTo(merged.AsSpan(k));
        second.AsSpan(j).CopyTo(merged.AsSpan(k + first.Length - i));
        return merged;
    }
}

/// <summary>Ids in the order of their text form, as SQLite sorted them, so that ties break the same way everywhere.</summary>
internal sealed class IdOrder : IComparer<Guid>
{
    public static readonly IdOrder Instance = new();

    public int Compare(Guid x, Guid y) => string.CompareOrdinal(x.ToString("D"), y.ToString("D"));
}
