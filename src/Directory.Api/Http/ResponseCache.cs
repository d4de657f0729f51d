using System.Collections.Concurrent;

namespace Directory.Api.Http;

/// <summary>
/// Public GET answers kept in memory until the data changes (<see cref="Infrastructure.DataVersion"/>):
/// a repeated list page or a conditional request is answered without touching the database.
/// </summary>
public sealed class ResponseCache
{
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, CachedResponse> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string key, long version, out CachedResponse response) =>
        _entries.TryGetValue(key, out response!) && response.Version == version;

    public void Set(string key, CachedResponse response)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear(); // a crude bound: the working set of a directory is far smaller
        }

        _entries[key] = response;
    }
}

public sealed record CachedResponse(byte[] Body, string ETag, string? ContentType, string? ContentLanguage, string? SupportedVersions, long Version);
