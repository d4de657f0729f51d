using Directory.Api.Insights;
using Directory.Api.Contracts;
using Directory.Api.Mapping;
using Directory.Api.Queries;
using Directory.Api.ReadModel;
using Directory.Api.ReferenceData;
using Directory.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using ExpertReads = Directory.Api.Endpoints.ProfileReads<Directory.Api.Endpoints.ExpertReader, Directory.Api.Queries.ExpertRow, Directory.Api.Contracts.ExpertDto>;

namespace Directory.Api.Endpoints;

public static class ExpertEndpoints
{
    public static IEndpointRouteBuilder MapExpertEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/experts").WithTags("Experts").MapProfileReads<ExpertReader, ExpertRow, ExpertDto>(
            new ProfileReadTexts(
                Name: "Expert",
                Plural: ("Experts", "experts"),
                Noun: "expert",
                IdOrSlug: "The expert's id (uuid) or slug, e.g. ilze-ozola.",
                List: "Contact details appear only for experts who consented to publishing them.",
                Get: "Takes the expert's id (uuid) or slug. Contact details appear only while the expert's consent is recorded."),
            ListExperts);

        return api;
    }

    internal static Task<Results<Ok<PagedResult<JsonItem>>, ValidationProblem>> ListExperts(
        [AsParameters] ExpertListParameters order, [AsParameters] ExpertFilterParameters parameters, PublishedProfiles published, ReferenceDataCache cache, DeclaredRules rules, ProfileAssembler assembler, SearchInsights insights, HttpRequest request, CancellationToken cancellationToken) =>
        ExpertReads.ListAsync(FilterParser.ForExperts(parameters, order, cache.Current, rules, out var errors), errors, published, assembler, insights, request, cancellationToken);
}
