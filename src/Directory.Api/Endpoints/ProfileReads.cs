using Directory.Api.Insights;
using Directory.Api.Auth;
using Directory.Api.Contracts;
using Directory.Api.Http;
using Directory.Api.Mapping;
using Directory.Api.Queries;
using Directory.Api.ReadModel;
using Directory.Api.ReferenceData;
using Directory.Api.Search;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Endpoints;

/// <summary>
/// The read flow NGOs and experts share (as <see cref="Writes.ProfileWrites{TWriter, TEntity, TRequest, TDto}"/> is
/// their write flow): a filtered page from the read model, and one profile from the database, or from the
/// read model while the database is away. What differs between them is its <typeparamref name="TReader"/>.
/// </summary>
internal static class ProfileReads<TReader, TRow, TDto>
    where TReader : IProfileReader<TRow, TDto>
    where TRow : class, IProfileRow, IPackedRow<TRow>
    where TDto : class
{
    public static async Task<Results<Ok<PagedResult<JsonItem>>, ValidationProblem>> ListAsync(
        ProfileFilter? filter, IDictionary<string, string[]> errors, PublishedProfiles published, ProfileAssembler assembler, SearchInsights insights, HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(published);
        if (filter is null)
        {
            return Problems.InvalidQuery(errors);
        }

        var index = TReader.IndexOf(await published.CurrentAsync(cancellationToken));
        var (answered, matched, outcome) = index.Answer(filter);
        insights.Count(request.HttpContext, TReader.Noun.ToLowerInvariant(), request.Query["q"], filter, outcome);
        var page = index.Ordered(matched, answered).Skip(filter.Skip).Take(filter.PageSize).Select(p => TReader.Listed(assembler, p)).ToList();
        return TypedResults.Ok(Paging.Result(page, filter, matched.Count, request, SearchReport.Of(outcome)));
    }

    public static async Task<Results<Ok<TDto>, ProblemHttpResult>> GetAsync(
        string idOrSlug, DirectoryDbContext db, ProfileAssembler assembler, ReferenceDataCache cache, PublishedProfiles published, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(context);
        var (row, kept) = await PublishedProfiles.LoadOrKeptAsync(
            () => TReader.Find(db, idOrSlug, context.User.IsEditor()).FirstOrDefaultAsync(cancellationToken), published.LastGood is { } lastGood ? TReader.IndexOf(lastGood) : null, idOrSlug);
        if (kept is not null)
        {
            // The database is away: the published profile as the read model last saw it.
            context.Response.Headers.ETag = VersionTag.For(kept.Version, cache.Current.Generation, Localization.Current);
            return TypedResults.Ok(TReader.Mapped(assembler, kept.Unpack(), kept.Links));
        }

        if (row is null)
        {
            return Problems.NotFound($"No published {TReader.Noun} has the id or slug '{idOrSlug}'.");
        }

        var links = await TReader.Links(db, [row.Id]).ToListAsync(cancellationToken);
        context.Response.Headers.ETag = VersionTag.For(row.Version, cache.Current.Generation, Localization.Current);
        return TypedResults.Ok(TReader.Mapped(assembler, row, ProfileLinks.From(links)));
    }
}
