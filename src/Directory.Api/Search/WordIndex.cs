using Lucene.Net.Util.Automaton;

namespace Directory.Api.Search;

/// <summary>
/// Distinct keys, sorted, with the positions (ascending) of the entries that have them. A key is a field
/// letter, a kind letter and a folded word (<see cref="SearchKeys"/>), so one field's words as written
/// (or stemmed) are one contiguous range: a prefix is a binary search, a fuzzy match a scan of that range.
/// </summary>
/// <remarks>
/// Kept over Lucene.Net's own index and queries (issue 25, 2026-12-05; bench/SearchEngines, results in
/// bench/results/search-engines-2026-12-05.md): on the same 100,000 demo NGOs, the same words and the same
/// ranking (Term/Prefix/Fuzzy per field, constant scores by field and kind), both answer every query alike,
/// and the word matching of a request takes, p50/p99 in ms, here against Lucene: two common words
/// 0.056/0.084 against 15.4/16.4, a typo 0.015/0.037 against 11.0/14.1, a different pair of words each query
/// 0.040/0.26 against 2.8/20.5, a new typo each query 0.063/4.9 against 1.5/11.0. The API serves random pairs
/// at ~0.24 ms of CPU a request in all, so Lucene would miss that target tenfold. Lucene is less code (139
/// lines against 687 here: this file, the remap, <see cref="Postings"/> and <c>ProfileSearch</c>) and holds
/// 5 MB of heap against 28 MB (43 MB until common words were held as sets, 2026-12-06).
/// </remarks>
public sealed partial class WordIndex
{
    // The first _count keys and lists are the index's: an update leaves the rest of its arrays unused
    // rather than copying them again to cut them (at 100,000 profiles each is a large object).
    private readonly string[] _keys;
    private readonly Postings[] _postings;
    private readonly int _count;
    private readonly int _entries;

    // For typos: the keys of each field and kind by the length of their word. An update shares the
    // buckets it does not touch and adds its new keys; keys no longer used stay until a rebuild (a
    // bucket's key is looked up before use), which happens once they are a third of all.
    private readonly Dictionary<(char Field, char Kind, int Length), string[]> _byLength;
    private readonly int _bucketed;

    public WordIndex(IReadOnlyList<IEnumerable<string>> keysByPosition)
        : this(Collect(keysByPosition), keysByPosition.Count)
    {
    }

    private WordIndex(Dictionary<string, List<int>> positions, int entries)
    {
        _keys = [.. positions.Where(k => k.Value.Count > 0).Select(k => k.Key)];
        Array.Sort(_keys, StringComparer.Ordinal);
        _postings = [.. _keys.Select(k => Postings.Of(positions[k].ToArray(), entries))];
        _entries = entries;
        _count = _keys.Length;
        _byLength = ByLength(_keys, _count);
        _bucketed = _count;
    }

    private WordIndex(string[] keys, Postings[] postings, int count, int entries, Dictionary<(char, char, int), string[]> byLength, int bucketed)
    {
        _keys = keys;
        _postings = postings;
        _count = count;
        _entries = entries;
        (_byLength, _bucketed) = bucketed > count * 3 / 2 ? (ByLength(keys, count), count) : (byLength, bucketed);
    }

    public int KeyCount => _count;

    /// <summary>Every way <paramref name="term"/> meets a key of field <paramref name="field"/>, with the positions of each.</summary>
    /// <remarks>Either the exact, stemmed and prefix matches, or (<paramref name="fuzzy"/>) the fuzzy ones alone.</remarks>
    public IEnumerable<(Postings Positions, MatchKind Kind)> Match(SearchTerm term, char field, bool fuzzy)
    {
        ArgumentNullException.ThrowIfNull(term);
        return fuzzy ? Fuzzy(term, field) : Exact(term, field);
    }

    private IEnumerable<(Postings Positions, MatchKind Kind)> Exact(SearchTerm term, char field)
    {
        var written = SearchKeys.Key(field, SearchKeys.Written, term.Surface);
        if (Find(written) is { } exact)
        {
            yield return (exact, MatchKind.Exact);
        }

        // A stem is indexed under its own kind, or as written where the word is its own stem.
        string[] stems =
        [
            SearchKeys.Key(field, SearchKeys.LatvianStem, term.LatvianStem), SearchKeys.Key(field, SearchKeys.EnglishStem, term.EnglishStem),
            SearchKeys.Key(field, SearchKeys.Written, term.LatvianStem), SearchKeys.Key(field, SearchKeys.Written, term.EnglishStem),
        ];
        foreach (var stem in stems.Where(k => k != written).Distinct(StringComparer.Ordinal))
        {
            if (Find(stem) is { } stemmed)
            {
                yield return (stemmed, MatchKind.Stemmed);
            }
        }

        if (term.IsPrefix)
        {
            for (var k = LowerBound(written); k < _count && _keys[k].StartsWith(written, StringComparison.Ordinal); k++)
            {
                if (_keys[k].Length > written.Length)
                {
                    yield return (_postings[k], MatchKind.Stemmed);
                }
            }
        }

    }

    private IEnumerable<(Postings Positions, MatchKind Kind)> Fuzzy(SearchTerm term, char field)
    {
        if (term.MaxEdits > 0)
        {
            foreach (var positions in Within(SearchKeys.Key(field, SearchKeys.Written, ""), term.NearSurface, term.Surface.Length, term.MaxEdits))
            {
                yield return (positions, MatchKind.Fuzzy);
            }

            foreach (var positions in Within(SearchKeys.Key(field, SearchKeys.LatvianStem, ""), term.NearStem, term.LatvianStem.Length, term.MaxEdits))
            {
                yield return (positions, MatchKind.Fuzzy);
            }
        }
    }

    /// <summary>Keys under <paramref name="range"/> whose word <paramref name="near"/> accepts (a word of <paramref name="length"/> letters, give or take <paramref name="edits"/>).</summary>
    private IEnumerable<Postings> Within(string range, CharacterRunAutomaton near, int length, int edits)
    {
        var buffer = new char[SearchQuery.FuzzyUpTo + 2];
        for (var l = Math.Max(1, length - edits); l <= length + edits && l <= buffer.Length; l++)
        {
            foreach (var key in _byLength.GetValueOrDefault((range[0], range[1], l), []))
            {
                key.CopyTo(range.Length, buffer, 0, l);
                if (near.Run(buffer, 0, l) && Find(key) is { } positions)
                {
                    yield return positions;
                }
            }
        }
    }

    private static (char, char, int) Bucket(string key) => (key[0], key[1], key.Length - 2);

    private static Dictionary<(char, char, int), string[]> ByLength(string[] keys, int count) =>
        keys.Take(count).Where(k => k.Length > 2).GroupBy(Bucket).ToDictionary(g => g.Key, g => g.ToArray());

    private Postings? Find(string key)
    {
        var k = Array.BinarySearch(_keys, 0, _count, key, StringComparer.Ordinal);
        return k >= 0 ? _postings[k] : null;
    }

    private int LowerBound(string key)
    {
        var k = Array.BinarySearch(_keys, 0, _count, key, StringComparer.Ordinal);
        return k >= 0 ? k : ~k;
    }

    private static Dictionary<string, List<int>> Collect(IReadOnlyList<IEnumerable<string>> keysByPosition)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var p = 0; p < keysByPosition.Count; p++)
        {
            foreach (var key in keysByPosition[p])
            {
                if (!positions.TryGetValue(key, out var list))
                {
                    positions[key] = list = [];
                }

                list.Add(p);
            }
        }

        return positions;
    }
}
