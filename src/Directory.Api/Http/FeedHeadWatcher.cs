using Directory.Infrastructure;

namespace Directory.Api.Http;

/// <summary>
/// Several instances may share one SQL Server. Each notices its own writes at once; this polls the
/// feed head (one tiny query) so that another instance's write invalidates this one's cache within
/// <c>Cache:PollSeconds</c> (default 1).
/// </summary>
public sealed class FeedHeadWatcher(IServiceScopeFactory scopes, DataVersion version, IConfiguration configuration, ILogger<FeedHeadWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue<double?>("Cache:PollSeconds") ?? 1);
        long? seen = null;
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var head = await FeedHeadProbe.ReadAsync(scope.ServiceProvider.GetRequiredService<DirectoryDbContext>(), stoppingToken);
                if (seen is not null && head != seen)
                {
                    version.Bump();
                }

                seen = head;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly away; the next tick tries again.
                logger.LogWarning(e, "Could not read the feed head");
            }
        }
    }
}
