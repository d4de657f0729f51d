using Directory.Api.Auth;
using Directory.Api.Contracts;
using Directory.Api.Http;
using Directory.Api.Mapping;
using Directory.Api.Queries;
using Directory.Api.ReadModel;
using Directory.Api.ReferenceData;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Endpoints;

public static class ExpertEndpoints
{
    public static IEndpointRouteBuilder MapExpertEndpoints(this IEndpointRouteBuilder api)
    {
        var experts = api.MapGroup("/experts").WithTags("Experts");

        experts.MapGet("/", ListExperts)
            .WithName("ListExperts")
            .WithSummary("List published experts")
            .WithDescription("Contact details appear only for experts who consented to publishing them.")
            .Produces<PagedResult<ExpertDto>>()
            .ProducesValidationProblem();

        experts.MapGet("/{idOrSlug}", GetExpert)
            .WithName("GetExpert")
            .WithDescription("Takes the expert's id (uuid) or slug. Contact details appear only while the expert's consent is recorded.")
            .WithSummary("Get a published expert by id or slug")
            .Produces<ExpertDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    internal static async Task<Results<Ok<PagedResult<ExpertDto>>, ValidationProblem>> ListExperts(
        [AsParameters] ExpertListParameters order, [AsParameters] ExpertFilterParameters parameters, PublishedProfiles published, ReferenceDataCache cache, ProfileAssembler assembler, HttpRequest request, CancellationToken cancellationToken)
    {
        var filter = FilterParser.ForExperts(parameters, order, cache.Current, out var errors);
        if (filter is null)
        {
            return Problems.InvalidQuery(errors);
        }

        var experts = (await published.CurrentAsync(cancellationToken)).Experts;
        var matched = experts.Match(filter);
        var page = experts.Ordered(matched, filter).Skip(filter.Skip).Take(filter.PageSize).Select(p => assembler.ListedExpert(p.Row, p.Links)).ToList();
        return TypedResults.Ok(Paging.Result(page, filter, matched.Count, request));
    }

    /// <param name="idOrSlug">The expert's id (uuid) or slug, e.g. ilze-ozola.</param>
    internal static async Task<Results<Ok<ExpertDto>, ProblemHttpResult>> GetExpert(
        string idOrSlug, DirectoryDbContext db, ProfileAssembler assembler, ReferenceDataCache cache, PublishedProfiles published, HttpContext context, CancellationToken cancellationToken)
    {
        var (row, kept) = await PublishedProfiles.LoadOrKeptAsync(
            () => ExpertQueries.Rows(ExpertQueries.ByIdOrSlug(db, idOrSlug, context.User.IsEditor())).FirstOrDefaultAsync(cancellationToken), published.LastGood?.Experts, idOrSlug);
        if (kept is not null)
        {
            // The database is away: the published profile as the read model last saw it.
            context.Response.Headers.ETag = VersionTag.For(kept.Row.Version, cache.Current.Generation, Localization.Current);
            return TypedResults.Ok(assembler.ListedExpert(kept.Row, kept.Links));
        }

        if (row is null)
        {
            return Problems.NotFound($"No published expert has the id or slug '{idOrSlug}'.");
        }

        var links = await ExpertQueries.Links(db, [row.Id]).ToListAsync(cancellationToken);
        context.Response.Headers.ETag = VersionTag.For(row.Version, cache.Current.Generation, Localization.Current);
        return TypedResults.Ok(assembler.Experts([row], links)[0]);
    }
}
