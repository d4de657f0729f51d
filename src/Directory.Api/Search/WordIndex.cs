using Lucene.Net.Util.Automaton;

namespace Directory.Api.Search;

/// <summary>
/// Distinct keys, sorted, with the positions (ascending) of the entries that have them. A key is a field
/// letter, a kind letter and a folded word (<see cref="SearchKeys"/>), so one field's words as written
/// (or stemmed) are one contiguous range: a prefix is a binary search, a fuzzy match a scan of that range.
/// </summary>
public sealed class WordIndex
{
    private readonly string[] _keys;
    private readonly int[][] _positions;

    public WordIndex(IReadOnlyList<IEnumerable<string>> keysByPosition)
        : this(Collect(keysByPosition, new Dictionary<int, string[]>(), null))
    {
    }

    private WordIndex(Dictionary<string, List<int>> positions)
    {
        _keys = [.. positions.Where(k => k.Value.Count > 0).Select(k => k.Key)];
        Array.Sort(_keys, StringComparer.Ordinal);
        _positions = [.. _keys.Select(k => positions[k].ToArray())];
    }

    public int KeyCount => _keys.Length;

    /// <summary>
    /// The index after entries moved, left or arrived: <paramref name="newPositionOf"/> maps each old
    /// position to its new one (-1 when the entry left); <paramref name="added"/> holds the keys of the
    /// new arrivals by their new position. The entries' keys need not be kept between updates.
    /// </summary>
    public WordIndex Remap(int[] newPositionOf, IReadOnlyDictionary<int, string[]> added)
    {
        ArgumentNullException.ThrowIfNull(newPositionOf);
        ArgumentNullException.ThrowIfNull(added);
        var positions = new Dictionary<string, List<int>>(_keys.Length, StringComparer.Ordinal);
        for (var k = 0; k < _keys.Length; k++)
        {
            var kept = new List<int>(_positions[k].Length);
            foreach (var old in _positions[k])
            {
                if (newPositionOf[old] >= 0)
                {
                    kept.Add(newPositionOf[old]);
                }
            }

            positions[_keys[k]] = kept;
        }

        Collect([], added, positions);
        foreach (var list in positions.Values)
        {
            list.Sort();
        }

        return new WordIndex(positions);
    }

    /// <summary>Every way <paramref name="term"/> meets a key of field <paramref name="field"/>, with the positions of each.</summary>
    public IEnumerable<(int[] Positions, MatchKind Kind)> Match(SearchTerm term, char field, bool fuzzy)
    {
        ArgumentNullException.ThrowIfNull(term);
        var written = SearchKeys.Key(field, SearchKeys.Written, term.Surface);
        if (Find(written) is { } exact)
        {
            yield return (exact, MatchKind.Exact);
        }

        foreach (var stem in new[] { SearchKeys.Key(field, SearchKeys.LatvianStem, term.LatvianStem), SearchKeys.Key(field, SearchKeys.EnglishStem, term.EnglishStem) })
        {
            if (Find(stem) is { } stemmed)
            {
                yield return (stemmed, MatchKind.Stemmed);
            }
        }

        if (term.IsPrefix)
        {
            for (var k = LowerBound(written); k < _keys.Length && _keys[k].StartsWith(written, StringComparison.Ordinal); k++)
            {
                if (_keys[k].Length > written.Length)
                {
                    yield return (_positions[k], MatchKind.Stemmed);
                }
            }
        }

        if (fuzzy && term.MaxEdits > 0)
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
    private IEnumerable<int[]> Within(string range, CharacterRunAutomaton near, int length, int edits)
    {
        var buffer = new char[SearchQuery.FuzzyUpTo + 2];
        for (var k = LowerBound(range); k < _keys.Length && _keys[k].StartsWith(range, StringComparison.Ordinal); k++)
        {
            var keyLength = _keys[k].Length - range.Length;
            if (Math.Abs(keyLength - length) > edits || keyLength > buffer.Length)
            {
                continue;
            }

            _keys[k].CopyTo(range.Length, buffer, 0, keyLength);
            if (near.Run(buffer, 0, keyLength))
            {
                yield return _positions[k];
            }
        }
    }

    private int[]? Find(string key)
    {
        var k = Array.BinarySearch(_keys, key, StringComparer.Ordinal);
        return k >= 0 ? _positions[k] : null;
    }

    private int LowerBound(string key)
    {
        var k = Array.BinarySearch(_keys, key, StringComparer.Ordinal);
        return k >= 0 ? k : ~k;
    }

    private static Dictionary<string, List<int>> Collect(IReadOnlyList<IEnumerable<string>> keysByPosition, IReadOnlyDictionary<int, string[]> added, Dictionary<string, List<int>>? positions)
    {
        positions ??= new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (p, keys) in keysByPosition.Select((keys, p) => (p, keys)).Concat(added.Select(a => (a.Key, (IEnumerable<string>)a.Value))))
        {
            foreach (var key in keys)
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
