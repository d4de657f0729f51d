using Directory.Api.Search;

namespace Directory.Api.ReadModel;

/// <summary>
/// Which words of a query to answer with when no profile matches them all: the most words that some
/// profiles match together, and of those choices the one that matches the most profiles (ties: the earlier
/// words, as typed). Meilisearch and Typesense drop words the same way ("matching strategy: last"/"drop
/// tokens"), but drop from the end whatever the words are; here every choice of the same size is tried.
/// </summary>
internal static class PartialMatch
{
    /// <summary>
    /// Intersections tried before the rest of the choice is made greedily: twelve words with no two alike
    /// would otherwise try 4,095. At 100,000 profiles an intersection counts 12.5 KB of bits, ~1 µs.
    /// </summary>
    public const int MaxTries = 256;

    /// <summary>
    /// The indexes of the terms to keep, ascending, or none when no term matches anything within
    /// <paramref name="within"/>. <paramref name="termSets"/> are each term's matches (read only).
    /// </summary>
    public static int[] Choose(IReadOnlyList<PositionSet> termSets, PositionSet within)
    {
        ArgumentNullException.ThrowIfNull(termSets);
        ArgumentNullException.ThrowIfNull(within);
        var useful = Enumerable.Range(0, termSets.Count).Where(i => termSets[i].CountIntersection(within) > 0).ToArray();
        var tries = 0;
        for (var size = useful.Length; size > 0; size--)
        {
            (int[] Terms, int Count)? best = null;
            foreach (var choice in Choices(useful, size))
            {
                if (++tries > MaxTries)
                {
                    return best?.Terms ?? Greedy(termSets, within, useful);
                }

                var count = choice is [var only] ? termSets[only].CountIntersection(within) : Matches(termSets, within, choice).Count;
                if (count > (best?.Count ?? 0))
                {
                    best = (choice, count);
                }
            }

            if (best is { } found)
            {
                return found.Terms;
            }
        }

        return [];
    }

    /// <summary>The profiles of <paramref name="within"/> that every chosen term matches.</summary>
    public static PositionSet Matches(IReadOnlyList<PositionSet> termSets, PositionSet within, IEnumerable<int> chosen)
    {
        ArgumentNullException.ThrowIfNull(termSets);
        ArgumentNullException.ThrowIfNull(within);
        ArgumentNullException.ThrowIfNull(chosen);
        var set = new PositionSet(within.Capacity);
        set.UnionWith(within);
        foreach (var i in chosen)
        {
            set.IntersectWith(termSets[i]);
        }

        return set;
    }

    /// <summary>Terms from the one matching the most, each kept while some profiles still match all kept.</summary>
    private static int[] Greedy(IReadOnlyList<PositionSet> termSets, PositionSet within, int[] useful)
    {
        var kept = new List<int>();
        var set = new PositionSet(within.Capacity);
        set.UnionWith(within);
        foreach (var i in useful.OrderByDescending(i => termSets[i].CountIntersection(within)))
        {
            if (set.CountIntersection(termSets[i]) > 0)
            {
                set.IntersectWith(termSets[i]);
                kept.Add(i);
            }
        }

        kept.Sort();
        return [.. kept];
    }

    /// <summary>The subsets of <paramref name="items"/> of <paramref name="size"/> elements, in lexicographic order.</summary>
    private static IEnumerable<int[]> Choices(int[] items, int size)
    {
        var picks = Enumerable.Range(0, size).ToArray();
        while (true)
        {
            yield return [.. picks.Select(p => items[p])];
            var i = size - 1;
            while (i >= 0 && picks[i] == items.Length - size + i)
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            picks[i]++;
            for (var j = i + 1; j < size; j++)
            {
                picks[j] = picks[j - 1] + 1;
            }
        }
    }
}
