using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Directory.Api.Http;

/// <summary>
/// Public GET answers kept in memory until the data changes (<see cref="Infrastructure.DataVersion"/>):
/// a repeated list page or a conditional request is answered without touching the database. Bounded
/// in bytes, keys and headers included: a request with an overlong URL or Accept-Language is answered
/// but never stored, so junk requests cannot grow it.
/// </summary>
public sealed class ResponseCache
{
    public const long MaxBytes = 64L * 1024 * 1024;
    public const int MaxKeyLength = 2048;
    public const int MaxAcceptLanguageLength = 64;

    private readonly ConcurrentDictionary<string, CachedResponse> _entries = new(StringComparer.Ordinal);
    private long _bytes;

    /// <summary>What the stored entries take, keys and headers included.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public int Count => _entries.Count;

    /// <summary>The paths whose answers get an ETag and may be kept: the API and its HSDS view.</summary>
    public static bool IsDataPath(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/hsds");

    /// <summary>
    /// The key of a request whose answer is the same for every anonymous caller, or null. Everything
    /// the answer depends on is in it (scheme and host make the page links; Accept-Language the names;
    /// Accept the dataset record's format); credentials, cookies (a culture cookie), CORS, a client's
    /// no-cache and overlong keys take the full path.
    /// </summary>

    public static string? KeyFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.Headers;
        if (!HttpMethods.IsGet(request.Method) || !IsDataPath(request.Path)
            || headers.ContainsKey(HeaderNames.Authorization) || headers.ContainsKey("X-Api-Key") || headers.ContainsKey(HeaderNames.Cookie)
            || headers.ContainsKey(HeaderNames.Origin) || headers.CacheControl.ToString().Contains("no-cache", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var language = headers.AcceptLanguage.ToString();
        var key = language.Length > MaxAcceptLanguageLength
            ? null
            : string.Concat(request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value, "|", language, "|", headers.Accept.ToString());
        return key is { Length: <= MaxKeyLength } ? key : null;
    }

    public bool TryGet(string key, long version, out CachedResponse response) =>
        _entries.TryGetValue(key, out response!) && response.Version == version;

    public void Set(string key, CachedResponse response)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(response);
        var size = Size(key, response);
        if (Interlocked.Add(ref _bytes, size) > MaxBytes)
        {
            // A crude bound: start over. The hot set of a directory (first pages, common filters) refills at once,
            // and entries of older data versions, which nothing reads any more, go with it.
            _entries.Clear();
            Interlocked.Exchange(ref _bytes, size);
        }

        if (_entries.TryGetValue(key, out var replaced) && _entries.TryUpdate(key, response, replaced))
        {
            Interlocked.Add(ref _bytes, -Size(key, replaced));
        }
        else
        {
            _entries[key] = response;
        }
    }

    // Strings are UTF-16: two bytes a character.
    private static long Size(string key, CachedResponse response) =>
        response.Body.Length + (2L * key.Length) + response.Headers.Sum(h => 2L * (h.Key.Length + h.Value.ToString().Length));
}

/// <summary>A 200 answer as sent: body, ETag and every header, to replay byte for byte.</summary>
public sealed record CachedResponse(byte[] Body, EntityTagHeaderValue ETag, KeyValuePair<string, StringValues>[] Headers, long Version);
