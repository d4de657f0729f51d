using Directory.Api.Caching;

namespace Directory.Api.Tests;

/// <summary>
/// The one cache type every cache of the API is kept in: its bounds in entries and bytes hold under
/// concurrent use, and its byte count stays true as entries are replaced, grown and removed.
/// </summary>
public sealed class BoundedCacheTests
{
    private const int Threads = 8;

    [Fact]
    public async Task Fifty_thousand_distinct_keys_from_eight_threads_stay_within_both_bounds()
    {
        var cache = new BoundedCache<string, byte[]>(1_000, 256 * 1024, static (key, value) => (2L * key.Length) + value.Length, StringComparer.Ordinal);
        await Parallel.ForAsync(0, 50_000, new ParallelOptions { MaxDegreeOfParallelism = Threads }, (i, _) =>
        {
            cache.GetOrAdd($"key-{i}-{new string('x', i % 200)}", () => new byte[i % 900]);
            return ValueTask.CompletedTask;
        });

        Assert.InRange(cache.Bytes, 1, cache.MaxBytes);
        // An entry counted just before another thread starts over may go in uncounted: one per thread at most.
        Assert.InRange(cache.Count, 1, 1_000 + Threads);
    }

    [Fact]
    public void Replacing_removing_and_starting_over_keep_the_byte_count_true()
    {
        var cache = new BoundedCache<int, int[]>(100, 10_000, static (_, value) => 4L * value.Length);
        for (var i = 0; i < 1_000; i++)
        {
            cache.Set(1, new int[10]);
        }

        Assert.Equal(1, cache.Count);
        Assert.Equal(BoundedCache<int, int[]>.EntryOverhead + 40, cache.Bytes);

        cache.Set(2, new int[5]);
        cache.Set(3, new int[5]);
        cache.RemoveWhere(key => key != 2);
        Assert.Equal(1, cache.Count);
        Assert.Equal(BoundedCache<int, int[]>.EntryOverhead + 20, cache.Bytes);

        cache.Set(4, new int[2_470]); // with the one there, past 10,000 bytes: starts over with this one alone
        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet(4, out _));
        Assert.Equal(BoundedCache<int, int[]>.EntryOverhead + 9_880, cache.Bytes);

        cache.Set(5, new int[2_500]); // larger than the whole bound: not kept, nothing dropped for it
        Assert.False(cache.TryGet(5, out _));
        Assert.True(cache.TryGet(4, out _));
        cache.GetOrAdd(6, () => new int[3]);
        Assert.True(cache.TryGet(6, out var six) && six.Length == 3, "what GetOrAdd made is kept");
        Assert.False(cache.TryGet(4, out _)); // 6 did not fit beside 4: started over again
        Assert.Equal(BoundedCache<int, int[]>.EntryOverhead + 12, cache.Bytes);
    }

    [Fact]
    public void An_entry_grows_only_within_the_bound()
    {
        var cache = new BoundedCache<int, int[]>(100, 1_000, static (_, value) => 4L * value.Length);
        cache.Set(1, new int[10]);
        Assert.True(cache.TryGrow(500));
        Assert.False(cache.TryGrow(500)); // past the bound: refused and not counted
        Assert.Equal(BoundedCache<int, int[]>.EntryOverhead + 540, cache.Bytes);
    }
}
