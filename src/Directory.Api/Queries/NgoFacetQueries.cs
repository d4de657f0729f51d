using Directory.Api.Contracts;
using Directory.Api.ReferenceData;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Queries;

/// <summary>
/// Facet counts for the filter panel. Region and support-area counts follow the same hierarchy rules
/// as the filters, so they are counted per NGO from its links in memory (a few links an NGO);
/// target groups are flat and counted in SQL.
/// </summary>
public static class NgoFacetQueries
{
    public static async Task<NgoFacetsDto> ComputeAsync(DirectoryDbContext db, ProfileFilter filter, ReferenceDataCache.Snapshot reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var published = NgoQueries.Published(db);
        var total = await NgoQueries.Filter(published, filter).CountAsync(cancellationToken);

        var forRegions = NgoQueries.Filter(published, filter, FacetDimension.Region);
        var nationwide = await forRegions.CountAsync(n => n.Nationwide, cancellationToken);
        var regionLinks = await RegionLinks(forRegions).ToListAsync(cancellationToken);
        var regionCounts = CountPerOwner(regionLinks, reference.RegionsMatchedBy);

        var areaLinks = await SupportAreaLinks(NgoQueries.Filter(published, filter, FacetDimension.SupportArea)).ToListAsync(cancellationToken);
        var areaCounts = CountPerOwner(areaLinks, reference.SupportAreaAndAncestors);

        var groupCounts = await TargetGroupCounts(NgoQueries.Filter(published, filter, FacetDimension.TargetGroup))
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        return new NgoFacetsDto(
            total,
            [.. OrderedRegions(reference).Select(r => new RegionFacet(
                r.Code, Localization.Name(r.NameLv, r.NameEn), Localization.RegionKindName(r.Kind), r.Parent?.Code, nationwide + regionCounts.GetValueOrDefault(r.Id)))],
            [.. reference.SupportAreas.Values.OrderBy(a => a.Position).Select(a => new SupportAreaFacet(
                a.Code, Localization.Name(a.NameLv, a.NameEn), a.Parent?.Code, areaCounts.GetValueOrDefault(a.Id)))],
            [.. reference.TargetGroups.Values.OrderBy(g => g.Position).Select(g => new FacetCount(
                g.Code, Localization.Name(g.NameLv, g.NameEn), groupCounts.GetValueOrDefault(g.Id)))]);
    }

    public static IQueryable<OwnerLink> RegionLinks(IQueryable<Ngo> ngos) =>
        ngos.Where(n => !n.Nationwide).SelectMany(n => n.WorkAreas).Select(w => new OwnerLink { OwnerId = w.NgoId, ReferenceId = w.RegionId });

    public static IQueryable<OwnerLink> SupportAreaLinks(IQueryable<Ngo> ngos) =>
        ngos.SelectMany(n => n.SupportAreas).Select(a => new OwnerLink { OwnerId = a.NgoId, ReferenceId = a.SupportAreaId });

    public static IQueryable<GroupCount> TargetGroupCounts(IQueryable<Ngo> ngos) =>
        ngos.SelectMany(n => n.TargetGroups).GroupBy(g => g.TargetGroupId).Select(g => new GroupCount { Key = g.Key, Count = g.Count() });

    /// <summary>Counts each owner once per value, however many of its links lead to that value.</summary>
    private static Dictionary<int, int> CountPerOwner(IEnumerable<OwnerLink> links, Func<int, IEnumerable<int>> valuesOf)
    {
        var counts = new Dictionary<int, int>();
        var values = new HashSet<int>();
        foreach (var owner in links.GroupBy(l => l.OwnerId))
        {
            values.Clear();
            foreach (var link in owner)
            {
                values.UnionWith(valuesOf(link.ReferenceId));
            }

            foreach (var value in values)
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }

        return counts;
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

public sealed class OwnerLink
{
    public Guid OwnerId { get; init; }
    public int ReferenceId { get; init; }
}

public sealed class GroupCount
{
    public int Key { get; init; }
    public int Count { get; init; }
}
