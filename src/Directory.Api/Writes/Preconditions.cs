using Directory.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directory.Api.Writes;

/// <summary>Optimistic concurrency: writes to an existing profile must name the version they change.</summary>
public static class Preconditions
{
    /// <summary>The version the client read, or a 428/412 problem.</summary>
    public static (int Version, ProblemHttpResult? Problem) IfMatch(HttpRequest request, int currentVersion)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return (0, TypedResults.Problem(
                "Send If-Match with the ETag of the version you are changing (GET the item first).",
                statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required"));
        }

        var versions = header.Split(',').Select(t => VersionTag.VersionOf(t.Trim())).ToList();
        if (header.Trim() == "*" || versions.Contains(currentVersion))
        {
            return (currentVersion, null);
        }

        return (0, Stale());
    }

    public static ProblemHttpResult Stale() => TypedResults.Problem(
        "The profile was changed since you read it. GET it again, reapply your change and send the new ETag.",
        statusCode: StatusCodes.Status412PreconditionFailed, title: "The version has changed");
}
