using Directory.Api.Insights;
using Directory.Api.Contracts;
using Directory.Api.Http;
using Directory.Api.Mapping;
using Directory.Api.Queries;
using Directory.Api.ReadModel;
using Directory.Api.ReferenceData;
using Directory.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using NgoReads = Directory.Api.Endpoints.ProfileReads<Directory.Api.Endpoints.NgoReader, Directory.Api.Queries.NgoRow, Directory.Api.Contracts.NgoDto>;

namespace Directory.Api.Endpoints;

public static class NgoEndpoints
{
    public static IEndpointRouteBuilder MapNgoEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/ngos").WithTags("Ngos").MapProfileReads<NgoReader, NgoRow, NgoDto>(
            new ProfileReadTexts(
                Name: "Ngo",
                Plural: ("Ngos", "NGOs"),
                Noun: "NGO",
                IdOrSlug: "The NGO's id (uuid) or slug, e.g. ceribas-tilts.",
                List: "Filters combine with AND; the values of one list parameter combine with OR. Ordered by Latvian name unless sort says otherwise, always with id as tiebreak.",
                Get: "Takes the NGO's id (uuid) or slug. Drafts and archived profiles answer 404 like unknown ones."),
            ListNgos,
            ngos => ngos.MapGet("/facets", GetNgoFacets)
                .WithName("GetNgoFacets")
                .WithSummary("Count published NGOs per region, support area and target group")
                .WithDescription("Takes the list's filters. A dimension's counts ignore that dimension's own filter, so each count is what the list totals when that value is chosen.")
                .Produces<NgoFacetsDto>()
                .ProducesValidationProblem());

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
}
