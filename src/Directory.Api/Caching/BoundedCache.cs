using System.Collections.Concurrent;

namespace Directory.Api.Caching;

/// <summary>
/// The one cache the API keeps in memory, and the only place its bound is kept. Everything cached goes
/// through an instance of it: public answers (<see cref="Http.ResponseCache"/>), listed profiles' JSON
/// (<see cref="ReadModel.ProfileCache"/>) and the search's recent words and queries. Each user decides what
/// it keeps and under which key; this type holds the entries and bounds them in entries and in bytes, keys
/// and each entry's own overhead included, as the user measures them (<c>bytesOf</c>). When full it starts
/// over: what is asked for often (first pages, common filters, common words) comes back at once, and
/// nothing needs a lock or an order of use on the path every request takes. Stale entries are removed by
/// their user when it learns they are stale (<see cref="Clear"/>, <see cref="RemoveWhere"/>).
/// <para>
/// Why not <c>Microsoft.Extensions.Caching.Memory</c>: with a <c>MemoryCache</c> (size limit = the byte
/// bound, sizes as counted here) in this class's place, at 100,000 NGOs random word pairs ran 8,052 and
/// 8,302 requests a second against 12,993 and 12,660 with this class, and the process ended at 428 and
/// 400 MB against 377 and 378 (the target is 400): at its limit it refuses new entries until a compaction
/// on another thread has sorted its entries by last use, so pages over many profiles write their items
/// again while the compactions churn. At 400 NGOs the two were within 1–7 % (uncached pages, HSDS,
/// replays, 304s; 2026-11-24, wrk -t2 -c32 -d8s after a 3 s warm-up; the 100,000 rows run twice in turn).
/// </para>
/// </summary>
public sealed class BoundedCache<TKey, TValue>
    where TKey : notnull
{
    /// <summary>What a dictionary entry costs beyond its key and value (node, hash, references), counted for each.</summary>
    public const long EntryOverhead = 64;

    private readonly ConcurrentDictionary<TKey, TValue> _entries;
    private readonly int _maxEntries;
    private readonly long _maxBytes;
    private readonly Func<TKey, TValue, long> _bytesOf;
    private int _count;
    private long _bytes;

    /// <param name="maxEntries">At most this many entries.</param>
    /// <param name="maxBytes">At most this many bytes, as <paramref name="bytesOf"/> counts them, plus <see cref="EntryOverhead"/> each.</param>
    /// <param name="bytesOf">What an entry's key and value take; called when it is stored and when it goes.</param>
    /// <param name="comparer">How keys compare; the default when null.</param>
    public BoundedCache(int maxEntries, long maxBytes, Func<TKey, TValue, long> bytesOf, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntries, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        ArgumentNullException.ThrowIfNull(bytesOf);
        _entries = new ConcurrentDictionary<TKey, TValue>(comparer);
        _maxEntries = maxEntries;
        _maxBytes = maxBytes;
        _bytesOf = bytesOf;
    }

    public int Count => _entries.Count;

    /// <summary>What the entries take, as counted: within the bound, but for an instant while one starts over.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public long MaxBytes => _maxBytes;

    public bool TryGet(TKey key, out TValue value) => _entries.TryGetValue(key, out value!);

    /// <summary>The entry for <paramref name="key"/>, made by <paramref name="create"/> and kept when not there.</summary>
    public TValue GetOrAdd(TKey key, Func<TValue> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (_entries.TryGetValue(key, out var found))
        {
            return found;
        }

        var value = create();
        return Counted(Size(key, value)) ? _entries.GetOrAdd(key, value) : value;
    }

    /// <summary>Keeps <paramref name="value"/> for <paramref name="key"/>, in place of any entry there.</summary>
    public void Set(TKey key, TValue value)
    {
        if (!Counted(Size(key, value)))
        {
            return;
        }

        if (_entries.TryGetValue(key, out var replaced) && _entries.TryUpdate(key, value, replaced))
        {
            Interlocked.Add(ref _bytes, -Size(key, replaced));
            Interlocked.Decrement(ref _count);
        }
        else
        {
            _entries[key] = value;
        }
    }

    /// <summary>
    /// Room for <paramref name="bytes"/> more that an entry already kept takes on (a compressed copy of an
    /// answer): true and counted when it fits, false and not counted when it does not. An entry that gains
    /// bytes this way must count them in <c>bytesOf</c> too.
    /// </summary>
    public bool TryGrow(long bytes)
    {
        if (Interlocked.Add(ref _bytes, bytes) <= _maxBytes)
        {
            return true;
        }

        Interlocked.Add(ref _bytes, -bytes);
        return false;
    }

    /// <summary>Drops every entry whose key <paramref name="stale"/> names.</summary>
    public void RemoveWhere(Func<TKey, bool> stale)
    {
        ArgumentNullException.ThrowIfNull(stale);
        foreach (var (key, value) in _entries)
        {
            if (stale(key) && _entries.TryRemove(KeyValuePair.Create(key, value)))
            {
                Interlocked.Add(ref _bytes, -Size(key, value));
                Interlocked.Decrement(ref _count);
            }
        }
    }

    public void Clear()
    {
        _entries.Clear();
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _bytes, 0);
    }

    private long Size(TKey key, TValue value) => EntryOverhead + _bytesOf(key, value);

    // Counted before the entry goes in; over either bound, start over with the new entry alone, and an
    // entry larger than the whole bound is not kept at all. An entry another thread counted just before a
    // start-over may go in uncounted (at most one per thread at a time) and is dropped with the next one;
    // two threads making one key count it twice, which only brings that start-over nearer.
    private bool Counted(long bytes)
    {
        if (bytes > _maxBytes)
        {
            return false;
        }

        if (Interlocked.Increment(ref _count) > _maxEntries | Interlocked.Add(ref _bytes, bytes) > _maxBytes)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _count, 1);
            Interlocked.Exchange(ref _bytes, bytes);
        }

        return true;
    }
}
