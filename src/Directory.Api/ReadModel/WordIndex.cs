namespace Directory.Api.ReadModel;

/// <summary>
/// Distinct words with the positions of the profiles that use them. The words are kept joined in one
/// string so that finding every word containing a term is one vectorised scan, not a call per word.
/// </summary>
public sealed class WordIndex
{
    private readonly string _text;
    private readonly int[] _starts;
    private readonly int[][] _positions;

    public WordIndex(IReadOnlyList<IEnumerable<string>> wordsByPosition)
        : this(Collect(wordsByPosition, new Dictionary<int, string[]>(), null))
    {
    }

    private WordIndex(Dictionary<string, List<int>> positions)
    {
        var words = positions.Where(w => w.Value.Count > 0).Select(w => w.Key).ToArray();
        _starts = new int[words.Length];
        var offset = 0;
        for (var i = 0; i < words.Length; i++)
        {
            _starts[i] = offset;
            offset += words[i].Length + 1;
        }

        _text = string.Join('\n', words);
        _positions = [.. words.Select(w => positions[w].ToArray())];
    }

    /// <summary>
    /// The index after profiles moved, left or arrived: <paramref name="newPositionOf"/> maps each old
    /// position to its new one (-1 when the profile left); <paramref name="added"/> holds the words of the
    /// new arrivals by their new position. The profiles' words need not be kept between updates.
    /// </summary>
    public WordIndex Remap(int[] newPositionOf, IReadOnlyDictionary<int, string[]> added)
    {
        ArgumentNullException.ThrowIfNull(newPositionOf);
        ArgumentNullException.ThrowIfNull(added);
        var positions = new Dictionary<string, List<int>>(_starts.Length, StringComparer.Ordinal);
        for (var w = 0; w < _starts.Length; w++)
        {
            var kept = new List<int>(_positions[w].Length);
            foreach (var old in _positions[w])
            {
                if (newPositionOf[old] >= 0)
                {
                    kept.Add(newPositionOf[old]);
                }
            }

            positions[Word(w)] = kept;
        }

        Collect([], added, positions);
        foreach (var list in positions.Values)
        {
            list.Sort();
        }

        return new WordIndex(positions);
    }

    private static Dictionary<string, List<int>> Collect(IReadOnlyList<IEnumerable<string>> wordsByPosition, IReadOnlyDictionary<int, string[]> added, Dictionary<string, List<int>>? positions)
    {
        positions ??= new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (p, words) in wordsByPosition.Select((words, p) => (p, words)).Concat(added.Select(a => (a.Key, (IEnumerable<string>)a.Value))))
        {
            foreach (var word in words)
            {
                if (!positions.TryGetValue(word, out var list))
                {
                    positions[word] = list = [];
                }

                list.Add(p);
            }
        }

        return positions;
    }

    private string Word(int index)
    {
        var end = index + 1 < _starts.Length ? _starts[index + 1] - 1 : _text.Length;
        return _text[_starts[index]..end];
    }

    /// <summary>The positions (ascending per word) of every word that contains <paramref name="term"/>, which has no spaces.</summary>
    public IEnumerable<int[]> Containing(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var from = 0;
        while (from < _text.Length && _text.IndexOf(term, from, StringComparison.Ordinal) is var hit and >= 0)
        {
            var word = Array.BinarySearch(_starts, hit);
            word = word >= 0 ? word : ~word - 1;
            yield return _positions[word];
            from = word + 1 < _starts.Length ? _starts[word + 1] : _text.Length;
        }
    }
}
