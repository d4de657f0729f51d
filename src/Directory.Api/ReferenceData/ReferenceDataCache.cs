using System.Collections.Frozen;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.ReferenceData;

/// <summary>
/// Regions, support areas and target groups held in memory: a few hundred rows read on every
/// request, changed only by admins. Filters resolve codes and hierarchies here, not in the database.
/// </summary>
public sealed class ReferenceDataCache : IDisposable
{
    private readonly SemaphoreSlim _reload = new(1, 1);
    private Snapshot _snapshot = Snapshot.Empty;
    private int _generation;

    public Snapshot Current => _snapshot;

    /// <summary>Loads the reference data again; one load at a time, so an older load never replaces a newer one.</summary>
    public async Task ReloadAsync(DirectoryDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await _reload.WaitAsync(cancellationToken);
        try
        {
            // Read before the rows: a change committed meanwhile raises it again and is reloaded next time.
            var referenceVersion = (await FeedHeadProbe.ReadAsync(db, cancellationToken)).ReferenceVersion;
            // Tracked on purpose: the context links Parent and Children among the loaded rows.
            var regions = await db.Regions.ToListAsync(cancellationToken);
            var areas = await db.SupportAreas.ToListAsync(cancellationToken);
            var groups = await db.TargetGroups.ToListAsync(cancellationToken);
            _snapshot = new Snapshot(regions, areas, groups) { Generation = Interlocked.Increment(ref _generation), ReferenceVersion = referenceVersion };
        }
        finally
        {
            _reload.Release();
        }
    }

    public void Dispose() => _reload.Dispose();

    public sealed class Snapshot
    {
        public static readonly Snapshot Empty = new([], [], []);

        private readonly FrozenDictionary<string, Region> _regionsByCode;
        private readonly FrozenDictionary<string, SupportArea> _areasByCode;
        private readonly FrozenDictionary<string, TargetGroup> _groupsByCode;

        public Snapshot(IReadOnlyList<Region> regions, IReadOnlyList<SupportArea> areas, IReadOnlyList<TargetGroup> groups)
        {
            Regions = regions.ToFrozenDictionary(r => r.Id);
            SupportAreas = areas.ToFrozenDictionary(a => a.Id);
            TargetGroups = groups.ToFrozenDictionary(g => g.Id);

            // A planning-region slug and a municipality's ATVK code are the codes; a municipality's slug
            // is accepted too (each slug is its own: Rīga city is rigas-valstspilseta, riga the planning region).
            var byCode = new Dictionary<string, Region>(StringComparer.OrdinalIgnoreCase);
            foreach (var region in regions)
            {
                byCode[region.Code] = region;
            }

            foreach (var region in regions.Where(r => r.Kind != RegionKind.PlanningRegion))
            {
                byCode.TryAdd(region.Slug, region);
            }

            _regionsByCode = byCode.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
            _areasByCode = areas.ToFrozenDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);
            _groupsByCode = groups.ToFrozenDictionary(g => g.Code, StringComparer.OrdinalIgnoreCase);
            RegionChildren = regions.Where(r => r.ParentId is not null).GroupBy(r => r.ParentId!.Value)
                .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<int>)[.. g.Select(r => r.Id)]);
            AreaChildren = areas.Where(a => a.ParentId is not null).GroupBy(a => a.ParentId!.Value)
                .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<int>)[.. g.Select(a => a.Id)]);
        }

        /// <summary>Raised on every reload, so that ETags of items that show reference names change too.</summary>
        public int Generation { get; init; }

        /// <summary>The database's reference version this snapshot was loaded at (<see cref="FeedHeadState"/>).</summary>
        public long ReferenceVersion { get; init; }

        /// <summary>
        /// A value derived from this snapshot (reference names in one language, say), computed once and
        /// dropped with the snapshot when the reference data change.
        /// </summary>
        public T Derived<T>(string key, Func<Snapshot, T> create)
            where T : class
        {
            ArgumentNullException.ThrowIfNull(create);
            return (T)_derived.GetOrAdd(key, static (_, state) => state.create(state.snapshot), (create, snapshot: this));
        }

        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> _derived = new(StringComparer.Ordinal);

        public FrozenDictionary<int, Region> Regions { get; }
        public FrozenDictionary<int, SupportArea> SupportAreas { get; }
        public FrozenDictionary<int, TargetGroup> TargetGroups { get; }
        public FrozenDictionary<int, IReadOnlyList<int>> RegionChildren { get; }
        public FrozenDictionary<int, IReadOnlyList<int>> AreaChildren { get; }

        public Region? FindRegion(string code) => _regionsByCode.GetValueOrDefault(code);

        public SupportArea? FindSupportArea(string code) => _areasByCode.GetValueOrDefault(code);

        public TargetGroup? FindTargetGroup(string code) => _groupsByCode.GetValueOrDefault(code);

        /// <summary>
        /// Work areas that put a profile in <paramref name="region"/>: a planning region is matched by
        /// itself and its municipalities; a municipality by itself and its planning region as a whole.
        /// Nationwide profiles match every region and are handled by the query.
        /// </summary>
        public IEnumerable<int> WorkAreasMatching(Region region)
        {
            ArgumentNullException.ThrowIfNull(region);
            yield return region.Id;
            if (region.ParentId is { } parent)
            {
                yield return parent;
            }

            foreach (var child in RegionChildren.GetValueOrDefault(region.Id, []))
            {
                yield return child;
            }
        }

        /// <summary>A support area and everything under it: choosing a parent finds its children.</summary>
        public IEnumerable<int> SupportAreaAndDescendants(int areaId)
        {
            yield return areaId;
            foreach (var child in AreaChildren.GetValueOrDefault(areaId, []))
            {
                foreach (var descendant in SupportAreaAndDescendants(child))
                {
                    yield return descendant;
                }
            }
        }
    }
}
