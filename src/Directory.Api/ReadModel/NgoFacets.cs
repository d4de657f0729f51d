using Directory.Api.Contracts;
using Directory.Api.Queries;
using Directory.Api.ReferenceData;
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
        var forRegions = ngos.Match(filter, FacetDimension.Region);
        var forAreas = ngos.Match(filter, FacetDimension.SupportArea);
        var forGroups = ngos.Match(filter, FacetDimension.TargetGroup);
        return new NgoFacetsDto(
            ngos.Match(filter).Count,
            [.. OrderedRegions(reference).Select(r => new RegionFacet(
                r.Code, Localization.Name(r.NameLv, r.NameEn), Localization.RegionKindName(r.Kind), r.Parent?.Code,
                forRegions.CountIntersection(ngos.InRegions(reference.WorkAreasMatching(r)))))],
            [.. reference.SupportAreas.Values.OrderBy(a => a.Position).Select(a => new SupportAreaFacet(
                a.Code, Localization.Name(a.NameLv, a.NameEn), a.Parent?.Code,
                forAreas.CountIntersection(ngos.InSupportAreas(reference.SupportAreaAndDescendants(a.Id)))))],
            [.. reference.TargetGroups.Values.OrderBy(g => g.Position).Select(g => new FacetCount(
                g.Code, Localization.Name(g.NameLv, g.NameEn), forGroups.CountIntersection(ngos.InTargetGroups([g.Id]))))]);
    }

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
