using Directory.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Directory.Api.Writes;

/// <summary>Optimistic concurrency: writes to an existing profile must name the version they change.</summary>
public static class Preconditions
{
    /// <summary>
    /// The version the client read, or a problem: 428 without If-Match, 400 when it is not "*" or a list of
    /// quoted entity tags, 412 when no strong tag in it names the current version. If-Match compares
    /// strongly (RFC 9110 §13.1.1): a weak tag never matches.
    /// </summary>
    public static (int Version, ProblemHttpResult? Problem) IfMatch(HttpRequest request, int currentVersion)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.IfMatch;
        if (string.IsNullOrWhiteSpace(header.ToString()))
        {
            return (0, TypedResults.Problem(
                "Send If-Match with the ETag of the version you are changing (GET the item first).",
                statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required"));
        }

        if (!EntityTagHeaderValue.TryParseStrictList(header, out var tags) || tags.Count == 0)
        {
            return (0, TypedResults.Problem(
                "If-Match must be * or the ETag you were given, quoted as it came (\"v3.1.lv\"); several may be separated by commas.",
                statusCode: StatusCodes.Status400BadRequest, title: "If-Match is malformed"));
        }

        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)) || tags.Any(t => !t.IsWeak && VersionTag.VersionOf(t) == currentVersion))
        {
            return (currentVersion, null);
        }

        return (0, Stale());
    }

    public static ProblemHttpResult Stale() => TypedResults.Problem(
        "The profile was changed since you read it (If-Match names another version, or a weak one). GET it again, reapply your change and send the new ETag.",
        statusCode: StatusCodes.Status412PreconditionFailed, title: "The version has changed");
}
