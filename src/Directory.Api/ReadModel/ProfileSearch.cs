using System.Buffers;
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
    private readonly ConditionalWeakTable<int[], PositionSet> _common = [];

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

    /// <summary><paramref name="matched"/> by score, highest first; ties in index (name) order.</summary>
    public IEnumerable<int> ByRelevance(PositionSet matched, SearchQuery query)
    {
        var score = ArrayPool<int>.Shared.Rent(count);
        try
        {
            Array.Clear(score, 0, count);
            var top = 0;
            foreach (var term in query.Terms)
            {
                // Each profile takes the best of its matches: levels from the best down, each adding only
                // the profiles no better level had.
                var levels = LevelsOf(term);
                var scored = new PositionSet(count);
                foreach (var (value, set) in levels.ByValue)
                {
                    var fresh = new PositionSet(count);
                    fresh.UnionWith(set);
                    fresh.IntersectWith(matched);
                    fresh.ExceptWith(scored);
                    foreach (var p in fresh.ToArray())
                    {
                        score[p] += value;
                    }

                    scored.UnionWith(fresh);
                }

                top += levels.ByValue.Count == 0 ? 0 : levels.ByValue[0].Value;
            }

            return CountingSort(matched.ToArray(), score, top);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(score);
        }
    }

    /// <summary>Positions by score descending, each score's in ascending position (name) order: scores are small, so one pass counts them.</summary>
    private static int[] CountingSort(int[] matched, int[] score, int top)
    {
        var starts = new int[top + 2];
        foreach (var p in matched)
        {
            starts[top - score[p] + 1]++;
        }

        for (var s = 1; s < starts.Length; s++)
        {
            starts[s] += starts[s - 1];
        }

        var ordered = new int[matched.Length];
        foreach (var p in matched)
        {
            ordered[starts[top - score[p]]++] = p;
        }

        return ordered;
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

    private List<(int Value, PositionSet Set)> Collect(SearchTerm term, bool fuzzy)
    {
        var hits = new List<(int Value, PositionSet Set)>();
        foreach (var field in IndexedFields)
        {
            foreach (var (positions, kind) in words.Match(term, SearchKeys.Letter(field), fuzzy))
            {
                hits.Add((Value(field, kind, 3), SetOf(positions)));
            }
        }

        foreach (var taxonomy in fuzzy ? term.FuzzyTaxonomy : term.Taxonomy)
        {
            hits.Add((Value(SearchField.Taxonomy, taxonomy.Kind, taxonomy.Rank), profilesOf(taxonomy)));
        }

        return hits;
    }

    /// <summary>
    /// A word's positions as a set. The sets of common words (on a sixteenth of the profiles or more) are
    /// kept for this index's life, at most 16 positions' worth of bits each, so their count is bounded by
    /// the postings: a query of common words is bit-set work, not a walk of long lists.
    /// </summary>
    private PositionSet SetOf(int[] positions)
    {
        if (positions.Length >= Math.Max(64, count / 16))
        {
            return _common.GetValue(positions, Build);
        }

        return Build(positions);

        PositionSet Build(int[] list)
        {
            var set = new PositionSet(count);
            foreach (var p in list)
            {
                set.Add(p);
            }

            return set;
        }
    }

    /// <summary>1 (fuzzy in the text) to 36 (exact in the name): the field outranks the kind of match, which outranks the taxonomy's rank.</summary>
    private static int Value(SearchField field, MatchKind kind, int rank) => ((int)field * 12) + ((int)kind * 4) + rank + 1;

    /// <summary>A term's matches as one set per value, best first, and all of them together.</summary>
    private sealed class Levels
    {
        public Levels(int count, List<(int Value, PositionSet Set)> hits)
        {
            Any = new PositionSet(count);
            var byValue = new SortedDictionary<int, PositionSet>(Comparer<int>.Create((x, y) => y.CompareTo(x)));
            foreach (var (value, set) in hits)
            {
                Any.UnionWith(set);
                if (!byValue.TryGetValue(value, out var level))
                {
                    byValue[value] = level = new PositionSet(count);
                }

                level.UnionWith(set);
            }

            ByValue = [.. byValue.Select(l => (l.Key, l.Value))];
        }

        public PositionSet Any { get; }

        public IReadOnlyList<(int Value, PositionSet Set)> ByValue { get; }
    }
}
