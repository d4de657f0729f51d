using System.Net;

namespace Lblt.Directory.Client;

/// <summary>
/// An error answer of the Directory API (an RFC 9457 problem): its status, title, detail and, for
/// invalid query parameters, the messages per parameter.
/// </summary>
public class DirectoryProblemException : Exception
{
    /// <summary>An empty problem, for serializers and tests.</summary>
    public DirectoryProblemException()
    {
    }

    /// <summary>A problem with only a message.</summary>
    /// <param name="message">What went wrong.</param>
    public DirectoryProblemException(string message)
        : base(message)
    {
    }

    /// <summary>A problem with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DirectoryProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A problem as the service answered it.</summary>
    /// <param name="status">HTTP status.</param>
    /// <param name="title">Short summary of the kind of problem.</param>
    /// <param name="detail">What happened in this case.</param>
    /// <param name="type">URI of the problem type.</param>
    /// <param name="instance">The request path.</param>
    /// <param name="errors">Messages per invalid parameter.</param>
    public DirectoryProblemException(HttpStatusCode status, string? title, string? detail, string? type, string? instance, IReadOnlyDictionary<string, string[]> errors)
        : base(Describe(status, title, detail, errors))
    {
        Status = status;
        Title = title;
        Detail = detail;
        Type = type;
        Instance = instance;
        Errors = errors;
    }

    /// <summary>
    /// An answer that was not a problem document (a proxy's error page, an unexpected status): what the
    /// generated client throws (NSwag's exception signature), so that one exception type covers every failure.
    /// </summary>
    /// <param name="message">What the contract says of that status.</param>
    /// <param name="statusCode">HTTP status.</param>
    /// <param name="response">The body as text.</param>
    /// <param name="headers">The answer's headers.</param>
    /// <param name="innerException">The cause, if any.</param>
    public DirectoryProblemException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, Exception? innerException)
        : base($"{statusCode} {message}", innerException)
    {
        Status = (HttpStatusCode)statusCode;
        Title = message;
        Detail = string.IsNullOrEmpty(response) ? null : response.Length > 500 ? response[..500] : response;
        Headers = headers;
    }

    /// <summary>HTTP status of the answer.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>The answer's headers, when the generated client saw them (not for a problem document).</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>>? Headers { get; }
    /// <summary>Short summary of the kind of problem.</summary>
    public string? Title { get; }
    /// <summary>What happened in this case, e.g. which slug was not found.</summary>
    public string? Detail { get; }
    /// <summary>URI of the problem type.</summary>
    public string? Type { get; }
    /// <summary>The request path.</summary>
    public string? Instance { get; }

    /// <summary>For a 400: the offending parameters and what is wrong with each; empty otherwise.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = new Dictionary<string, string[]>();

    /// <summary>The request's trace id, as the service logged it: quote it when asking LBLT about this answer.</summary>
    public string? TraceId { get; init; }

    /// <summary>For a 429 or 503 (and a 409 while an Idempotency-Key is in use): how long to wait before trying again.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>For an import refused with 422: the report, row by row, of what is wrong.</summary>
    public ImportReport? Report { get; init; }

    private static string Describe(HttpStatusCode status, string? title, string? detail, IReadOnlyDictionary<string, string[]> errors)
    {
        var message = $"{(int)status} {title}";
        if (!string.IsNullOrEmpty(detail))
        {
            message += $": {detail}";
        }

        return errors.Count == 0 ? message : $"{message} ({string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))})";
    }
}

/// <summary>A failure whose body the contract types (NSwag's generic exception): still a <see cref="DirectoryProblemException"/>.</summary>
/// <typeparam name="TResult">The body's type.</typeparam>
public sealed class DirectoryProblemException<TResult> : DirectoryProblemException
{
    /// <summary>A failure with its typed body.</summary>
    /// <param name="message">What the contract says of that status.</param>
    /// <param name="statusCode">HTTP status.</param>
    /// <param name="response">The body as text.</param>
    /// <param name="headers">The answer's headers.</param>
    /// <param name="result">The body, read.</param>
    /// <param name="innerException">The cause, if any.</param>
    public DirectoryProblemException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, TResult result, Exception? innerException)
        : base(message, statusCode, response, headers, innerException)
    {
        Result = result;
    }

    /// <summary>The body, as the contract types it.</summary>
    public TResult Result { get; }
}
