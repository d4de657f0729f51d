using System.IO.Hashing;
using Microsoft.IO;
using Microsoft.Net.Http.Headers;

namespace Directory.Api.Http;

/// <summary>
/// Gives every successful API GET a strong ETag (a hash of the bytes sent) and answers a matching
/// If-None-Match with 304. Responses may be stored but must be revalidated, so a change is seen at once.
/// A public answer is offered to the <see cref="ResponseCache"/> (a conditional request's too: the bytes are here).
/// </summary>
public sealed class ConditionalGetMiddleware(RequestDelegate next, ResponseCache cache, Infrastructure.DataVersion dataVersion, ReadModel.PublishedProfiles published)
{
    public const string CacheControl = "public, no-cache";
    public const string PrivateCacheControl = "private, no-cache";

    // A response is buffered (to hash it for its ETag) in pooled 16 KB blocks, made one buffer (a multiple
    // of 64 KB) when it outgrows the first block: it is sent in one write, because Brotli at its fastest
    // level compresses each write apart (a 146 KB page sent in 16 KB writes was 32 KB in br, in one 19 KB).
    // At most 4 MB of each kind are kept idle between requests, so a burst of large answers does not stay resident.
    private static readonly RecyclableMemoryStreamManager Buffers = new(new RecyclableMemoryStreamManager.Options
    {
        BlockSize = 16 * 1024,
        LargeBufferMultiple = 64 * 1024,
        MaximumSmallPoolFreeBytes = 4 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 4 * 1024 * 1024,
    });

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
            cache.StoreWhenStarting(context, cacheKey, () => toStore);
        }

        using var buffer = Buffers.GetStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
        }

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            // Items carry a version tag of their own (it is also what If-Match checks); lists get a hash of their bytes.
            var etag = EntityTagHeaderValue.TryParse(response.Headers.ETag.ToString(), out var own) ? own : new EntityTagHeaderValue(Tag(bytes.Span));
            response.Headers.ETag = etag.ToString();
            // What a key holder sees (drafts, say) is for them alone.
            response.Headers.CacheControl = context.User.Identity?.IsAuthenticated == true ? PrivateCacheControl : CacheControl;
            response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
            // An answer from a read model behind the data (the database was away when it should have
            // been refreshed) is served but not stored: the next request tries to refresh.
            if (cacheKey is not null && published.LastGood?.DataVersion == version && ResponseCache.MayStore(context))
            {
                toStore = new CachedResponse(bytes.ToArray(), etag, [], version) { Replayed = ResponseCache.ReplayAction(context) };
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

        response.ContentLength = bytes.Length;
        await body.WriteAsync(bytes, context.RequestAborted);
    }

    // A 128-bit non-cryptographic hash: an ETag must change with the bytes, and nobody gains by forging one.
    private static string Tag(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(bytes, hash);
        return $"\"{Convert.ToHexStringLower(hash)}\"";
    }

    // If-None-Match uses the weak comparison (RFC 9110 13.1.2).
    public static bool Matches(HttpRequest request, EntityTagHeaderValue etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
}
