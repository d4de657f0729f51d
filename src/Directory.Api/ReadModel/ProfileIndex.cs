using System.Runtime.CompilerServices;
using Directory.Api.Queries;
using Directory.Api.ReferenceData;
using Directory.Api.Search;

namespace Directory.Api.ReadModel;

/// <summary>
/// Published profiles of one kind held in memory, in Latvian name order, with a bit set per
/// region, support area, target group and language, a word index for <c>q</c> (<see cref="ProfileSearch"/>),
/// and the other orders precomputed. Values of one parameter OR, parameters AND; ties broken by id.
/// </summary>
public sealed class ProfileIndex<TRow>
    where TRow : class
{
    private readonly IndexedProfile<TRow>[] _profiles;
    private readonly int[] _nameDescending;
    private readonly int[] _updated;
    private readonly int[] _updatedDescending;
    private readonly PositionSet _nationwide;
    private readonly PositionSet _members;
    private readonly Dictionary<int, PositionSet> _regions;
    private readonly Dictionary<int, PositionSet> _supportAreas;
    private readonly Dictionary<int, PositionSet> _targetGroups;
    private readonly Dictionary<string, PositionSet> _languages;
    private readonly Dictionary<int, PositionSet> _registeredIn;
    private readonly WordIndex _words;
    private readonly ProfileSearch _search;
    private readonly ConditionalWeakTable<ReferenceDataCache.Snapshot, object> _derived = [];

    internal ProfileIndex(IndexedProfile<TRow>[] profiles, WordIndex words)
        : this(profiles, words, ProfileOrders<TRow>.Sorted(profiles, ProfileOrders<TRow>.ByNameDescending), ProfileOrders<TRow>.Sorted(profiles, ProfileOrders<TRow>.ByUpdated), ProfileOrders<TRow>.Sorted(profiles, ProfileOrders<TRow>.ByUpdatedDescending))
    {
    }

    private ProfileIndex(IndexedProfile<TRow>[] profiles, WordIndex words, int[] nameDescending, int[] updated, int[] updatedDescending)
    {
        _profiles = profiles;
        _nameDescending = nameDescending;
        _updated = updated;
        _updatedDescending = updatedDescending;
        _nationwide = Set(p => p.Nationwide);
        _members = Set(p => p.IsMember);
        _regions = SetsBy(p => p.Links.Regions);
        _supportAreas = SetsBy(p => p.Links.SupportAreas);
        _targetGroups = SetsBy(p => p.Links.TargetGroups);
        _languages = SetsBy(p => p.Languages, StringComparer.Ordinal);
        _registeredIn = SetsBy(p => p.RegisteredMunicipalityId);
        _words = words;
        _search = new ProfileSearch(profiles.Length, words, ProfilesOf);
    }

    public int Count => _profiles.Length;

    public IReadOnlyList<IndexedProfile<TRow>> Profiles => _profiles;

    /// <summary>
    /// This index with the changed profiles replaced by their reloaded state (absent when no longer
    /// published). The others keep their relative order in every order and their words, so orders are
    /// merged and word indexes remapped rather than built again.
    /// </summary>
    public ProfileIndex<TRow> Replace(IReadOnlySet<Guid> changed, IReadOnlyList<LoadedProfile<TRow>> reloaded)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(reloaded);
        var survivors = _profiles.Select((profile, old) => (Profile: profile, Old: old, Words: (string[]?)null)).Where(e => !changed.Contains(e.Profile.Id)).ToArray();
        var arrivals = reloaded.Select(r => (r.Profile, Old: -1, Words: (string[]?)r.Words)).ToArray();
        Array.Sort(arrivals, (x, y) => ProfileOrders<TRow>.ByName(x.Profile, y.Profile));
        var entries = ProfileOrders<TRow>.Merge(survivors, arrivals, (x, y) => ProfileOrders<TRow>.ByName(x.Profile, y.Profile));

        var profiles = Array.ConvertAll(entries, e => e.Profile);
        var newPositionOf = new int[_profiles.Length];
        Array.Fill(newPositionOf, -1);
        var added = new Dictionary<int, string[]>();
        for (var p = 0; p < entries.Length; p++)
        {
            if (entries[p].Old >= 0)
            {
                newPositionOf[entries[p].Old] = p;
            }
            else
            {
                added[p] = entries[p].Words!;
            }
        }

        int[] Reordered(int[] order, Comparison<IndexedProfile<TRow>> by)
        {
            var arrived = added.Keys.ToArray();
            Array.Sort(arrived, (x, y) => by(profiles[x], profiles[y]));
            return ProfileOrders<TRow>.Merge([.. order.Select(p => newPositionOf[p]).Where(p => p >= 0)], arrived, (x, y) => by(profiles[x], profiles[y]));
        }

        return new(
            profiles,
            _words.Remap(newPositionOf, added),
            Reordered(_nameDescending, ProfileOrders<TRow>.ByNameDescending),
            Reordered(_updated, ProfileOrders<TRow>.ByUpdated),
            Reordered(_updatedDescending, ProfileOrders<TRow>.ByUpdatedDescending));
    }

    /// <summary>The positions of the profiles that pass the filter, leaving out one dimension for its facet.</summary>
    public PositionSet Match(ProfileFilter filter, FacetDimension except = FacetDimension.None)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var matched = PositionSet.All(Count);
        if (!filter.Search.IsEmpty)
        {
            matched.IntersectWith(_search.Matching(filter.Search));
        }

        if (filter.WorkAreaIds is { } regions && except != FacetDimension.Region)
        {
            matched.IntersectWith(InRegions(regions));
        }

        if (filter.SupportAreaIds is { } areas && except != FacetDimension.SupportArea)
        {
            matched.IntersectWith(AnyOf(_supportAreas, areas));
        }

        if (filter.TargetGroupIds is { } groups && except != FacetDimension.TargetGroup)
        {
            matched.IntersectWith(AnyOf(_targetGroups, groups));
        }

        if (filter.Languages is { } languages)
        {
            matched.IntersectWith(AnyOf(_languages, languages));
        }

        if (filter.Member == true)
        {
            matched.IntersectWith(_members);
        }
        else if (filter.Member == false)
        {
            matched.ExceptWith(_members);
        }

        if (filter.UpdatedSince is { } since)
        {
            matched.IntersectWith(UpdatedSince(since));
        }

        return matched;
    }

    /// <summary>Profiles updated at or after <paramref name="since"/>: the tail of the update order, found by a binary search.</summary>
    private PositionSet UpdatedSince(DateTime since)
    {
        int low = 0, high = _updated.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = _profiles[_updated[middle]].UpdatedAt < since ? (middle + 1, high) : (low, middle);
        }

        var set = new PositionSet(Count);
        for (var i = low; i < _updated.Length; i++)
        {
            set.Add(_updated[i]);
        }

        return set;
    }

    /// <summary>Profiles working in any of the given regions (as matched by the region filter) or nationwide.</summary>
    public PositionSet InRegions(IEnumerable<int> workAreaIds)
    {
        var set = AnyOf(_regions, workAreaIds);
        set.UnionWith(_nationwide);
        return set;
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

    public PositionSet InSupportAreas(IEnumerable<int> ids) => AnyOf(_supportAreas, ids);

    public PositionSet InTargetGroups(IEnumerable<int> ids) => AnyOf(_targetGroups, ids);

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
            ProfileSort.Relevance => _search.ByRelevance(matched, filter.Search),
            _ => matched.Positions(),
        };
        return positions.Select(p => _profiles[p]);
    }

    /// <summary>The profiles a reference name found by <c>q</c> stands for, through the filters' sets.</summary>
    private PositionSet ProfilesOf(TaxonomyHit hit) => hit.Dimension switch
    {
        TaxonomyDimension.SupportArea => AnyOf(_supportAreas, hit.ReferenceIds),
        TaxonomyDimension.TargetGroup => AnyOf(_targetGroups, hit.ReferenceIds),
        TaxonomyDimension.WorkArea => AnyOf(_regions, hit.ReferenceIds),
        _ => AnyOf(_registeredIn, hit.ReferenceIds),
    };

    private PositionSet AnyOf<TKey>(Dictionary<TKey, PositionSet> sets, IEnumerable<TKey> keys)
        where TKey : notnull
    {
        var set = new PositionSet(Count);
        foreach (var key in keys)
        {
            if (sets.TryGetValue(key, out var found))
            {
                set.UnionWith(found);
            }
        }

        return set;
    }

    private PositionSet Set(Func<IndexedProfile<TRow>, bool> predicate)
    {
        var set = new PositionSet(Count);
        for (var p = 0; p < _profiles.Length; p++)
        {
            if (predicate(_profiles[p]))
            {
                set.Add(p);
            }
        }

        return set;
    }

    // Indexed loops: this runs over every profile on every refresh, so no enumerator per profile.
    private Dictionary<TKey, PositionSet> SetsBy<TKey>(Func<IndexedProfile<TRow>, IReadOnlyList<TKey>> keys, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        var sets = new Dictionary<TKey, PositionSet>(comparer);
        for (var p = 0; p < _profiles.Length; p++)
        {
            var of = keys(_profiles[p]);
            for (var i = 0; i < of.Count; i++)
            {
                if (!sets.TryGetValue(of[i], out var set))
                {
                    sets[of[i]] = set = new PositionSet(Count);
                }

                set.Add(p);
            }
        }

        return sets;
    }

    private Dictionary<int, PositionSet> SetsBy(Func<IndexedProfile<TRow>, int?> key)
    {
        var sets = new Dictionary<int, PositionSet>();
        for (var p = 0; p < _profiles.Length; p++)
        {
            if (key(_profiles[p]) is { } k)
            {
                if (!sets.TryGetValue(k, out var set))
                {
                    sets[k] = set = new PositionSet(Count);
                }

                set.Add(p);
            }
        }

        return sets;
    }

}

public static class ProfileIndex
{
    public static ProfileIndex<TRow> Build<TRow>(IEnumerable<LoadedProfile<TRow>> loaded)
        where TRow : class
    {
        var ordered = loaded.ToArray();
        Array.Sort(ordered, (x, y) => ProfileOrders<TRow>.ByName(x.Profile, y.Profile));
        return new([.. ordered.Select(l => l.Profile)], new WordIndex([.. ordered.Select(l => l.Words)]));
    }
}
