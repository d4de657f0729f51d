using Microsoft.AspNetCore.Http.HttpResults;

namespace Directory.Api.Http;

/// <summary>The problem responses endpoints return, worded alike everywhere.</summary>
internal static class Problems
{
    public const string InvalidQueryTitle = "One or more query parameters are invalid.";

    public static ValidationProblem InvalidQuery(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: InvalidQueryTitle);

    public static ValidationProblem InvalidBody(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The profile is not valid; nothing was stored.");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
