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
    {
        ArgumentNullException.ThrowIfNull(wordsByPosition);
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var p = 0; p < wordsByPosition.Count; p++)
        {
            foreach (var word in wordsByPosition[p])
            {
                if (!positions.TryGetValue(word, out var list))
                {
                    positions[word] = list = [];
                }

                list.Add(p);
            }
        }

        var words = positions.Keys.ToArray();
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
