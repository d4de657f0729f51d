namespace Directory.Api.Http;

/// <summary>Marks writes that need If-Match, so the OpenAPI document can say so.</summary>
internal sealed class RequiresIfMatch;

/// <summary>Marks creates that honour an Idempotency-Key, so the OpenAPI document offers the header there only.</summary>
internal sealed class HonoursIdempotencyKey;

/// <summary>A streamed response (always, or when <paramref name="when"/> says so for the request): not buffered for its ETag.</summary>
public sealed class StreamedResponse(Func<HttpRequest, bool>? when = null)
{
    public bool Applies(HttpRequest request) => when?.Invoke(request) ?? true;
}
