using System.IO.Compression;
using System.Threading.RateLimiting;
using Directory.Api.Caching;
using Directory.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Directory.Api.Http;

/// <summary>
/// Public GET answers kept in memory until the data changes (<see cref="DataVersion"/>): a repeated
/// list page or a conditional request is answered without touching the database. The whole cache is in
/// this file: what is kept, the key, storing an answer as it starts (offered by
/// <see cref="ConditionalGetMiddleware"/>, which has its bytes and ETag) and the replay
/// (<see cref="ResponseCacheMiddleware"/>). Kept in a <see cref="BoundedCache{TKey, TValue}"/>, bounded
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

    // Kestrel writes these per response; the rate-limit fields are the caller's own; the coding (and the
    // Vary that names it) is chosen again for each replay of the stored, uncompressed body.
    private static readonly HashSet<string> Unstored = new([HeaderNames.ContentLength, HeaderNames.Date, HeaderNames.Server, HeaderNames.TransferEncoding, HeaderNames.ContentEncoding, RateLimitHeaders.Policy, RateLimitHeaders.Current], StringComparer.OrdinalIgnoreCase);

    /// <summary>The byte bound comes first: this many of the smallest answers (~640 bytes with key and headers) fill it.</summary>
    private const int MaxEntries = 100_000;

    private readonly BoundedCache<string, CachedResponse> _entries = new(MaxEntries, MaxBytes, Size, StringComparer.Ordinal);
    private readonly Lock _purge = new();
    private long _version;

    /// <summary>What the stored entries take, keys, headers and compressed copies included.</summary>
    public long Bytes => _entries.Bytes;

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

    /// <summary>
    /// Stores the answer <paramref name="entry"/> gives (null: nothing to store) with the headers it starts
    /// with, those that others add as the response starts (api-supported-versions) included: the callback
    /// registered first runs last.
    /// </summary>
    public void StoreWhenStarting(HttpContext context, string key, Func<CachedResponse?> entry)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.OnStarting(() =>
        {
            if (entry() is { } stored)
            {
                Set(key, stored with
                {
                    Headers = [.. response.Headers.Where(h => !Unstored.Contains(h.Key))
                        .Select(h => h.Key.Equals(HeaderNames.Vary, StringComparison.OrdinalIgnoreCase) ? KeyValuePair.Create(h.Key, WithoutAcceptEncoding(h.Value)) : h)],
                });
            }

            return Task.CompletedTask;
        });
    }

    private static StringValues WithoutAcceptEncoding(StringValues vary) =>
        new([.. vary.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(v => !v.Equals(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase))]);

    private static readonly object NotStoredKey = new();

    /// <summary>This answer is served but not kept: it lacks something only the database could give (it was away).</summary>
    public static void DoNotStore(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[NotStoredKey] = true;
    }

    private static readonly object ReplayedKey = new();

    /// <summary>What to do again each time this answer is replayed from the cache (count a search, say), as the endpoint did it.</summary>
    public static void OnReplay(HttpContext context, Action? action)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (action is not null)
        {
            context.Items[ReplayedKey] = action;
        }
    }

    /// <summary>The action <see cref="OnReplay"/> set for this answer, to be kept with it.</summary>
    public static Action? ReplayAction(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(ReplayedKey, out var action) ? action as Action : null;
    }

    public static bool MayStore(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return !context.Items.ContainsKey(NotStoredKey);
    }

    public bool TryGet(string key, long version, out CachedResponse response)
    {
        Purge(version);
        return _entries.TryGet(key, out response!) && response.Version == version;
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

        _entries.Set(key, response);
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
        if (Interlocked.CompareExchange(ref stored, compressed, null) is null && !_entries.TryGrow(compressed.Length))
        {
            Volatile.Write(ref stored, null); // over the bound: sent, not kept
        }

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

    /// <summary>Lets go of every answer older than <paramref name="version"/>: after a write (<see cref="Endpoints.WriteEffects"/>), and on any read that sees a newer version (another instance's write).</summary>
    public void Purge(long version)
    {
        if (version <= Interlocked.Read(ref _version))
        {
            return;
        }

        lock (_purge)
        {
            if (version > _version)
            {
                _entries.Clear();
                Interlocked.Exchange(ref _version, version);
            }
        }
    }

    // Strings are UTF-16: two bytes a character.
    private static long Size(string key, CachedResponse response) =>
        response.Body.Length + (response.Brotli?.Length ?? 0) + (response.Gzip?.Length ?? 0) + (2L * key.Length)
        + response.Headers.Sum(h => 2L * (h.Key.Length + h.Value.ToString().Length));
}

/// <summary>A 200 answer as sent: body, ETag and every header, to replay byte for byte; its compressed copies once made.</summary>
public sealed record CachedResponse(byte[] Body, EntityTagHeaderValue ETag, KeyValuePair<string, StringValues>[] Headers, long Version)
{
    /// <summary>Run on each replay (<see cref="ResponseCache.OnReplay"/>): what the endpoint would have done besides answering.</summary>
    public Action? Replayed { get; init; }

    internal byte[]? Brotli;
    internal byte[]? Gzip;
}

/// <summary>
/// Replays a stored public answer (or 304) before routing, authentication and the endpoint run, so a
/// repeated page costs little more than writing its bytes. It still counts against the caller's rate
/// limit; a refused or missing entry takes the full pipeline, which answers (or refuses) as usual.
/// </summary>
public sealed class ResponseCacheMiddleware(
    RequestDelegate next, ResponseCache cache, DataVersion dataVersion, IOptions<RateLimiterOptions> rateLimits, RateLimits limits, IResponseCompressionProvider compression)
{
    private readonly PartitionedRateLimiter<HttpContext>? _limiter = rateLimits.Value.GlobalLimiter;

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ResponseCache.KeyFor(context.Request) is not { } key)
        {
            return next(context);
        }

        if (!cache.TryGet(key, dataVersion.Current, out var cached))
        {
            Telemetry.DirectoryTelemetry.CacheMisses.Add(1);
            return next(context);
        }

        using (var lease = _limiter?.AttemptAcquire(context))
        {
            if (lease is { IsAcquired: false })
            {
                return next(context);
            }
        }

        RateLimitHeaders.Set(context, limits, _limiter?.GetStatistics(context)?.CurrentAvailablePermits);
        Telemetry.DirectoryTelemetry.CacheHits.Add(1);
        return ReplayAsync(context, cached);
    }

    private Task ReplayAsync(HttpContext context, CachedResponse cached)
    {
        cached.Replayed?.Invoke();
        var response = context.Response;
        foreach (var (name, value) in cached.Headers)
        {
            response.Headers[name] = value;
        }

        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        if (ConditionalGetMiddleware.Matches(context.Request, cached.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ContentType = default;
            return Task.CompletedTask;
        }

        var coding = compression.GetCompressionProvider(context)?.EncodingName;
        var body = cache.Body(cached, coding);
        if (body.Length != cached.Body.Length)
        {
            response.Headers.ContentEncoding = coding;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
