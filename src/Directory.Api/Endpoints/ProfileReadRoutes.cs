using Directory.Api.Contracts;
using Directory.Api.Mapping;
using Directory.Api.Queries;
using Directory.Api.ReadModel;
using Directory.Api.ReferenceData;
using Directory.Infrastructure;

namespace Directory.Api.Endpoints;

/// <summary>What the public read routes of one kind of profile say in the contract.</summary>
/// <param name="Name">The resource in operation names: Ngo (GetNgo), Expert.</param>
/// <param name="Plural">The resource in the list's operation name and summary: Ngos (ListNgos) and NGOs, Experts and experts.</param>
/// <param name="Noun">The resource in summaries: NGO, expert.</param>
/// <param name="IdOrSlug">The path parameter's description.</param>
public sealed record ProfileReadTexts(string Name, (string Operation, string Summary) Plural, string Noun, string IdOrSlug, string List, string Get);

/// <summary>The public read routes NGOs and experts share (a list, one profile), through <see cref="ProfileReads{TReader, TRow, TDto}"/>.</summary>
internal static class ProfileReadRoutes
{
    /// <param name="list">The list's handler: each resource binds its own filters (Queries/ListParameters.cs).</param>
    /// <param name="more">Routes only this resource has, mapped between the list and the item (NGO facets).</param>
    public static RouteGroupBuilder MapProfileReads<TReader, TRow, TDto>(this RouteGroupBuilder profiles, ProfileReadTexts texts, Delegate list, Action<RouteGroupBuilder>? more = null)
        where TReader : IProfileReader<TRow, TDto>
        where TRow : class, IProfileRow, IPackedRow<TRow>
        where TDto : class
    {
        ArgumentNullException.ThrowIfNull(texts);
        profiles.MapGet("/", list)
            .WithName($"List{texts.Plural.Operation}")
            .WithSummary($"List published {texts.Plural.Summary}")
            .WithDescription(texts.List)
            .Produces<PagedResult<TDto>>()
            .ProducesValidationProblem();

        more?.Invoke(profiles);

        profiles.MapGet("/{idOrSlug}", (string idOrSlug, DirectoryDbContext db, ProfileAssembler assembler, ReferenceDataCache cache, PublishedProfiles published, HttpContext context, CancellationToken cancellationToken) =>
                ProfileReads<TReader, TRow, TDto>.GetAsync(idOrSlug, db, assembler, cache, published, context, cancellationToken))
            .WithName($"Get{texts.Name}")
            .WithDescription(texts.Get)
            .WithSummary($"Get a published {texts.Noun} by id or slug")
            .WithMetadata(new ParameterText("idOrSlug", texts.IdOrSlug))
            .Produces<TDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return profiles;
    }
}
