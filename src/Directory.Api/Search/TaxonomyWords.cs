using Directory.Api.ReferenceData;

namespace Directory.Api.Search;

/// <summary>
/// The Latvian and English names of support areas, target groups and places, as searchable words. A
/// profile is not indexed with these names: a query word finds the reference entries here, and the
/// profiles linked to them are found through the same sets the filters use. A renamed area is found
/// by its new name at once, with no profile re-indexed.
/// </summary>
public sealed class TaxonomyWords
{
    private readonly (TaxonomyDimension Dimension, int[] Ids)[][] _entries;
    private readonly int[] _wordCounts;
    private readonly WordIndex _words;

    private TaxonomyWords(ReferenceDataCache.Snapshot reference)
    {
        var entries = new List<((TaxonomyDimension, int[])[] Hits, string NameLv, string NameEn)>();
        foreach (var area in reference.SupportAreas.Values)
        {
            entries.Add(([(TaxonomyDimension.SupportArea, [.. reference.SupportAreaAndDescendants(area.Id)])], area.NameLv, area.NameEn));
        }

        foreach (var group in reference.TargetGroups.Values)
        {
            entries.Add(([(TaxonomyDimension.TargetGroup, [group.Id])], group.NameLv, group.NameEn));
        }

        foreach (var region in reference.Regions.Values)
        {
            entries.Add(([(TaxonomyDimension.WorkArea, [.. reference.WorkAreasMatching(region)]), (TaxonomyDimension.RegisteredMunicipality, [region.Id])], region.NameLv, region.NameEn));
        }

        _entries = [.. entries.Select(e => e.Hits)];
        _wordCounts = [.. entries.Select(e => Math.Min(
            TextAnalysis.Words(e.NameLv, TextLanguage.Latvian).Count(), TextAnalysis.Words(e.NameEn, TextLanguage.English).Count()))];
        _words = new WordIndex([.. entries.Select(e => SearchKeys.Of(
        [
            new SearchText(e.NameLv, SearchField.Taxonomy, TextLanguage.Latvian),
            new SearchText(e.NameEn, SearchField.Taxonomy, TextLanguage.English),
        ]))]);
    }

    /// <summary>The words of <paramref name="reference"/>'s names, built once per reference snapshot.</summary>
    public static TaxonomyWords Of(ReferenceDataCache.Snapshot reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.Derived(nameof(TaxonomyWords), static r => new TaxonomyWords(r));
    }

    /// <summary>The entries <paramref name="term"/> meets, each by its best kind of match: exact, stemmed or prefix, or (<paramref name="fuzzy"/>) within its typos.</summary>
    public IReadOnlyDictionary<int, MatchKind> Match(SearchTerm term, bool fuzzy)
    {
        ArgumentNullException.ThrowIfNull(term);
        var best = new Dictionary<int, MatchKind>();
        foreach (var (positions, kind) in _words.Match(term, SearchKeys.Letter(SearchField.Taxonomy), fuzzy))
        {
            foreach (var entry in positions)
            {
                best[entry] = best.TryGetValue(entry, out var known) && known > kind ? known : kind;
            }
        }

        return best;
    }

    /// <summary>
    /// The hits of one term, ranked within the taxonomy: a support area (what an NGO does) above a target
    /// group (whom) above a place, and a name the whole query covers ("audžuģimenes" for "Audžuģimenes")
    /// above one it only touches ("Audžuģimenes un aizbildņi").
    /// </summary>
    public IEnumerable<TaxonomyHit> Hits(IReadOnlyDictionary<int, MatchKind> matched, IReadOnlyDictionary<int, int> termsPerEntry)
    {
        ArgumentNullException.ThrowIfNull(matched);
        ArgumentNullException.ThrowIfNull(termsPerEntry);
        foreach (var (entry, kind) in matched.OrderBy(m => m.Key))
        {
            var covered = Math.Max(termsPerEntry.GetValueOrDefault(entry), 1) >= _wordCounts[entry];
            foreach (var (dimension, ids) in _entries[entry])
            {
                var rank = dimension switch
                {
                    TaxonomyDimension.SupportArea => covered ? 3 : 2,
                    TaxonomyDimension.TargetGroup => covered ? 2 : 1,
                    _ => covered ? 1 : 0,
                };
                yield return new TaxonomyHit(dimension, ids, kind, rank);
            }
        }
    }
}
