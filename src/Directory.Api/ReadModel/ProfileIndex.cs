using System.Runtime.CompilerServices;
using Directory.Api.Queries;
using Directory.Api.ReferenceData;

namespace Directory.Api.ReadModel;

/// <summary>
/// Published profiles of one kind held in memory, in Latvian name order, with a bit set per
/// region, support area, target group and language, a word index for <c>q</c>, and the other orders
/// precomputed. It answers exactly what the SQL filters answered: every term is a substring of the
/// folded search text; values of one parameter OR, parameters AND; ties broken by id.
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
    private readonly WordIndex _words;
    private readonly WordIndex _nameWords;
    private readonly ConditionalWeakTable<ReferenceDataCache.Snapshot, object> _derived = [];

    internal ProfileIndex(IndexedProfile<TRow>[] profiles, WordIndex words)
    {
        _profiles = profiles;
        var positions = Enumerable.Range(0, profiles.Length).ToArray();
        _nameDescending = [.. positions.OrderByDescending(p => profiles[p].NameSortKey, PackedSortKey.Order).ThenBy(p => profiles[p].Id, IdOrder.Instance)];
        _updated = [.. positions.OrderBy(p => profiles[p].UpdatedAt).ThenBy(p => profiles[p].Id, IdOrder.Instance)];
        _updatedDescending = [.. positions.OrderByDescending(p => profiles[p].UpdatedAt).ThenBy(p => profiles[p].Id, IdOrder.Instance)];
        _nationwide = Set(p => p.Nationwide);
        _members = Set(p => p.IsMember);
        _regions = SetsBy(p => p.Links.Regions);
        _supportAreas = SetsBy(p => p.Links.SupportAreas);
        _targetGroups = SetsBy(p => p.Links.TargetGroups);
        _languages = SetsBy(p => p.Languages, StringComparer.Ordinal);
        _words = words;
        _nameWords = new WordIndex([.. profiles.Select(p => p.NameFolded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))]);
    }

    public int Count => _profiles.Length;

    public IReadOnlyList<IndexedProfile<TRow>> Profiles => _profiles;

    /// <summary>This index with the changed profiles replaced by their reloaded state (absent when no longer published).</summary>
    public ProfileIndex<TRow> Replace(IReadOnlySet<Guid> changed, IReadOnlyList<LoadedProfile<TRow>> reloaded)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(reloaded);
        var entries = _profiles.Select((profile, old) => (Profile: profile, Old: old, Words: (string[]?)null))
            .Where(e => !changed.Contains(e.Profile.Id))
            .Concat(reloaded.Select(r => (r.Profile, Old: -1, Words: (string[]?)r.Words)))
            .OrderBy(e => e.Profile.NameSortKey, PackedSortKey.Order).ThenBy(e => e.Profile.Id, IdOrder.Instance)
            .ToArray();
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

        return new([.. entries.Select(e => e.Profile)], _words.Remap(newPositionOf, added));
    }

    /// <summary>The positions of the profiles that pass the filter, leaving out one dimension for its facet.</summary>
    public PositionSet Match(ProfileFilter filter, FacetDimension except = FacetDimension.None)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var matched = PositionSet.All(Count);
        foreach (var term in filter.Terms)
        {
            matched.IntersectWith(Containing(_words, term));
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
            foreach (var position in matched.Positions().Where(p => _profiles[p].UpdatedAt < since).ToList())
            {
                matched.Remove(position);
            }
        }

        return matched;
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
            ProfileSort.Relevance => ByRelevance(matched, filter),
            _ => matched.Positions(),
        };
        return positions.Select(p => _profiles[p]);
    }

    /// <summary>Names that start with, then contain, the query first; then the rest; each in name order.</summary>
    private IEnumerable<int> ByRelevance(PositionSet matched, ProfileFilter filter)
    {
        // A name that contains the phrase has every term inside one of its words: only those names are compared.
        var candidates = PositionSet.All(Count);
        foreach (var term in filter.Terms)
        {
            candidates.IntersectWith(Containing(_nameWords, term));
        }

        candidates.IntersectWith(matched);
        var scores = new Dictionary<int, int>();
        foreach (var p in candidates.Positions())
        {
            var name = _profiles[p].NameFolded;
            var score = name.StartsWith(filter.Phrase, StringComparison.Ordinal) ? 2 : name.Contains(filter.Phrase, StringComparison.Ordinal) ? 1 : 0;
            if (score > 0)
            {
                scores[p] = score;
            }
        }

        return candidates.Positions().Where(p => scores.GetValueOrDefault(p) == 2)
            .Concat(candidates.Positions().Where(p => scores.GetValueOrDefault(p) == 1))
            .Concat(matched.Positions().Where(p => !scores.ContainsKey(p)));
    }

    /// <summary>Profiles whose folded search text contains the term: every word that contains it, through the word index.</summary>
    private PositionSet Containing(WordIndex words, string term)
    {
        var set = new PositionSet(Count);
        foreach (var positions in words.Containing(term))
        {
            foreach (var position in positions)
            {
                set.Add(position);
            }
        }

        return set;
    }

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

    private Dictionary<TKey, PositionSet> SetsBy<TKey>(Func<IndexedProfile<TRow>, IEnumerable<TKey>> keys, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        var sets = new Dictionary<TKey, PositionSet>(comparer);
        for (var p = 0; p < _profiles.Length; p++)
        {
            foreach (var key in keys(_profiles[p]))
            {
                if (!sets.TryGetValue(key, out var set))
                {
                    sets[key] = set = new PositionSet(Count);
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
        var ordered = loaded.OrderBy(l => l.Profile.NameSortKey, PackedSortKey.Order).ThenBy(l => l.Profile.Id, IdOrder.Instance).ToArray();
        return new([.. ordered.Select(l => l.Profile)], new WordIndex([.. ordered.Select(l => l.Words)]));
    }
}

/// <summary>Ids in the order of their text form, as SQLite sorted them, so that ties break the same way everywhere.</summary>
internal sealed class IdOrder : IComparer<Guid>
{
    public static readonly IdOrder Instance = new();

    public int Compare(Guid x, Guid y) => string.CompareOrdinal(x.ToString("D"), y.ToString("D"));
}
