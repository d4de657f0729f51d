using System.Collections.Frozen;
using Directory.Api.Contracts;
using Directory.Api.Queries;
using Directory.Api.ReferenceData;
using Directory.Api.Search;
using Directory.Domain;

namespace Directory.Api.ReadModel;

/// <summary>
/// Facet counts for the filter panel. Each value's count is the list total when that value is the
/// dimension's filter: the same hierarchy rules, counted over the same bit sets as the list.
/// </summary>
public static class NgoFacets
{
    public static NgoFacetsDto Compute(ProfileIndex<NgoRow> ngos, ProfileFilter filter, ReferenceDataCache.Snapshot reference)
    {
        ArgumentNullException.ThrowIfNull(ngos);
        ArgumentNullException.ThrowIfNull(reference);
        var labels = reference.Derived($"ngo-facets:{Localization.Current}", Labels.Build);
        var sets = ngos.Derived(reference, static (index, r) => new Sets(index, r));
        // Counted for the words the list answers with: all of q's, or the most that match together.
        (filter, var matched, _) = ngos.Answer(filter);
        // A dimension the filter leaves open is counted over the list's own matches.
        var forRegions = Counter(filter.WorkAreaIds is null ? matched : ngos.Match(filter, FacetDimension.Region), ngos.Count);
        var forAreas = Counter(filter.SupportAreaIds is null ? matched : ngos.Match(filter, FacetDimension.SupportArea), ngos.Count);
        var forGroups = Counter(filter.TargetGroupIds is null ? matched : ngos.Match(filter, FacetDimension.TargetGroup), ngos.Count);
        var forLanguages = Counter(filter.Languages is null ? matched : ngos.Match(filter, FacetDimension.Language), ngos.Count);
        return new NgoFacetsDto(
            matched.Count,
            Array.ConvertAll(labels.Regions, r => r.Facet with { Count = forRegions(sets.Regions[r.Id]) }),
            Array.ConvertAll(labels.SupportAreas, a => a.Facet with { Count = forAreas(sets.SupportAreas[a.Id]) }),
            Array.ConvertAll(labels.TargetGroups, g => g.Facet with { Count = forGroups(sets.TargetGroups[g.Id]) }),
            [.. sets.Languages.Select(l => new FacetCount(l.Code, LanguageNames.Of(l.Code), forLanguages(l.Profiles)))]);
    }

    // Over every profile (nothing else filtered) a value's count is its set's own, counted once with the sets.
    private static Func<Counted, int> Counter(PositionSet matched, int profiles) =>
        matched.Count == profiles ? value => value.Count : value => matched.CountIntersection(value.Set);

    /// <summary>A facet value's profiles and how many they are.</summary>
    public sealed record Counted(PositionSet Set)
    {
        public int Count { get; } = Set.Count;
    }

    /// <summary>The profiles each facet value counts (a region's with its hierarchy and the nationwide ones), built once per index and reference snapshot.</summary>
    public sealed class Sets(ProfileIndex<NgoRow> ngos, ReferenceDataCache.Snapshot reference)
    {
        public FrozenDictionary<int, Counted> Regions { get; } =
            reference.Regions.Values.ToFrozenDictionary(r => r.Id, r => new Counted(ngos.InRegions(reference.WorkAreasMatching(r))));

        public FrozenDictionary<int, Counted> SupportAreas { get; } =
            reference.SupportAreas.Values.ToFrozenDictionary(a => a.Id, a => new Counted(ngos.InSupportAreas(reference.SupportAreaAndDescendants(a.Id))));

        public FrozenDictionary<int, Counted> TargetGroups { get; } =
            reference.TargetGroups.Values.ToFrozenDictionary(g => g.Id, g => new Counted(ngos.InTargetGroups([g.Id])));

        /// <summary>The languages profiles are served in, most profiles first (then by code), at most as many as a profile may list.</summary>
        public (string Code, Counted Profiles)[] Languages { get; } =
            [.. ngos.Languages.Select(l => (Code: l.Key, Profiles: new Counted(l.Value))).OrderByDescending(l => l.Profiles.Count)
                .ThenBy(l => l.Code, StringComparer.Ordinal).Take(Infrastructure.Configurations.ProfileLimits.ListItems)];
    }

    /// <summary>Facet values in display order and in one language, counts left at zero.</summary>
    private sealed record Labels(Label<RegionFacet>[] Regions, Label<SupportAreaFacet>[] SupportAreas, Label<FacetCount>[] TargetGroups)
    {
        public static Labels Build(ReferenceDataCache.Snapshot reference) => new(
            [.. OrderedRegions(reference).Select(r => new Label<RegionFacet>(r.Id,
                new RegionFacet(r.Code, Localization.Name(r.NameLv, r.NameEn), Localization.RegionKindName(r.Kind), r.Parent?.Code, 0)))],
            [.. reference.SupportAreas.Values.OrderBy(a => a.Position).Select(a => new Label<SupportAreaFacet>(a.Id,
                new SupportAreaFacet(a.Code, Localization.Name(a.NameLv, a.NameEn), a.Parent?.Code, 0)))],
            [.. reference.TargetGroups.Values.OrderBy(g => g.Position).Select(g => new Label<FacetCount>(g.Id,
                new FacetCount(g.Code, Localization.Name(g.NameLv, g.NameEn), 0)))]);
    }

    private sealed record Label<T>(int Id, T Facet);

    /// <summary>Planning regions in Latvian order, each followed by its municipalities.</summary>
    private static IEnumerable<Region> OrderedRegions(ReferenceDataCache.Snapshot reference)
    {
        string Key(Region r) => LatvianText.SortKey(Localization.Name(r.NameLv, r.NameEn));
        foreach (var planning in reference.Regions.Values.Where(r => r.Kind == RegionKind.PlanningRegion).OrderBy(Key, StringComparer.Ordinal))
        {
            yield return planning;
            foreach (var municipality in planning.Children.OrderBy(Key, StringComparer.Ordinal))
            {
                yield return municipality;
            }
        }
    }
}
