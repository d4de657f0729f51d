using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Directory.Api.Http;

/// <summary>
/// Public GET answers kept in memory until the data changes (<see cref="Infrastructure.DataVersion"/>):
/// a repeated list page or a conditional request is answered without touching the database. Bounded
/// in bytes, keys, headers and compressed copies included: a request with an overlong URL is answered
/// but never stored, so junk requests cannot grow it; entries of an older data version go as soon as a
/// request sees the newer one. Each entry is compressed at most once per coding (Brotli, gzip), when a
/// client first asks for it.
/// <para>
/// Why not the framework's output cache: put in this cache's place (before routing, a base policy with the
/// same key rules, compression inside it) it ran at 400 NGOs (bench/run.sh, 2026-11-24) a repeated page at
/// 0.81× nginx (this cache 0.85×), a repeated Brotli page at 0.75× (1.06×) and 304s at 0.34× (0.82×): it
/// stores nothing from a conditional request, so a client that only revalidates never reaches it; and
/// before routing it answers outside the rate limiter, which this cache's replays count against.
/// </para>
/// </summary>
public sealed class ResponseCache
{
    public const long MaxBytes = 64L * 1024 * 1024;
    public const int MaxKeyLength = 2048;

    /// <summary>Bodies smaller than this are sent as they are: compressing them gains less than its headers cost.</summary>
    public const int MinCompressedBytes = 1024;

    private readonly ConcurrentDictionary<string, CachedResponse> _entries = new(StringComparer.Ordinal);
    private readonly Lock _purge = new();
    private long _bytes;
    private long _version;

    /// <summary>What the stored entries take, keys, headers and compressed copies included.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public int Count => _entries.Count;

    /// <summary>The paths whose answers get an ETag and may be kept: the API and its HSDS view.</summary>
    public static bool IsDataPath(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/hsds");

    /// <summary>
    /// The key of a request whose answer is the same for every anonymous caller, or null. Everything
    /// the answer depends on is in it: scheme and host make the page links, the language served (lv or
    /// en, as request localization picks it from Accept-Language) the names, Accept the dataset record's
    /// format. Credentials, cookies (a culture cookie), CORS, a client's no-cache and overlong keys take
    /// the full path.
    /// </summary>
    public static string? KeyFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.Headers;
        if (!HttpMethods.IsGet(request.Method) || !IsDataPath(request.Path)
            || Auth.ApiKeyAuthenticationHandler.CarriesCredentials(request) || headers.ContainsKey(HeaderNames.Cookie)
            || headers.ContainsKey(HeaderNames.Origin) || headers.CacheControl.ToString().Contains("no-cache", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var key = string.Concat(request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value,
            "|", ReferenceData.Localization.Served(request.HttpContext), "|", headers.Accept.ToString());
        return key.Length <= MaxKeyLength ? key : null;
    }

    public bool TryGet(string key, long version, out CachedResponse response)
    {
        Purge(version);
        return _entries.TryGetValue(key, out response!) && response.Version == version;
    }

    public void Set(string key, CachedResponse response)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(response);
        Purge(response.Version);
        if (response.Version < Interlocked.Read(ref _version))
        {
            return; // answered from data that has changed since: nobody would be served it
        }

        var size = Size(key, response);
        if (Interlocked.Add(ref _bytes, size) > MaxBytes)
        {
            // A crude bound: start over. The hot set of a directory (first pages, common filters) refills at once.
            Clear();
            Interlocked.Add(ref _bytes, size);
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

    /// <summary>
    /// The entry's body in the coding chosen (br, gzip or none: what the response-compression middleware
    /// negotiates from Accept-Encoding), compressed the first time it is asked for.
    /// </summary>
    public ReadOnlyMemory<byte> Body(CachedResponse entry, string? coding)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (coding is null || entry.Body.Length < MinCompressedBytes)
        {
            return entry.Body;
        }

        ref var stored = ref coding == "br" ? ref entry.Brotli : ref entry.Gzip;
        if (Volatile.Read(ref stored) is { } compressed)
        {
            return compressed;
        }

        compressed = Compress(entry.Body, coding);
        // Kept when it fits the bound (two clients racing may both compress; one copy is kept).
        if (Interlocked.Add(ref _bytes, compressed.Length) <= MaxBytes && Interlocked.CompareExchange(ref stored, compressed, null) is null)
        {
            return compressed;
        }

        Interlocked.Add(ref _bytes, -compressed.Length);
        return compressed;
    }

    // Brotli at quality 6 (of 11): close to the best size of JSON at a fraction of the time; once per entry.
    private static byte[] Compress(byte[] body, string coding)
    {
        using var output = new MemoryStream(body.Length / 4);
        using (Stream compressor = coding == "br"
            ? new BrotliStream(output, new BrotliCompressionOptions { Quality = 6 })
            : new GZipStream(output, CompressionLevel.Optimal))
        {
            compressor.Write(body);
        }

        return output.ToArray();
    }

    private void Purge(long version)
    {
        if (version <= Interlocked.Read(ref _version))
        {
            return;
        }

        lock (_purge)
        {
            if (version > _version)
            {
                Clear();
                Interlocked.Exchange(ref _version, version);
            }
        }
    }

    private void Clear()
    {
        _entries.Clear();
        Interlocked.Exchange(ref _bytes, 0);
    }

    // Strings are UTF-16: two bytes a character.
    private static long Size(string key, CachedResponse response) =>
        response.Body.Length + (response.Brotli?.Length ?? 0) + (response.Gzip?.Length ?? 0) + (2L * key.Length)
        + response.Headers.Sum(h => 2L * (h.Key.Length + h.Value.ToString().Length));
}

/// <summary>A 200 answer as sent: body, ETag and every header, to replay byte for byte; its compressed copies once made.</summary>
public sealed record CachedResponse(byte[] Body, EntityTagHeaderValue ETag, KeyValuePair<string, StringValues>[] Headers, long Version)
{
    internal byte[]? Brotli;
    internal byte[]? Gzip;
}
