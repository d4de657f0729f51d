using System.Collections.Concurrent;

namespace Directory.Api.Http;

/// <summary>
/// Public GET answers kept in memory until the data changes (<see cref="Infrastructure.DataVersion"/>):
/// a repeated list page or a conditional request is answered without touching the database.
/// </summary>
public sealed class ResponseCache
{
    // Bounded by bytes, not entries: a list page of 100 NGOs is ~140 KB.
    private const long MaxBytes = 64L * 1024 * 1024;
    private readonly ConcurrentDictionary<string, CachedResponse> _entries = new(StringComparer.Ordinal);
    private long _bytes;

    public bool TryGet(string key, long version, out CachedResponse response) =>
        _entries.TryGetValue(key, out response!) && response.Version == version;

    public void Set(string key, CachedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (Interlocked.Add(ref _bytes, response.Body.Length) > MaxBytes)
        {
            // A crude bound: start over. The hot set of a directory (first pages, common filters) refills at once.
            _entries.Clear();
            Interlocked.Exchange(ref _bytes, response.Body.Length);
        }

        _entries[key] = response;
    }
}

public sealed record CachedResponse(byte[] Body, string ETag, string? ContentType, string? ContentLanguage, string? SupportedVersions, long Version);
