using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Directory.Api.Search;

namespace Directory.Api.ReadModel;

/// <summary>
/// What <c>q</c> finds among one index's profiles and how they rank. Every term must match somewhere: in
/// the name or the text (through the word index: as written, stemmed, or as a prefix when last), or in
/// the names of the profile's support areas, target groups and places. A term that matches nothing so
/// also matches words one or two typos away. A match ranks by field (name, taxonomy, text), then kind
/// (exact, stemmed or prefix, fuzzy), then, in the taxonomy, <see cref="TaxonomyHit.Rank"/>; a profile's
/// score is the sum of its terms' best matches.
/// </summary>
internal sealed class ProfileSearch(int count, WordIndex words, Func<TaxonomyHit, PositionSet> profilesOf)
{
    private static readonly SearchField[] IndexedFields = [SearchField.Name, SearchField.Text];

    // One request asks more than once (the list, then its order; facets once per dimension): what a
    // query's terms match is computed once per query and term.
    private readonly ConditionalWeakTable<SearchQuery, PositionSet> _matched = [];
    private readonly ConditionalWeakTable<SearchTerm, Levels> _levels = [];
    // A common word's set lives as long as this index and its word lists: a plain table by reference (a
    // weak table's lookups go through the runtime's dependent handles, ~5 % of a q request's CPU).
    private readonly ConcurrentDictionary<int[], PositionSet> _common = new(ReferenceEqualityComparer.Instance);

    /// <summary>The profiles every term of <paramref name="query"/> matches (do not change the set returned).</summary>
    public PositionSet Matching(SearchQuery query) => _matched.GetValue(query, q =>
    {
        var matched = PositionSet.All(count);
        foreach (var term in q.Terms)
        {
            matched.IntersectWith(LevelsOf(term).Any);
        }

        return matched;
    });

    /// <summary>
    /// <paramref name="matched"/> by score, highest first; ties in index (name) order. Scored a set at a
    /// time, not a profile at a time: each term splits the matches by its best level, the splits combine
    /// into one set per total score (scores are small sums, so few sets), and the sets are read in score
    /// order only as far as the caller reads (a page). Per profile, the former scoring touched every match
    /// and sorted them all, 0.4 ms a request at 100,000 NGOs.
    /// </summary>
    public IEnumerable<int> ByRelevance(PositionSet matched, SearchQuery query)
    {
        var buckets = new SortedDictionary<int, PositionSet>(Comparer<int>.Create((a, b) => b.CompareTo(a))) { [0] = Copy(matched) };
        // A bucket a term has split to nothing is empty again and takes the next new score, and a score
        // takes its profiles into one set: at 100,000 NGOs a set is 12.5 KB, and collecting them is much
        // of q's cost (a two-word query allocated ~340 KB a request with a set per bucket and level, ~280 KB now).
        var spare = new Stack<PositionSet>();
        Func<PositionSet> empty = () => spare.Count > 0 ? spare.Pop() : new PositionSet(count);
        foreach (var term in query.Terms)
        {
            var levels = LevelsOf(term).ByValue;
            var next = new SortedDictionary<int, PositionSet>(buckets.Comparer);
            foreach (var (score, profiles) in buckets)
            {
                // Each profile takes the best of its matches: levels from the best down, each taking only
                // the profiles no better level had. A bucket is split in place: the last term's buckets are
                // not read again (the first is a copy of the matches).
                var left = profiles;
                var remaining = left.Count;
                foreach (var (value, set) in levels)
                {
                    if (remaining == 0)
                    {
                        break;
                    }

                    if (left.MoveShared(set, next.GetValueOrDefault(score + value), empty, out var moved) is { } into)
                    {
                        remaining -= moved;
                        next[score + value] = into;
                    }
                }

                if (remaining > 0)
                {
                    Add(next, score, left); // matched by none of the term's levels: nothing added (not expected)
                }
                else
                {
                    spare.Push(left);
                }
            }

            buckets = next;
        }

        return buckets.Values.SelectMany(set => set.Positions());
    }

    private static void Add(SortedDictionary<int, PositionSet> buckets, int score, PositionSet profiles)
    {
        if (buckets.TryGetValue(score, out var same))
        {
            same.UnionWith(profiles);
        }
        else
        {
            buckets[score] = profiles;
        }
    }

    private PositionSet Copy(PositionSet set)
    {
        var copy = new PositionSet(count);
        copy.UnionWith(set);
        return copy;
    }

    private Levels LevelsOf(SearchTerm term) => _levels.GetValue(term, t =>
    {
        var hits = Collect(t, fuzzy: false);
        if (hits.Count == 0 && t.MaxEdits > 0)
        {
            hits = Collect(t, fuzzy: true);
        }

        return new Levels(count, hits);
    });

    private List<Hit> Collect(SearchTerm term, bool fuzzy)
    {
        var hits = new List<Hit>();
        foreach (var field in IndexedFields)
        {
            foreach (var (positions, kind) in words.Match(term, SearchKeys.Letter(field), fuzzy))
            {
                var value = Value(field, kind, 3);
                hits.Add(positions.Length >= Math.Max(64, count / 16) ? new Hit(value, null, _common.GetOrAdd(positions, SetOf)) : new Hit(value, positions, null));
            }
        }

        foreach (var taxonomy in fuzzy ? term.FuzzyTaxonomy : term.Taxonomy)
        {
            hits.Add(new Hit(Value(SearchField.Taxonomy, taxonomy.Kind, taxonomy.Rank), null, profilesOf(taxonomy)));
        }

        return hits;
    }

    /// <summary>
    /// A common word's positions (on a sixteenth of the profiles or more) as a set, kept for this index's
    /// life: at most 16 positions' worth of bits each, so their count is bounded by the postings, and a
    /// query of common words is bit-set work, not a walk of long lists. Rarer words' positions go straight
    /// into the term's levels.
    /// </summary>
    private PositionSet SetOf(int[] positions)
    {
        var set = new PositionSet(count);
        foreach (var p in positions)
        {
            set.Add(p);
        }

        return set;
    }

    /// <summary>What a term matched in one way: a word's positions or a set of profiles, and what that is worth.</summary>
    private readonly record struct Hit(int Value, int[]? Positions, PositionSet? Set);

    /// <summary>1 (fuzzy in the text) to 36 (exact in the name): the field outranks the kind of match, which outranks the taxonomy's rank.</summary>
    private static int Value(SearchField field, MatchKind kind, int rank) => ((int)field * 12) + ((int)kind * 4) + rank + 1;

    /// <summary>A term's matches as one set per value, best first, and all of them together.</summary>
    private sealed class Levels
    {
        public Levels(int count, List<Hit> hits)
        {
            var byValue = new SortedDictionary<int, PositionSet>(Comparer<int>.Create((x, y) => y.CompareTo(x)));
            foreach (var group in hits.GroupBy(h => h.Value))
            {
                // A level that is one kept set (a common word's, a taxonomy value's) is that set, read only.
                if (group.Count() == 1 && group.First().Set is { } only)
                {
                    byValue[group.Key] = only;
                    continue;
                }

                var level = new PositionSet(count);
                foreach (var hit in group)
                {
                    if (hit.Set is { } set)
                    {
                        level.UnionWith(set);
                    }
                    else
                    {
                        foreach (var p in hit.Positions!)
                        {
                            level.Add(p);
                        }
                    }
                }

                byValue[group.Key] = level;
            }

            if (byValue.Count == 1)
            {
                Any = byValue.Values.First();
            }
            else
            {
                Any = new PositionSet(count);
                foreach (var level in byValue.Values)
                {
                    Any.UnionWith(level);
                }
            }

            ByValue = [.. byValue.Select(l => (l.Key, l.Value))];
        }

        /// <summary>Every profile the term matches (read only: it may be one of the kept sets).</summary>
        public PositionSet Any { get; }

        public IReadOnlyList<(int Value, PositionSet Set)> ByValue { get; }
    }
}
