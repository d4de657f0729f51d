using Directory.Api.Http;
using Directory.Api.ReadModel;
using Directory.Infrastructure;

namespace Directory.Api.Endpoints;

/// <summary>
/// What follows every write before it answers, in this order: the read model takes the write in (and the
/// profile JSON kept for the profiles it replaced goes, <see cref="PublishedProfiles.CatchUpAsync"/>), then
/// the response cache lets go of the answers of the older data. So the writer's next read shows what it
/// wrote, from any list, item or cache. Attached to each write group by <see cref="WriteEffectsExtensions.FollowedByReadModel{TBuilder}"/>.
/// <para>
/// Another instance's writes reach this one by the feed head (<see cref="FeedHeadWatcher"/>): its next read
/// starts the read model's refresh and the response cache never answers from an older data version.
/// </para>
/// </summary>
public sealed class WriteEffects(PublishedProfiles published, ResponseCache responses, DataVersion dataVersion)
{
    public async Task FollowAsync(CancellationToken cancellationToken)
    {
        await published.CatchUpAsync(cancellationToken);
        responses.Purge(dataVersion.Current);
    }
}

/// <summary>Marks an endpoint whose writes the read model and caches take in before it answers (ReadModelUpdateTests finds it on every write route).</summary>
public sealed class FollowedByReadModel;

public static class WriteEffectsExtensions
{
    /// <summary>Each endpoint of <paramref name="builder"/> answers only once <see cref="WriteEffects"/> took its write in.</summary>
    public static TBuilder FollowedByReadModel<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new FollowedByReadModel());
        return builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            await context.HttpContext.RequestServices.GetRequiredService<WriteEffects>().FollowAsync(context.HttpContext.RequestAborted);
            return result;
        });
    }
}
