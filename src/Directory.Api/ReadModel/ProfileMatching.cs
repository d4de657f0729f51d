using Directory.Api.Queries;
using Directory.Api.Search;

namespace Directory.Api.ReadModel;

/// <summary>
/// Which of an index's profiles pass a filter: a bit set per region, support area, target group,
/// language and registered municipality, built with the index. Values of one parameter OR, parameters AND.
/// </summary>
internal sealed class ProfileMatching<TRow>
    where TRow : class, IPackedRow<TRow>
{
    private readonly IndexedProfile<TRow>[] _profiles;
    private readonly int[] _updated;
    private readonly PositionSet _nationwide;
    private readonly PositionSet _members;
    private readonly PositionSet _nonMembers;
    private readonly PositionSet _all;
    private readonly Dictionary<int, PositionSet> _regions;
    private readonly Dictionary<int, PositionSet> _supportAreas;
    private readonly Dictionary<int, PositionSet> _targetGroups;
    private readonly Dictionary<string, PositionSet> _languages;
    private readonly Dictionary<int, PositionSet> _registeredIn;
    private readonly ProfileSearch _search;

    /// <param name="profiles">In name order: a position is an index into them.</param>
    /// <param name="updated">The positions in update order (<c>updatedSince</c> takes its tail).</param>
    /// <param name="before">
    /// The matching of the index this one replaces when only the profiles at <paramref name="changed"/> differ
    /// (every other keeps its position): its sets are shared, and copied only where a changed profile
    /// joins or leaves one. A write then makes a set or two, not every one (12.5 KB each at 100,000 NGOs).
    /// </param>
    public ProfileMatching(IndexedProfile<TRow>[] profiles, int[] updated, WordIndex words, ProfileMatching<TRow>? before = null, IReadOnlyCollection<int>? changed = null)
    {
        _profiles = profiles;
        _updated = updated;
        _search = new ProfileSearch(profiles.Length, words, ProfilesOf);
        if (before is not null && changed is not null && before.Count == profiles.Length)
        {
            _nationwide = Patched(before._nationwide, changed, p => p.Nationwide);
            _members = Patched(before._members, changed, p => p.IsMember);
            _nonMembers = Patched(before._nonMembers, changed, p => !p.IsMember);
            _all = before._all;
            _regions = Patched(before._regions, changed, p => p.Links.Regions);
            _supportAreas = Patched(before._supportAreas, changed, p => p.Links.SupportAreas);
            _targetGroups = Patched(before._targetGroups, changed, p => p.Links.TargetGroups);
            _languages = Patched(before._languages, changed, p => p.Languages);
            _registeredIn = Patched(before._registeredIn, changed, p => p.RegisteredMunicipalityId is { } id ? [id] : []);
            return;
        }

        _nationwide = Set(p => p.Nationwide);
        _members = Set(p => p.IsMember);
        _nonMembers = Set(p => !p.IsMember);
        _all = PositionSet.All(profiles.Length);
        _regions = SetsBy(p => p.Links.Regions);
        _supportAreas = SetsBy(p => p.Links.SupportAreas);
        _targetGroups = SetsBy(p => p.Links.TargetGroups);
        _languages = SetsBy(p => p.Languages, StringComparer.Ordinal);
        _registeredIn = SetsBy(p => p.RegisteredMunicipalityId);
    }

    private int Count => _profiles.Length;

    /// <summary>The profiles served in each language (by code): read only.</summary>
    public IReadOnlyDictionary<string, PositionSet> Languages => _languages;

    /// <summary><paramref name="matched"/> by relevance to the search.</summary>
    public IEnumerable<int> ByRelevance(PositionSet matched, SearchQuery search) => _search.ByRelevance(matched, search);

    /// <summary>
    /// The profiles a list shows for <paramref name="filter"/>, with what it did with <c>q</c> (null without
    /// one): when no profile matches every word, the filter is answered with the most words that match
    /// together (<see cref="PartialMatch"/>), and the filter returned is the one answered, for the list's
    /// order and facets. A word that matches nothing gets a suggestion.
    /// </summary>
    public (ProfileFilter Filter, PositionSet Matched, SearchOutcome? Outcome) Answer(ProfileFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var search = filter.Search;
        var matched = Match(filter);
        if (search.IsEmpty || matched.Count > 0)
        {
            return (filter, matched, search.IsEmpty ? null : new SearchOutcome(SearchMatch.All, search.Terms, [], []));
        }

        var termSets = search.Terms.Select(_search.MatchingTerm).ToList();
        var suggestions = search.Terms.Where((_, i) => termSets[i].Count == 0).Take(SearchQuery.MaxSuggestions)
            .Select(t => (Term: t, Suggestion: search.DidYouMean(t)!)).Where(s => s.Suggestion is not null).ToList();
        var others = Match(filter with { Search = SearchQuery.None });
        var chosen = PartialMatch.Choose(termSets, others);
        if (chosen.Length == 0)
        {
            // The words matched nothing the other filters let through: those that match nothing at all are the ones to change.
            return (filter, matched, new SearchOutcome(SearchMatch.None, [], [.. search.Terms.Where((_, i) => termSets[i].Count == 0)], suggestions));
        }

        var used = search.Terms.Where((_, i) => chosen.Contains(i)).ToList();
        var answered = filter with { Search = search.Only(used) };
        return (answered, PartialMatch.Matches(termSets, others, chosen), new SearchOutcome(SearchMatch.Partial, used, [.. search.Terms.Except(used)], suggestions));
    }

    /// <summary>
    /// The positions of the profiles that pass the filter, leaving out one dimension for its facet (read
    /// only: a filter of one dimension, <c>q</c> alone for one, is answered with that dimension's own set).
    /// </summary>
    public PositionSet Match(ProfileFilter filter, FacetDimension except = FacetDimension.None)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var matched = default(Intersection);
        if (!filter.Search.IsEmpty)
        {
            matched.With(_search.Matching(filter.Search));
        }

        if (filter.WorkAreaIds is { } regions && except != FacetDimension.Region)
        {
            matched.With(InRegions(regions), owned: true);
        }

        if (filter.SupportAreaIds is { } areas && except != FacetDimension.SupportArea)
        {
            matched.With(AnyOf(_supportAreas, areas), owned: true);
        }

        if (filter.TargetGroupIds is { } groups && except != FacetDimension.TargetGroup)
        {
            matched.With(AnyOf(_targetGroups, groups), owned: true);
        }

        if (filter.Languages is { } languages && except != FacetDimension.Language)
        {
            matched.With(AnyOf(_languages, languages), owned: true);
        }

        if (filter.Member is { } member)
        {
            matched.With(member ? _members : _nonMembers);
        }

        if (filter.UpdatedSince is { } since)
        {
            matched.With(UpdatedSince(since), owned: true);
        }

        return matched.Result ?? _all;
    }

    /// <summary>
    /// Sets intersected without copying the first: random pairs of words at 100,000 NGOs allocated a set of
    /// every profile per request to intersect <c>q</c>'s matches into, 12.5 KB each.
    /// </summary>
    private struct Intersection
    {
        private PositionSet? _result;
        private bool _owned;

        /// <summary>The profiles in every set given; null when none was.</summary>
        public readonly PositionSet? Result => _result;

        /// <param name="set">Read only, unless <paramref name="owned"/>: made for this filter alone.</param>
        public void With(PositionSet set, bool owned = false)
        {
            if (_result is null)
            {
                (_result, _owned) = (set, owned);
                return;
            }

            if (!_owned)
            {
                if (owned)
                {
                    set.IntersectWith(_result);
                    (_result, _owned) = (set, true);
                    return;
                }

                (_result, _owned) = (_result.Copy(), true);
            }

            _result.IntersectWith(set);
        }
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

    public PositionSet InSupportAreas(IEnumerable<int> ids) => AnyOf(_supportAreas, ids);

    public PositionSet InTargetGroups(IEnumerable<int> ids) => AnyOf(_targetGroups, ids);

    /// <summary>
    /// The profiles a reference name found by <c>q</c> stands for, through the filters' sets (read only:
    /// one reference's set is this index's own, not a copy).
    /// </summary>
    private PositionSet ProfilesOf(TaxonomyHit hit)
    {
        if (hit.Dimension == TaxonomyDimension.Nationwide)
        {
            return _nationwide;
        }

        var sets = hit.Dimension switch
        {
            TaxonomyDimension.SupportArea => _supportAreas,
            TaxonomyDimension.TargetGroup => _targetGroups,
            TaxonomyDimension.WorkArea => _regions,
            _ => _registeredIn,
        };
        return hit.ReferenceIds is [var only] && sets.TryGetValue(only, out var set) ? set : AnyOf(sets, hit.ReferenceIds);
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

    private PositionSet Patched(PositionSet before, IReadOnlyCollection<int> changed, Func<IndexedProfile<TRow>, bool> predicate)
    {
        var set = before;
        foreach (var p in changed)
        {
            var member = predicate(_profiles[p]);
            if (member != set.Contains(p))
            {
                set = ReferenceEquals(set, before) ? before.Copy() : set;
                if (member)
                {
                    set.Add(p);
                }
                else
                {
                    set.Remove(p);
                }
            }
        }

        return set;
    }

    // As SetsBy makes them: a value's set only while some profile has it.
    private Dictionary<TKey, PositionSet> Patched<TKey>(Dictionary<TKey, PositionSet> before, IReadOnlyCollection<int> changed, Func<IndexedProfile<TRow>, IReadOnlyList<TKey>> keys)
        where TKey : notnull
    {
        var sets = new Dictionary<TKey, PositionSet>(before, before.Comparer);
        var copied = new HashSet<TKey>(before.Comparer);
        PositionSet Writable(TKey key)
        {
            if (copied.Add(key))
            {
                sets[key] = sets.TryGetValue(key, out var shared) ? shared.Copy() : new PositionSet(Count);
            }

            return sets[key];
        }

        foreach (var p in changed)
        {
            var now = keys(_profiles[p]);
            foreach (var (key, set) in before)
            {
                if (set.Contains(p) && !now.Contains(key, before.Comparer))
                {
                    Writable(key).Remove(p);
                }
            }

            foreach (var key in now)
            {
                if (!sets.TryGetValue(key, out var set) || !set.Contains(p))
                {
                    Writable(key).Add(p);
                }
            }
        }

        foreach (var key in copied.Where(k => sets[k].Count == 0))
        {
            sets.Remove(key);
        }

        return sets;
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
