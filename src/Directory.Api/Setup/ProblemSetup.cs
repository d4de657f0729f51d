using System.Collections.Frozen;
using Asp.Versioning;
using Microsoft.AspNetCore.Http;
using Directory.Api.Auth;
using Directory.Api.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Directory.Api.Setup;

/// <summary>
/// Every error the app writes is an RFC 9457 problem: <c>application/problem+json</c> whatever Accept
/// says, with a <c>type</c> for its status, a title, the trace id, and <c>Content-Language: en</c>
/// (problems are worded in English, whichever language the data was asked in).
/// </summary>
public static class ProblemSetup
{
    private const string Rfc9110 = "https://www.rfc-editor.org/rfc/rfc9110#section-";
    private const string Rfc6585 = "https://www.rfc-editor.org/rfc/rfc6585#section-";

    private static readonly FrozenDictionary<int, string> Types = new Dictionary<int, string>
    {
        [400] = Rfc9110 + "15.5.1",
        [401] = Rfc9110 + "15.5.2",
        [403] = Rfc9110 + "15.5.4",
        [404] = Rfc9110 + "15.5.5",
        [405] = Rfc9110 + "15.5.6",
        [406] = Rfc9110 + "15.5.7",
        [408] = Rfc9110 + "15.5.9",
        [409] = Rfc9110 + "15.5.10",
        [411] = Rfc9110 + "15.5.12",
        [412] = Rfc9110 + "15.5.13",
        [413] = Rfc9110 + "15.5.14",
        [414] = Rfc9110 + "15.5.15",
        [415] = Rfc9110 + "15.5.16",
        [422] = Rfc9110 + "15.5.21",
        [428] = Rfc6585 + "3",
        [429] = Rfc6585 + "4",
        [431] = Rfc6585 + "5",
        [500] = Rfc9110 + "15.6.1",
        [503] = Rfc9110 + "15.6.4",
    }.ToFrozenDictionary();

    public static IServiceCollection AddDirectoryProblems(this IServiceCollection services)
    {
        // Before AddProblemDetails: the first writer that can write wins, and this one always can.
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = Complete);
        services.AddExceptionHandler<StorageExceptionHandler>();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Binding failures throw, so the handler above can say which parameter was wrong.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    private static void Complete(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        var status = problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(status);
        // The framework's own defaults link tools.ietf.org (and RFC 4918 for a 422): one scheme for all.
        if (problem.Type is null || !problem.Type.StartsWith("https://", StringComparison.Ordinal) || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
        {
            problem.Type = Types.GetValueOrDefault(status, status >= 500 ? Types[500] : Types[400]);
        }

        problem.Detail ??= status switch
        {
            StatusCodes.Status401Unauthorized => ApiKeyAuthenticationHandler.CarriesCredentials(http.Request)
                ? "The API key is unknown or revoked, or the bearer token is not valid or has expired. Ask LBLT for a valid key."
                : $"This route needs an API key: send it as {ApiKeyAuthenticationHandler.HeaderName}: <key> (or Authorization: ApiKey <key>).",
            StatusCodes.Status403Forbidden => $"This route needs a key of role {NeededRole(http)}; yours is {CallerRole(http)}.",
            _ => null,
        };

        if (status == StatusCodes.Status404NotFound && http.RequestedApiVersion is { } asked && !VersioningSetup.Supported.Contains(asked))
        {
            problem.Detail = $"API version {asked} does not exist. Supported versions: {string.Join(", ", VersioningSetup.Supported)} (e.g. /api/v1/ngos).";
        }

        problem.Instance ??= http.Request.Path;
        // The request's W3C trace id: the one its log lines carry and a trace exporter sends.
        problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToHexString() ?? http.TraceIdentifier;
        http.Response.Headers.ContentLanguage = "en";
    }

    // The roles the route's policy admits, as the key roles are named (editor routes admit admins too).
    private static string NeededRole(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().LastOrDefault(a => a.Policy is not null)?.Policy == Policies.Admin
            ? "admin"
            : "editor or admin";

    private static string CallerRole(HttpContext http) =>
        http.User.IsInRole(Policies.Admin) ? "admin" : http.User.IsInRole(Policies.Editor) ? "editor" : "partner";
}
