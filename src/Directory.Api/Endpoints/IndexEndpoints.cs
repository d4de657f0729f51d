using Directory.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directory.Api.Endpoints;

/// <summary>The roots (/ and /api/v1): where a newcomer's first request lands, pointing to the docs and the resources.</summary>
public static class IndexEndpoints
{
    public static IEndpointRouteBuilder MapIndexEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Index).WithName("Index").ExcludeFromDescription().AnswerHead();
        app.MapGet("/api/v1", Index).WithName("ApiIndex").ExcludeFromDescription().AnswerHead();
        return app;
    }

    internal static JsonHttpResult<ApiIndex> Index(HttpRequest request)
    {
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        Uri At(string path) => new(origin + path);
        return TypedResults.Json(new ApiIndex(
            "Child & Family Directory API (LBLT)",
            At("/swagger"),
            At("/swagger/v1/swagger.json"),
            new Dictionary<string, Uri>
            {
                ["ngos"] = At("/api/v1/ngos"),
                ["experts"] = At("/api/v1/experts"),
                ["regions"] = At("/api/v1/regions"),
                ["supportAreas"] = At("/api/v1/support-areas"),
                ["targetGroups"] = At("/api/v1/target-groups"),
                ["changes"] = At("/api/v1/changes"),
                ["dataset"] = At("/api/v1/dataset"),
                ["hsds"] = At("/hsds/"),
                ["hsdsOpenApi"] = At("/hsds/openapi.json"),
                ["health"] = At("/health/ready"),
                ["embed"] = At("/embed"),
            }));
    }
}

/// <summary>Where to read about the API and where its resources are.</summary>
/// <param name="Name">The service.</param>
/// <param name="Documentation">Swagger UI: the v1 and HSDS documents, to read and try.</param>
/// <param name="OpenApi">The v1 contract.</param>
/// <param name="Links">The resources, by name.</param>
public sealed record ApiIndex(string Name, Uri Documentation, Uri OpenApi, IReadOnlyDictionary<string, Uri> Links);
