using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Directory.Api.ReferenceData;

namespace Directory.Api.Mapping;

/// <summary>
/// List pages show the same profiles again and again. Each listed profile's DTO is kept per version,
/// language and reference snapshot (what its item ETag names), and its JSON once written, so a page
/// costs lookups and copies instead of mapping and serializing every item. Bounded: when full it
/// starts over, and the hot set (first pages, common filters) refills at once.
/// <para>
/// Why kept: without it (2026-11-24, 400 NGOs, uncached, wrk as bench/run.sh runs it) a filtered 20-item
/// page ran 26,700 requests a second instead of 47,400 (0.35× nginx, against the 0.3× target) and a
/// 100-item page 4,000 instead of 11,800.
/// </para>
/// </summary>
public sealed class ProfileCache
{
    private const int MaxEntries = 20_000;
    private readonly ConcurrentDictionary<Key, object> _dtos = new();
    private readonly ConditionalWeakTable<object, JsonSlot> _json = [];
    private int _count;

    public T GetOrAdd<T>(Guid id, int version, ReferenceDataCache.Snapshot reference, Func<T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(create);
        var key = new Key(typeof(T), id, version, Localization.Current, reference.Generation);
        if (_dtos.TryGetValue(key, out var found))
        {
            return (T)found;
        }

        if (Interlocked.Increment(ref _count) > MaxEntries)
        {
            _dtos.Clear();
            Interlocked.Exchange(ref _count, 1);
        }

        var dto = create();
        _json.AddOrUpdate(dto, new JsonSlot());
        return (T)_dtos.GetOrAdd(key, dto);
    }

    /// <summary>Where the JSON of a cached DTO is kept; null for a DTO made outside the cache.</summary>
    public JsonSlot? SlotOf(object dto) => _json.TryGetValue(dto, out var slot) ? slot : null;

    public sealed class JsonSlot
    {
        public byte[]? Json { get; set; }
    }

    private readonly record struct Key(Type Type, Guid Id, int Version, string Language, int Generation);
}
