using System.Buffers;
using System.Runtime.CompilerServices;
using Directory.Api.Queries;
using Directory.Api.ReferenceData;
using Directory.Api.Search;

namespace Directory.Api.ReadModel;

/// <summary>
/// Published profiles of one kind held in memory, in Latvian name order, with the other orders
/// precomputed (<see cref="ProfileOrders{TRow}"/>), the filters' bit sets (<see cref="ProfileMatching{TRow}"/>)
/// and a word index for <c>q</c>; ties broken by id. A change makes a new index beside this one (<see cref="Replace"/>).
/// </summary>
public sealed class ProfileIndex<TRow>
    where TRow : class, IPackedRow<TRow>
{
    private readonly IndexedProfile<TRow>[] _profiles;
    private readonly int[] _nameDescending;
    private readonly int[] _updated;
    private readonly int[] _updatedDescending;
    private readonly WordIndex _words;
    private readonly ProfileMatching<TRow> _matching;
    private readonly ConditionalWeakTable<ReferenceDataCache.Snapshot, object> _derived = [];

    internal ProfileIndex(IndexedProfile<TRow>[] profiles, WordIndex words)
        : this(profiles, words, ProfileOrders<TRow>.Sorted(profiles, ProfileOrders<TRow>.ByNameDescending), ProfileOrders<TRow>.Sorted(profiles, ProfileOrders<TRow>.ByUpdated), ProfileOrders<TRow>.Sorted(profiles, ProfileOrders<TRow>.ByUpdatedDescending))
    {
    }

    private ProfileIndex(IndexedProfile<TRow>[] profiles, WordIndex words, int[] nameDescending, int[] updated, int[] updatedDescending, ProfileMatching<TRow>? before = null, int[]? changed = null)
    {
        _profiles = profiles;
        _nameDescending = nameDescending;
        _updated = updated;
        _updatedDescending = updatedDescending;
        _words = words;
        _matching = new ProfileMatching<TRow>(profiles, updated, words, before, changed);
    }

    public int Count => _profiles.Length;

    public IReadOnlyList<IndexedProfile<TRow>> Profiles => _profiles;

    /// <summary>What a list shows for the filter: every word of <c>q</c> matched, or the most that match together (<see cref="ProfileMatching{TRow}.Answer"/>).</summary>
    public (ProfileFilter Filter, PositionSet Matched, SearchOutcome? Outcome) Answer(ProfileFilter filter) => _matching.Answer(filter);

    /// <summary>The positions of the profiles that pass the filter, leaving out one dimension for its facet.</summary>
    public PositionSet Match(ProfileFilter filter, FacetDimension except = FacetDimension.None) => _matching.Match(filter, except);

    /// <summary>Profiles working in any of the given regions (as matched by the region filter) or nationwide.</summary>
    public PositionSet InRegions(IEnumerable<int> workAreaIds) => _matching.InRegions(workAreaIds);

    public PositionSet InSupportAreas(IEnumerable<int> ids) => _matching.InSupportAreas(ids);

    /// <summary>The profiles served in each language (by code): read only.</summary>
    public IReadOnlyDictionary<string, PositionSet> Languages => _matching.Languages;

    public PositionSet InTargetGroups(IEnumerable<int> ids) => _matching.InTargetGroups(ids);

    /// <summary>
    /// This index with the changed profiles replaced by their reloaded state (absent when no longer
    /// published). The others keep their relative order in every order and their words, so orders are
    /// merged and word indexes remapped rather than built again.
    /// </summary>
    public ProfileIndex<TRow> Replace(IReadOnlySet<Guid> changed, IReadOnlyList<LoadedProfile<TRow>> reloaded)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(reloaded);
        // Positions and arrays, not tuples: at 100,000 profiles every array here is a large object, made
        // on each write, and what a write allocates is what the process holds until the next full GC. The
        // ones used only while this runs are rented, not made.
        var kept = ArrayPool<int>.Shared.Rent(_profiles.Length);
        var newPositionOf = ArrayPool<int>.Shared.Rent(_profiles.Length);
        var survivors = ArrayPool<int>.Shared.Rent(_profiles.Length);
        try
        {
            var keptCount = 0;
            for (var old = 0; old < _profiles.Length; old++)
            {
                if (!changed.Contains(_profiles[old].Id))
                {
                    kept[keptCount++] = old;
                }
            }

            var arrivals = reloaded.ToArray();
            Array.Sort(arrivals, (x, y) => ProfileOrders<TRow>.ByName(x.Profile, y.Profile));
            var profiles = new IndexedProfile<TRow>[keptCount + arrivals.Length];
            var positionOf = newPositionOf.AsSpan(0, _profiles.Length);
            positionOf.Fill(-1);
            var added = new Dictionary<int, string[]>();
            for (int k = 0, a = 0, p = 0; p < profiles.Length; p++)
            {
                if (a >= arrivals.Length || (k < keptCount && ProfileOrders<TRow>.ByName(_profiles[kept[k]], arrivals[a].Profile) <= 0))
                {
                    positionOf[kept[k]] = p;
                    profiles[p] = _profiles[kept[k++]];
                }
                else
                {
                    added[p] = arrivals[a].Words;
                    profiles[p] = arrivals[a++].Profile;
                }
            }

            var arrived = added.Keys.ToArray();
            // Every profile that stayed kept its position: the filters' sets change only at the arrivals'.
            var unmoved = profiles.Length == _profiles.Length;
            for (var k = 0; unmoved && k < keptCount; k++)
            {
                unmoved = newPositionOf[kept[k]] == kept[k];
            }

            int[] Reordered(int[] order, Comparison<IndexedProfile<TRow>> by)
            {
                var n = 0;
                foreach (var old in order)
                {
                    if (newPositionOf[old] >= 0)
                    {
                        survivors[n++] = newPositionOf[old];
                    }
                }

                Array.Sort(arrived, (x, y) => by(profiles[x], profiles[y]));
                return ProfileOrders<TRow>.Merge(survivors.AsSpan(0, n), arrived, (x, y) => by(profiles[x], profiles[y]));
            }

            return new(
                profiles,
                _words.Remap(positionOf, added),
                Reordered(_nameDescending, ProfileOrders<TRow>.ByNameDescending),
                Reordered(_updated, ProfileOrders<TRow>.ByUpdated),
                Reordered(_updatedDescending, ProfileOrders<TRow>.ByUpdatedDescending),
                unmoved ? _matching : null,
                unmoved ? [.. added.Keys] : null);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(kept);
            ArrayPool<int>.Shared.Return(newPositionOf);
            ArrayPool<int>.Shared.Return(survivors);
        }
    }

    /// <summary>
    /// A value computed from this index and a reference snapshot (the facet sets), once: on the first
    /// request after the data or the reference data change. One kind of value per index.
    /// </summary>
    public T Derived<T>(ReferenceDataCache.Snapshot reference, Func<ProfileIndex<TRow>, ReferenceDataCache.Snapshot, T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        return (T)_derived.GetValue(reference, r => create(this, r));
    }

    /// <summary>The matched profiles in the filter's order.</summary>
    public IEnumerable<IndexedProfile<TRow>> Ordered(PositionSet matched, ProfileFilter filter)
    {
        ArgumentNullException.ThrowIfNull(matched);
        ArgumentNullException.ThrowIfNull(filter);
        var positions = filter.Sort switch
        {
            ProfileSort.NameDescending => _nameDescending.Where(matched.Contains),
            ProfileSort.Updated => _updated.Where(matched.Contains),
            ProfileSort.UpdatedDescending => _updatedDescending.Where(matched.Contains),
            ProfileSort.Relevance => _matching.ByRelevance(matched, filter.Search),
            _ => matched.Positions(),
        };
        return positions.Select(p => _profiles[p]);
    }
}

public static class ProfileIndex
{
    public static ProfileIndex<TRow> Build<TRow>(IEnumerable<LoadedProfile<TRow>> loaded)
        where TRow : class, IPackedRow<TRow>
    {
        var ordered = loaded.ToArray();
        Array.Sort(ordered, (x, y) => ProfileOrders<TRow>.ByName(x.Profile, y.Profile));
        return new([.. ordered.Select(l => l.Profile)], new WordIndex([.. ordered.Select(l => l.Words)]));
    }
}
