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

    // The facets of one request ask once per dimension: the text part is computed once per query.
    private readonly ConditionalWeakTable<SearchQuery, PositionSet> _matched = [];

    /// <summary>The profiles every term of <paramref name="query"/> matches (do not change the set returned).</summary>
    public PositionSet Matching(SearchQuery query) => _matched.GetValue(query, q =>
    {
        var matched = PositionSet.All(count);
        foreach (var term in q.Terms)
        {
            var any = new PositionSet(count);
            foreach (var hit in Hits(term))
            {
                hit.AddTo(any);
            }

            matched.IntersectWith(any);
        }

        return matched;
    });

    /// <summary><paramref name="matched"/> by score, highest first; ties in index (name) order.</summary>
    public int[] ByRelevance(PositionSet matched, SearchQuery query)
    {
        var positions = matched.Positions().ToArray();
        var score = new int[count];
        var best = new byte[count];
        foreach (var term in query.Terms)
        {
            Array.Clear(best);
            foreach (var hit in Hits(term))
            {
                hit.Raise(best, matched);
            }

            foreach (var p in positions)
            {
                score[p] += best[p];
            }
        }

        var keys = Array.ConvertAll(positions, p => ((long)-score[p] << 32) | (uint)p);
        Array.Sort(keys, positions);
        return positions;
    }

    private List<Hit> Hits(SearchTerm term)
    {
        var hits = Collect(term, fuzzy: false);
        if (hits.Count == 0 && term.MaxEdits > 0)
        {
            hits = Collect(term, fuzzy: true);
        }

        return hits;
    }

    private List<Hit> Collect(SearchTerm term, bool fuzzy)
    {
        var hits = new List<Hit>();
        foreach (var field in IndexedFields)
        {
            foreach (var (positions, kind) in words.Match(term, SearchKeys.Letter(field), fuzzy))
            {
                if ((kind == MatchKind.Fuzzy) == fuzzy)
                {
                    hits.Add(new Hit(Value(field, kind, 3), positions, null));
                }
            }
        }

        foreach (var taxonomy in term.Taxonomy.Where(t => (t.Kind == MatchKind.Fuzzy) == fuzzy))
        {
            hits.Add(new Hit(Value(SearchField.Taxonomy, taxonomy.Kind, taxonomy.Rank), null, profilesOf(taxonomy)));
        }

        return hits;
    }

    /// <summary>1 (fuzzy in the text) to 36 (exact in the name): the field outranks the kind of match, which outranks the taxonomy's rank.</summary>
    private static byte Value(SearchField field, MatchKind kind, int rank) => (byte)(((int)field * 12) + ((int)kind * 4) + rank + 1);

    private readonly record struct Hit(byte Value, int[]? Positions, PositionSet? Set)
    {
        public void AddTo(PositionSet set)
        {
            if (Set is not null)
            {
                set.UnionWith(Set);
                return;
            }

            foreach (var p in Positions!)
            {
                set.Add(p);
            }
        }

        public void Raise(byte[] best, PositionSet matched)
        {
            foreach (var p in Set?.Positions() ?? Positions!)
            {
                if (best[p] < Value && matched.Contains(p))
                {
                    best[p] = Value;
                }
            }
        }
    }
}
