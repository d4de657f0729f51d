using Directory.Api.Caching;
using Directory.Api.ReferenceData;

namespace Directory.Api.ReadModel;

/// <summary>
/// List pages show the same profiles again and again. Each listed profile's JSON is kept per version,
/// language and reference snapshot (what its item ETag names) and per list (<c>variant</c>), so a page
/// costs lookups and copies instead of unpacking, mapping and serializing every item. Kept in a
/// <see cref="BoundedCache{TKey, TValue}"/>: when full it starts over, and the hot set (first pages, common
/// filters) refills at once. A profile's entries go as soon as the read model has its next version, and
/// all of them when the reference data change.
/// <para>
/// Why kept: without it (2026-11-24, 400 NGOs, uncached, wrk as bench/run.sh runs it) a filtered 20-item
/// page ran 26,700 requests a second instead of 47,400 (0.35× nginx, against the 0.3× target) and a
/// 100-item page 4,000 instead of 11,800; an uncached HSDS services page at 400 NGOs took 0.055 ms of CPU
/// without, 0.040 with. Only the JSON is kept, not the DTO it was written from: with both, an NGO took
/// ~2 KB and 20,000 of them ~43 MB at 100,000 NGOs once random queries had listed that many; a bound of
/// 5,000 instead made those queries start over so often that they ran 3,700 requests a second, not
/// 9,300 (2026-11-24).
/// </para>
/// </summary>
public sealed class ProfileCache
{
    private const int MaxEntries = 20_000;

    /// <summary>The longest variant kept: 20,000 keys never hold more than ~10 MB, whatever a request's Host.</summary>
    public const int MaxVariantLength = 200;

    /// <summary>The JSON kept holds at most this many bytes: a listed NGO is ~1 KB, a full HSDS item ~10 KB.</summary>
    private const long MaxBytes = 32L << 20;

    private readonly BoundedCache<Key, byte[]> _json = new(MaxEntries, MaxBytes, static (key, json) => (2L * (key.Language.Length + key.Variant.Length)) + json.Length);
    private readonly Lock _purge = new();
    private int _generation;

    /// <summary>
    /// Called by <see cref="PublishedProfiles"/> as soon as a new snapshot is in place: the entries of the
    /// profiles it replaced go (null: all of them, after a full reload). One that a request still on the
    /// older snapshot adds just after is never served (its key names the older version) and goes when the
    /// cache next starts over.
    /// </summary>
    public void Evict(IReadOnlySet<Guid>? ids)
    {
        if (ids is null)
        {
            _json.Clear();
        }
        else if (ids.Count > 0)
        {
            _json.RemoveWhere(key => ids.Contains(key.Id));
        }
    }

    internal int Count => _json.Count;

    /// <summary>
    /// The JSON of one item of a list. <paramref name="variant"/> names whatever else shapes it (the list,
    /// HSDS's flags, the origin its links start with): callers keep it short (<see cref="MaxVariantLength"/>),
    /// and a longer one is written each time instead of kept.
    /// </summary>
    public byte[] JsonOf(Guid id, int version, ReferenceDataCache.Snapshot reference, string variant, Func<byte[]> write)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(write);
        if (variant.Length > MaxVariantLength)
        {
            return write();
        }

        if (!IsCurrent(reference.Generation))
        {
            return write();
        }

        return _json.GetOrAdd(new Key(id, version, Localization.Current, reference.Generation, variant), write);
    }

    // Reference data changed: every entry names the old names. Requests still on the older snapshot write
    // what they list and do not keep it.
    private bool IsCurrent(int generation)
    {
        var newest = Volatile.Read(ref _generation);
        if (generation <= newest)
        {
            return generation == newest;
        }

        lock (_purge)
        {
            if (generation > _generation)
            {
                _json.Clear();
                Volatile.Write(ref _generation, generation);
            }

            return generation == _generation;
        }
    }

    private readonly record struct Key(Guid Id, int Version, string Language, int Generation, string Variant);
}
