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
/// 100-item page 4,000 instead of 11,800. HSDS pages keep their items' JSON here too (<see cref="JsonOf"/>):
/// an uncached services page at 400 NGOs took 0.055 ms of CPU without, 0.040 with (2026-11-24; the bench's
/// 0.3× target was missed at 0.24–0.33×).
/// </para>
/// </summary>
public sealed class ProfileCache
{
    /// <summary>
    /// A kept NGO takes ~4 KB (its DTO and its JSON): 20,000 of them took ~80 MB at 100,000 NGOs once random
    /// queries had touched that many, a fifth of the resident memory allowed (2026-11-24).
    /// </summary>
    private const int MaxEntries = 5_000;

    /// <summary>The longest variant kept: 5,000 keys never hold more than ~2.5 MB, whatever a request's Host.</summary>
    public const int MaxVariantLength = 200;

    /// <summary>Items kept as JSON alone (<see cref="JsonOf"/>) hold at most this many bytes: a full HSDS item is ~10 KB.</summary>
    private const long MaxJsonBytes = 32L << 20;

    private readonly ConcurrentDictionary<Key, object> _dtos = new();
    private readonly ConditionalWeakTable<object, JsonSlot> _json = [];
    private int _count;
    private long _jsonBytes;

    internal int Count => _dtos.Count;

    public T GetOrAdd<T>(Guid id, int version, ReferenceDataCache.Snapshot reference, Func<T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        return (T)GetOrAdd(new Key(typeof(T), id, version, Localization.Current, Generation(reference), ""), () =>
        {
            var dto = create();
            _json.AddOrUpdate(dto, new JsonSlot());
            return dto;
        });
    }

    /// <summary>
    /// The JSON of one item of a list written without DTOs (HSDS), kept like a DTO's. <paramref name="variant"/>
    /// names whatever else shapes it (the list, its flags, the origin its links start with): callers keep it
    /// short (<see cref="MaxVariantLength"/>), and a longer one is written each time instead of kept.
    /// </summary>
    public byte[] JsonOf(Guid id, int version, ReferenceDataCache.Snapshot reference, string variant, Func<byte[]> write)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(write);
        return variant.Length > MaxVariantLength
            ? write()
            : (byte[])GetOrAdd(new Key(typeof(byte[]), id, version, Localization.Current, Generation(reference), variant), write);
    }

    private object GetOrAdd(Key key, Func<object> create)
    {
        if (_dtos.TryGetValue(key, out var found))
        {
            return found;
        }

        var value = create();
        var bytes = value is byte[] json ? json.Length : 0;
        if (Interlocked.Increment(ref _count) > MaxEntries | Interlocked.Add(ref _jsonBytes, bytes) > MaxJsonBytes)
        {
            _dtos.Clear();
            Interlocked.Exchange(ref _count, 1);
            Interlocked.Exchange(ref _jsonBytes, bytes);
        }

        return _dtos.GetOrAdd(key, value);
    }

    private static int Generation(ReferenceDataCache.Snapshot reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.Generation;
    }

    /// <summary>Where the JSON of a cached DTO is kept; null for a DTO made outside the cache.</summary>
    public JsonSlot? SlotOf(object dto) => _json.TryGetValue(dto, out var slot) ? slot : null;

    public sealed class JsonSlot
    {
        public byte[]? Json { get; set; }
    }

    private readonly record struct Key(Type Type, Guid Id, int Version, string Language, int Generation, string Variant);
}
