using Directory.Api.ReferenceData;
using Directory.Infrastructure;

namespace Directory.Api.Http;

/// <summary>
/// Several instances may share one SQL Server. Each notices its own writes at once; this polls the
/// feed head (one tiny query) so that another instance's write reaches this one within
/// <c>Cache:PollSeconds</c> (default 1): a moved position invalidates cached answers and brings the read
/// model up to date; a moved reference version first reloads the regions, support areas and target groups.
/// </summary>
public sealed class FeedHeadWatcher(
    IServiceScopeFactory scopes, DataVersion version, ReferenceDataCache reference, ReadModel.PublishedProfiles published, Microsoft.Extensions.Options.IOptions<Settings.CachePollOptions> options, ILogger<FeedHeadWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.PollSeconds);
        // Nothing seen yet: the first tick bumps, in case a write landed between loading and the first look.
        long? seen = null;
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
                var head = await FeedHeadProbe.ReadAsync(db, stoppingToken);
                var referenceMoved = head.ReferenceVersion != reference.Current.ReferenceVersion;
                if (referenceMoved)
                {
                    await reference.ReloadAsync(db, stoppingToken);
                }

                if (referenceMoved || head.Position != seen)
                {
                    version.Bump();
                    // Take the other instance's write in now, beside the snapshot readers use.
                    await published.CatchUpAsync(stoppingToken);
                }

                seen = head.Position;
            }
            catch (ObjectDisposedException)
            {
                // The container is gone: a start that failed (a port in use) disposes the host without
                // stopping its services. Nothing to watch for; a logged stack trace would bury the one sentence.
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly away; the next tick tries again.
                logger.LogWarning(e, "Could not read the feed head");
            }
        }
    }
}
