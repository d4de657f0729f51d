using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

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

    /// <summary>
    /// The key of a request whose answer is the same for every anonymous caller, or null. Everything
    /// the answer depends on is in it (scheme and host make the page links; Accept-Language the names);
    /// credentials, cookies (a culture cookie), CORS and a client's no-cache take the full path.
    /// </summary>
    public static string? KeyFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.Headers;
        if (!HttpMethods.IsGet(request.Method) || !request.Path.StartsWithSegments("/api")
            || headers.ContainsKey(HeaderNames.Authorization) || headers.ContainsKey("X-Api-Key") || headers.ContainsKey(HeaderNames.Cookie)
            || headers.ContainsKey(HeaderNames.Origin) || headers.CacheControl.ToString().Contains("no-cache", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return string.Concat(request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value, "|", headers.AcceptLanguage.ToString());
    }

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

/// <summary>A 200 answer as sent: body, ETag and every header, to replay byte for byte.</summary>
public sealed record CachedResponse(byte[] Body, EntityTagHeaderValue ETag, KeyValuePair<string, StringValues>[] Headers, long Version);
