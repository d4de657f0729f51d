using Directory.Api.Queries;
using Directory.Api.Search;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.ReadModel;

/// <summary>
/// The published NGOs and experts in memory, for lists, facets and export. Loaded once at start. When
/// <see cref="DataVersion"/> moves (a save here, or another instance's write seen on the feed head), the
/// profiles whose changes entered the feed since are reloaded into a new snapshot built beside the
/// current one and swapped in: readers never wait for it, they keep the snapshot they have until then.
/// A write on this instance waits for it before answering (<see cref="CatchUpAsync"/>, called by
/// <see cref="Endpoints.WriteEffects"/>), so the writer's next read shows the write.
/// </summary>
public sealed class PublishedProfiles(IServiceScopeFactory scopes, DataVersion dataVersion, ProfileCache profileJson, ILogger<PublishedProfiles> logger) : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private long _retryAt;
    private int _refreshing;
    private volatile Snapshot? _current;

    /// <param name="LastPublicChange">When the last change of public data was made (the dataset's "modified"), kept as the feed head is.</param>
    public sealed record Snapshot(long DataVersion, long FeedPosition, ProfileIndex<NgoRow> Ngos, ProfileIndex<ExpertRow> Experts, DateTime? LastPublicChange);

    public void Dispose() => _refresh.Dispose();

    /// <summary>The current snapshot, at once; when the data has moved on, a newer one is built in the background.</summary>
    public async ValueTask<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is null)
        {
            return await RefreshAsync(full: false, cancellationToken); // the first load, at start
        }

        if (current.DataVersion != dataVersion.Current && Environment.TickCount64 >= Volatile.Read(ref _retryAt)
            && Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await TryRefreshAsync(CancellationToken.None);
                }
                finally
                {
                    Volatile.Write(ref _refreshing, 0);
                }
            }, CancellationToken.None);
        }

        return current;
    }

    /// <summary>Brings the snapshot up to the data: what a write awaits before it answers.</summary>
    public Task CatchUpAsync(CancellationToken cancellationToken) =>
        _current is { } current && current.DataVersion == dataVersion.Current ? Task.CompletedTask : TryRefreshAsync(cancellationToken);

    private async Task TryRefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RefreshAsync(full: false, cancellationToken);
        }
        catch (Exception e) when (DatabaseFailures.IsStorageFailure(e))
        {
            // Reads keep the last good snapshot while the database is away; one try a second finds it back.
            logger.LogWarning(e, "The read model could not be refreshed; serving the last good one");
            DatabaseFailures.ResetConnections();
            Volatile.Write(ref _retryAt, Environment.TickCount64 + 1000);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The read model could not be refreshed; serving the last good one");
            Volatile.Write(ref _retryAt, Environment.TickCount64 + 1000);
        }
    }

    /// <summary>The last snapshot loaded, without looking for changes: what item reads fall back on while the database is away.</summary>
    public Snapshot? LastGood => _current;

    /// <summary>
    /// An item's row from the database; while the database is away, the read model's copy of the published
    /// profile instead (found by a scan: only then). Both are null when neither has it.
    /// </summary>
    public static async Task<(TRow? Row, IndexedProfile<TRow>? Kept)> LoadOrKeptAsync<TRow>(Func<Task<TRow?>> load, ProfileIndex<TRow>? lastGood, string idOrSlug)
        where TRow : class, IProfileRow, IPackedRow<TRow>
    {
        ArgumentNullException.ThrowIfNull(load);
        try
        {
            return (await load(), null);
        }
        catch (Exception e) when (DatabaseFailures.IsStorageFailure(e)
            && lastGood?.Profiles.FirstOrDefault(Guid.TryParse(idOrSlug, out var id) ? p => p.Id == id : p => PackedRow.SlugOf(p.Packed) == idOrSlug) is { } kept)
        {
            DatabaseFailures.ResetConnections();
            return (null, kept);
        }
    }

    /// <summary>Loads everything again: for data written past the API (a restore, a fix in SQL), which the feed does not show.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken) => await RefreshAsync(full: true, cancellationToken);

    private async Task<Snapshot> RefreshAsync(bool full, CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            // Read before the data: a write committed while loading moves it again and is picked up next time.
            var version = dataVersion.Current;
            var current = full ? null : _current;
            if (current is not null && current.DataVersion == version)
            {
                return current;
            }

            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            var head = (await FeedHeadProbe.ReadAsync(db, cancellationToken)).Position;
            HashSet<Guid>? changed = null;
            _current = current = current is null
                ? new Snapshot(
                    version, head, ProfileIndex.Build(await LoadNgosAsync(db, null, cancellationToken)), ProfileIndex.Build(await LoadExpertsAsync(db, null, cancellationToken)),
                    await LastPublicChangeAsync(db, long.MinValue, head, cancellationToken))
                : await UpdateAsync(db, current, version, head, changed = [], cancellationToken);
            profileJson.Evict(changed); // what was derived from the replaced profiles goes at once, whoever started this refresh

            Telemetry.DirectoryTelemetry.RefreshDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            Telemetry.DirectoryTelemetry.Profiles.Record(current.Ngos.Count, new KeyValuePair<string, object?>("kind", "ngo"));
            Telemetry.DirectoryTelemetry.Profiles.Record(current.Experts.Count, new KeyValuePair<string, object?>("kind", "expert"));
            return current;
        }
        finally
        {
            _refresh.Release();
        }
    }

    // The profiles that changed go into changedIds.
    private static async Task<Snapshot> UpdateAsync(DirectoryDbContext db, Snapshot current, long version, long head, HashSet<Guid> changedIds, CancellationToken cancellationToken)
    {
        if (head == current.FeedPosition)
        {
            return current with { DataVersion = version }; // e.g. reference data or keys: names are joined at request time
        }

        var changed = await ChangedSince(db, current.FeedPosition, head).ToListAsync(cancellationToken);
        var ngoIds = changed.Where(c => c.EntityType == "ngo").Select(c => c.EntityId).ToHashSet();
        var expertIds = changed.Where(c => c.EntityType == "expert").Select(c => c.EntityId).ToHashSet();
        changedIds.UnionWith(ngoIds);
        changedIds.UnionWith(expertIds);
        var lastPublicChange = await LastPublicChangeAsync(db, current.FeedPosition, head, cancellationToken);
        return new Snapshot(
            version,
            head,
            ngoIds.Count == 0 ? current.Ngos : current.Ngos.Replace(ngoIds, await LoadNgosAsync(db, ngoIds, cancellationToken)),
            expertIds.Count == 0 ? current.Experts : current.Experts.Replace(expertIds, await LoadExpertsAsync(db, expertIds, cancellationToken)),
            lastPublicChange ?? current.LastPublicChange); // the range's last public change is the newest there is, when it has one
    }

    /// <summary>
    /// The time of the last public change in (from, to], found from the top of the feed down (the feed's
    /// position index; most changes are public, so the first few rows decide): not a max over the whole history.
    /// </summary>
    private static Task<DateTime?> LastPublicChangeAsync(DirectoryDbContext db, long from, long to, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking().Where(a => a.Position > from && a.Position <= to && a.Public)
            .OrderByDescending(a => a.Position).Select(a => (DateTime?)a.At).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Profiles that changed after <paramref name="from"/>, up to <paramref name="to"/>, from the feed.</summary>
    public static IQueryable<ChangedProfile> ChangedSince(DirectoryDbContext db, long from, long to)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.AuditEntries.Where(a => a.Position > from && a.Position <= to)
            .Select(a => new ChangedProfile { EntityType = a.EntityType, EntityId = a.EntityId }).Distinct();
    }

    private static Task<List<LoadedProfile<NgoRow>>> LoadNgosAsync(DirectoryDbContext db, IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken) =>
        LoadAsync(
            ids is null ? NgoQueries.Published(db) : Only(db.Ngos.AsNoTracking(), ids), NgoQueries.Rows, ids is null ? NgoQueries.AllLinks(db) : NgoQueries.Links(db, ids), row => row.IsMember, cancellationToken);

    private static Task<List<LoadedProfile<ExpertRow>>> LoadExpertsAsync(DirectoryDbContext db, IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken) =>
        LoadAsync(
            ids is null ? ExpertQueries.Published(db) : Only(db.Experts.AsNoTracking(), ids), ExpertQueries.Rows, ids is null ? ExpertQueries.AllLinks(db) : ExpertQueries.Links(db, ids), _ => false, cancellationToken);

    // Changed profiles are read by id alone and the unpublished dropped here: with the status in the same
    // WHERE, SQLite (which keeps no statistics) walked the status index over every published profile
    // (0.5 s to take an import's 5,000 changes in at 100,000 NGOs; ~0.1 s for one write).
    private static async Task<List<LoadedProfile<TRow>>> LoadAsync<TEntity, TRow>(
        IQueryable<TEntity> source, Func<IQueryable<TEntity>, IQueryable<TRow>> rowsOf, IQueryable<LinkRow> links, Func<TRow, bool> isMember, CancellationToken cancellationToken)
        where TEntity : class, IDirectoryProfile
        where TRow : class, IProfileRow, IPackedRow<TRow>
    {
        var rows = (await rowsOf(source).ToListAsync(cancellationToken)).Where(r => r.Status == PublicationStatus.Published).ToList();
        var keys = await SortKeys(source).ToDictionaryAsync(k => k.Id, k => k.NameSortKey, cancellationToken);
        var linksOf = (await links.ToListAsync(cancellationToken)).ToLookup(l => l.OwnerId);
        var keysPool = new KeyPool();
        // A handful of language combinations and a few thousand postal codes among 100,000 rows: one of each.
        var languages = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var postalCodes = new KeyPool();
        var idLists = new IdListPool();
        return [.. rows.Select(row => new LoadedProfile<TRow>(
            new IndexedProfile<TRow>
            {
                Id = row.Id,
                Packed = PackedRow.Pack(row),
                Version = row.Version,
                Links = idLists.Shared(ProfileLinks.From(linksOf[row.Id])),
                NameSortKey = PackedSortKey.Pack(keys[row.Id]),
                RegisteredMunicipalityId = row.RegisteredMunicipalityId,
                PostalCode = row.PostalCode is { } postalCode ? postalCodes.Shared(postalCode) : null,
                UpdatedAt = row.UpdatedAt,
                Nationwide = row.Nationwide,
                IsMember = isMember(row),
                Languages = SharedList(languages, row.Languages),
            },
            keysPool.Shared(SearchKeys.Of(row.SearchTexts()))))];
    }

    private static List<string> SharedList(Dictionary<string, List<string>> lists, List<string> list)
    {
        var key = string.Join(',', list);
        return lists.TryGetValue(key, out var shared) ? shared : lists[key] = list;
    }

    public static IQueryable<T> Only<T>(IQueryable<T> profiles, IReadOnlyCollection<Guid>? ids)
        where T : class, IDirectoryProfile =>
        ids is null ? profiles : profiles.Where(p => ids.Contains(p.Id));

    public static IQueryable<ProfileSortKey> SortKeys<T>(IQueryable<T> profiles)
        where T : class, IDirectoryProfile =>
        profiles.Select(p => new ProfileSortKey { Id = p.Id, NameSortKey = p.NameSortKey });

    /// <summary>One string per distinct value (a search key, a postal code), however many profiles use it.</summary>
    private sealed class KeyPool
    {
        private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

        public string[] Shared(string[] keys)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = Shared(keys[i]);
            }

            return keys;
        }

        public string Shared(string key) => _keys.TryGetValue(key, out var shared) ? shared : _keys[key] = key;
    }

    /// <summary>
    /// One array per distinct list of ids: at 100,000 NGOs, 300,000 small arrays of regions, areas and groups
    /// were ~10 MB of the heap, and the bench's data have ~22,000 distinct lists. Never written after load.
    /// </summary>
    private sealed class IdListPool
    {
        private readonly Dictionary<int[], int[]> _lists = new(SameIds.Instance);

        public ProfileLinks Shared(ProfileLinks links) => new(Shared(links.Regions), Shared(links.SupportAreas), Shared(links.TargetGroups));

        private int[] Shared(int[] ids) => ids.Length == 0 ? [] : _lists.TryGetValue(ids, out var shared) ? shared : _lists[ids] = ids;

        private sealed class SameIds : IEqualityComparer<int[]>
        {
            public static readonly SameIds Instance = new();

            public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

            public int GetHashCode(int[] obj)
            {
                var hash = default(HashCode);
                hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(obj.AsSpan()));
                return hash.ToHashCode();
            }
        }
    }
}

public sealed class ChangedProfile
{
    public required string EntityType { get; init; }
    public Guid EntityId { get; init; }
}

public sealed class ProfileSortKey
{
    public Guid Id { get; init; }
    public required string NameSortKey { get; init; }
}
