namespace Lblt.Directory.Client;

/// <summary>
/// What every call answers (NSwag's wrapped response): the status, the headers and, in
/// <see cref="DirectoryResponse{TResult}.Result"/>, the body. The validators a conditional request needs
/// are read here, never built by hand.
/// </summary>
public partial class DirectoryResponse
{
    /// <summary>The answer's ETag, as sent (quotes included): pass it as <c>ifNoneMatch</c> to read again, or <c>ifMatch</c> to write.</summary>
    public string? ETag => Header("ETag");

    /// <summary>Where a created profile lives (201).</summary>
    public Uri? Location => Header("Location") is { } location ? new Uri(location, UriKind.RelativeOrAbsolute) : null;

    /// <summary>
    /// 304: the copy whose ETag was sent as <c>ifNoneMatch</c> is current. A 304 is an answer, not an
    /// exception; the result is then empty (null): keep using the copy.
    /// </summary>
    public bool NotModified => StatusCode == 304;

    private string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}

/// <summary>A download (an export, the dataset in Turtle): its ETag and whether the copy held is current, as for <see cref="DirectoryResponse"/>.</summary>
public partial class FileResponse
{
    /// <summary>The answer's ETag, as sent.</summary>
    public string? ETag => Headers.FirstOrDefault(h => string.Equals(h.Key, "ETag", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    /// <summary>304: the copy whose ETag was sent is current; the stream is empty.</summary>
    public bool NotModified => StatusCode == 304;
}
