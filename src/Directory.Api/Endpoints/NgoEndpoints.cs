using Directory.Api.Insights;
using Directory.Api.Contracts;
using Directory.Api.Http;
using Directory.Api.Mapping;
using Directory.Api.Queries;
using Directory.Api.ReadModel;
using Directory.Api.ReferenceData;
using Directory.Api.Search;
using Directory.Api.Validation;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using NgoReads = Directory.Api.Endpoints.ProfileReads<Directory.Api.Endpoints.NgoReader, Directory.Api.Queries.NgoRow, Directory.Api.Contracts.NgoDto>;

namespace Directory.Api.Endpoints;

public static class NgoEndpoints
{
    public static IEndpointRouteBuilder MapNgoEndpoints(this IEndpointRouteBuilder api)
    {
        var ngos = api.MapGroup("/ngos").WithTags("Ngos");

        ngos.MapGet("/", ListNgos)
            .WithName("ListNgos")
            .WithSummary("List published NGOs")
            .WithDescription("Filters combine with AND; the values of one list parameter combine with OR. Ordered by Latvian name unless sort says otherwise, always with id as tiebreak.")
            .Produces<PagedResult<NgoDto>>()
            .ProducesValidationProblem();

        ngos.MapGet("/facets", GetNgoFacets)
            .WithName("GetNgoFacets")
            .WithSummary("Count published NGOs per region, support area and target group")
            .WithDescription("Takes the list's filters. A dimension's counts ignore that dimension's own filter, so each count is what the list totals when that value is chosen.")
            .Produces<NgoFacetsDto>()
            .ProducesValidationProblem();

        ngos.MapGet("/{idOrSlug}", GetNgo)
            .WithName("GetNgo")
            .WithDescription("Takes the NGO's id (uuid) or slug. Drafts and archived profiles answer 404 like unknown ones.")
            .WithSummary("Get a published NGO by id or slug")
            .Produces<NgoDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    internal static Task<Results<Ok<PagedResult<JsonItem>>, ValidationProblem>> ListNgos(
        [AsParameters] NgoListParameters order, [AsParameters] NgoFilterParameters parameters, PublishedProfiles published, ReferenceDataCache cache, DeclaredRules rules, ProfileAssembler assembler, SearchInsights insights, HttpRequest request, CancellationToken cancellationToken) =>
        NgoReads.ListAsync(FilterParser.ForNgos(parameters, order, cache.Current, rules, out var errors), errors, published, assembler, insights, request, cancellationToken);

    internal static async Task<Results<Ok<NgoFacetsDto>, ValidationProblem>> GetNgoFacets(
        [AsParameters] NgoFilterParameters parameters, PublishedProfiles published, ReferenceDataCache cache, DeclaredRules rules, CancellationToken cancellationToken)
    {
        var reference = cache.Current;
        var filter = FilterParser.ForNgos(parameters, order: null, reference, rules, out var errors);
        if (filter is null)
        {
            return Problems.InvalidQuery(errors);
        }

        return TypedResults.Ok(NgoFacets.Compute((await published.CurrentAsync(cancellationToken)).Ngos, filter, reference));
    }

    /// <param name="idOrSlug">The NGO's id (uuid) or slug, e.g. ceribas-tilts.</param>
    internal static Task<Results<Ok<NgoDto>, ProblemHttpResult>> GetNgo(
        string idOrSlug, DirectoryDbContext db, ProfileAssembler assembler, ReferenceDataCache cache, PublishedProfiles published, HttpContext context, CancellationToken cancellationToken) =>
        NgoReads.GetAsync(idOrSlug, db, assembler, cache, published, context, cancellationToken);
}
