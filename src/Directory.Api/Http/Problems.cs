using Microsoft.AspNetCore.Http.HttpResults;

namespace Directory.Api.Http;

/// <summary>The problem responses endpoints return, worded alike everywhere.</summary>
internal static class Problems
{
    public const string InvalidQueryTitle = "One or more query parameters are invalid.";

    public static ValidationProblem InvalidQuery(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: InvalidQueryTitle);

    /// <param name="errors">Each offending member with its messages.</param>
    /// <param name="what">What was sent: a profile, an API key, a support area…</param>
    public static ValidationProblem InvalidBody(IDictionary<string, string[]> errors, string what = "profile") =>
        TypedResults.ValidationProblem(errors, title: $"The {what} is not valid; nothing was stored.");

    // The title is the status's reason phrase, as the framework writes it for a 404 of its own.
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not Found");
}
