using System.IO.Hashing;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Directory.Api.Http;

/// <summary>
/// Gives every successful API GET a strong ETag (a hash of the bytes sent) and answers a matching
/// If-None-Match with 304. Responses may be stored but must be revalidated, so a change is seen at once.
/// </summary>
public sealed class ConditionalGetMiddleware(RequestDelegate next, ResponseCache cache, Infrastructure.DataVersion dataVersion, ReadModel.PublishedProfiles published)
{
    public const string CacheControl = "public, no-cache";
    public const string PrivateCacheControl = "private, no-cache";

    // Kestrel writes these per response; the rate-limit fields are the caller's own; the coding (and the
    // Vary that names it) is chosen again for each replay of the stored, uncompressed body.
    private static readonly HashSet<string> Unstored = new([HeaderNames.ContentLength, HeaderNames.Date, HeaderNames.Server, HeaderNames.TransferEncoding, HeaderNames.ContentEncoding, RateLimitHeaders.Policy, RateLimitHeaders.Current], StringComparer.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !ResponseCache.IsDataPath(request.Path)
            || context.GetEndpoint()?.Metadata.GetMetadata<Http.StreamedResponse>() is { } streamed && streamed.Applies(request))
        {
            await next(context);
            return;
        }

        var response = context.Response;
        var cacheKey = context.User.Identity?.IsAuthenticated == true ? null : ResponseCache.KeyFor(request);
        var version = dataVersion.Current; // read before the data: a write during the request makes the entry stale at once
        var body = response.Body;
        CachedResponse? toStore = null;
        if (cacheKey is not null)
        {
            // Headers that others add as the response starts (api-supported-versions) must be stored too:
            // the callback registered first runs last.
            response.OnStarting(() =>
            {
                if (toStore is not null)
                {
                    cache.Set(cacheKey, toStore with
                    {
                        Headers = [.. response.Headers.Where(h => !Unstored.Contains(h.Key))
                            .Select(h => h.Key.Equals(HeaderNames.Vary, StringComparison.OrdinalIgnoreCase) ? KeyValuePair.Create(h.Key, WithoutAcceptEncoding(h.Value)) : h)],
                    });
                }

                return Task.CompletedTask;
            });
        }

        using var buffer = new PooledBufferStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
        }

        if (response.StatusCode == StatusCodes.Status200OK)
        {
            // Items carry a version tag of their own (it is also what If-Match checks); lists get a hash of their bytes.
            var etag = EntityTagHeaderValue.TryParse(response.Headers.ETag.ToString(), out var own) ? own : new EntityTagHeaderValue(Tag(buffer));
            response.Headers.ETag = etag.ToString();
            // What a key holder sees (drafts, say) is for them alone.
            response.Headers.CacheControl = context.User.Identity?.IsAuthenticated == true ? PrivateCacheControl : CacheControl;
            response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
            // An answer from a read model behind the data (the database was away when it should have
            // been refreshed) is served but not stored: the next request tries to refresh.
            if (cacheKey is not null && published.LastGood?.DataVersion == version)
            {
                toStore = new CachedResponse(buffer.WrittenSpan.ToArray(), etag, [], version);
            }

            if (Matches(request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }
        }

        if (buffer.Length == 0)
        {
            return; // leaves an empty error to the status code pages, which write its problem body
        }

        response.ContentLength = buffer.Length;
        await body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    private static StringValues WithoutAcceptEncoding(StringValues vary) =>
        new([.. vary.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(v => !v.Equals(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase))]);

    // A 128-bit non-cryptographic hash: an ETag must change with the bytes, and nobody gains by forging one.
    private static string Tag(PooledBufferStream buffer)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(buffer.WrittenSpan, hash);
        return $"\"{Convert.ToHexStringLower(hash)}\"";
    }

    // If-None-Match uses the weak comparison (RFC 9110 13.1.2).
    public static bool Matches(HttpRequest request, EntityTagHeaderValue etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
}
