using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Directory.Api.Search;
using Microsoft.Extensions.ObjectPool;

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
    private readonly ConditionalWeakTable<SearchTerm, TermLevels> _levels = [];
    private readonly RecentWords _words = new(count);
    private readonly RecentLevels _recentLevels = new(count);
    private readonly ObjectPool<PositionSet> _pool = SetPool.For(count);

    /// <summary>The profiles every term of <paramref name="query"/> matches (read only: one term's is that term's own set).</summary>
    public PositionSet Matching(SearchQuery query) => _matched.GetValue(query, q =>
    {
        if (q.Terms is [var only])
        {
            return LevelsOf(only).Any;
        }

        var matched = PositionSet.All(count);
        foreach (var term in q.Terms)
        {
            matched.IntersectWith(LevelsOf(term).Any);
        }

        return matched;
    });

    /// <summary>The profiles one term matches, with its typos where nothing matches it otherwise (read only).</summary>
    public PositionSet MatchingTerm(SearchTerm term) => LevelsOf(term).Any;

    /// <summary>
    /// <paramref name="matched"/> by score, highest first; ties in index (name) order. Scored a set at a
    /// time, not a profile at a time: each term splits the matches by its best level, the splits combine
    /// into one set per total score (scores are small sums, so few sets), and the sets are read in score
    /// order only as far as the caller reads (a page). Per profile, the former scoring touched every match
    /// and sorted them all, 0.4 ms a request at 100,000 NGOs.
    /// </summary>
    public IEnumerable<int> ByRelevance(PositionSet matched, SearchQuery query)
    {
        var first = _pool.Get();
        first.UnionWith(matched);
        var buckets = new SortedDictionary<int, PositionSet>(Comparer<int>.Create((a, b) => b.CompareTo(a))) { [0] = first };
        // A bucket a term has split to nothing is empty again and takes the next new score, and a score
        // takes its profiles into one set; the sets come from a pool and go back once the order is read:
        // at 100,000 NGOs a set is 12.5 KB, and collecting them was much of q's cost.
        var spare = new Stack<PositionSet>();
        Func<PositionSet> empty = () => spare.Count > 0 ? spare.Pop() : _pool.Get();
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

        return Read(buckets, spare, new StrongBox<bool>());
    }

    /// <summary>The buckets' positions, best score first; their sets go back to the pool once read (or left), so the order is read once.</summary>
    private IEnumerable<int> Read(SortedDictionary<int, PositionSet> buckets, Stack<PositionSet> spare, StrongBox<bool> returned)
    {
        if (returned.Value)
        {
            throw new InvalidOperationException("A relevance order is read once: its sets have gone back to the pool.");
        }

        try
        {
            foreach (var set in buckets.Values)
            {
                foreach (var position in set.Positions())
                {
                    yield return position;
                }
            }
        }
        finally
        {
            returned.Value = true;
            foreach (var set in buckets.Values.Concat(spare))
            {
                _pool.Return(set);
            }
        }
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

    private TermLevels LevelsOf(SearchTerm term) => _levels.GetValue(term, t =>
    {
        // Kept without typos: good unless it matched nothing and this term forgives typos.
        if (_recentLevels.TryGet(t, out var known) && (known.ByValue.Length > 0 || t.MaxEdits == 0))
        {
            return known;
        }

        var (words, taxonomy, edits) = (WordLevels(t, fuzzy: false), t.Taxonomy, 0);
        if (words.Length == 0 && taxonomy.Count == 0 && t.MaxEdits > 0)
        {
            (words, taxonomy, edits) = (WordLevels(t, fuzzy: true), t.FuzzyTaxonomy, t.MaxEdits);
        }

        return _recentLevels.GetOrAdd(t, edits, taxonomy, () =>
        {
            // A taxonomy value is never a name's or a text's (the field is part of a value): its levels join the words'.
            var levels = words.ToList();
            foreach (var group in taxonomy.GroupBy(h => Value(h.Field, h.Kind, h.Rank)))
            {
                levels.Add((group.Key, PositionSet.Union(count, [.. group.Select(profilesOf)])));
            }

            return new TermLevels(count, levels);
        });
    });

    /// <summary>What a term matches in names and texts, one set per value, best first (kept: <see cref="RecentWords"/>).</summary>
    private (int Value, PositionSet Set)[] WordLevels(SearchTerm term, bool fuzzy) => _words.GetOrAdd(term, fuzzy, () =>
    {
        var hits = new List<(int Value, Postings Positions)>();
        foreach (var field in IndexedFields)
        {
            foreach (var (positions, kind) in words.Match(term, SearchKeys.Letter(field), fuzzy))
            {
                hits.Add((Value(field, kind, 3), positions));
            }
        }

        return hits.GroupBy(h => h.Value).OrderByDescending(g => g.Key).Select(g => (g.Key, Level([.. g.Select(h => h.Positions)]))).ToArray();
    });

    /// <summary>One level from its keys' positions: a single common word's is that word's set, read only.</summary>
    private PositionSet Level(List<Postings> postings)
    {
        if (postings is [{ Set: { } only }])
        {
            return only;
        }

        var level = new PositionSet(count);
        foreach (var positions in postings)
        {
            positions.AddTo(level);
        }

        return level;
    }

    /// <summary>1 (fuzzy in the text) to 48 (a lead-in phrase met whole): the field outranks the kind of match, which outranks the taxonomy's rank.</summary>
    internal static int Value(SearchField field, MatchKind kind, int rank) => ((int)field * 12) + ((int)kind * 4) + rank + 1;
}
