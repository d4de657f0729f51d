using System.Text.RegularExpressions;
using Directory.Api.Http;
using Directory.Api.Queries;
using Directory.Api.Search;
using Directory.Domain;
using Directory.Infrastructure;
using Directory.Infrastructure.Configurations;
using Directory.Api.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Directory.Api.Insights;

/// <summary>
/// Counts, per day and normalised query, how often <c>q</c> was asked and how often it answered nothing or
/// only partly, for the people who curate the vocabulary (Algolia's and Typesense's "no results" analytics).
/// Counted in memory and added to the database's counts every <c>SearchInsights:FlushSeconds</c> and when the
/// instance stops, so a restart loses nothing and instances add up. Bounded: at most
/// <c>SearchInsights:MaxPending</c> queries wait in memory and <c>SearchInsights:MaxQueriesPerDay</c> are stored
/// a day (later new ones are dropped and counted in the log); rows older than <see cref="RetentionDays"/> go.
/// Never stored: the address, key or user that asked, the time of day, and any query that looks like
/// personal data (<see cref="LooksPersonal"/>).
/// </summary>
public sealed partial class SearchInsights(IServiceScopeFactory scopes, IOptions<SearchInsightsOptions> options, ILogger<SearchInsights> logger)
{
    public const int RetentionDays = 90;

    private readonly int _maxPending = options.Value.MaxPending;
    private readonly int _maxPerDay = options.Value.MaxQueriesPerDay;
    // One flush at a time; a flag, not a semaphore: the flush at stop may come after the container disposed its singletons.
    private int _flushing;
    // Held to count and to take the counts away: a count made while a flush takes them is in one or the other, never lost.
    // A plain dictionary under it: a ConcurrentDictionary's Count takes all of its own locks, on every query.
    private readonly Lock _counting = new();
    private Dictionary<Key, Counts> _pending = [];
    private long _dropped;

    /// <summary>
    /// A list's answer to <paramref name="typed"/> (the text as sent): counted once per search, on its first page
    /// (later pages are the same search read on), and again each time the response cache replays this answer.
    /// </summary>
    public void Count(HttpContext context, string list, string? typed, ProfileFilter filter, SearchOutcome? outcome)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Page == 1)
        {
            ResponseCache.OnReplay(context, Record(list, typed, filter.Search, outcome));
        }
    }

    /// <summary>
    /// One answer of a list to <paramref name="typed"/>, as parsed into <paramref name="search"/>; returns how to
    /// count it again (null: not counted).
    /// </summary>
    private Action? Record(string list, string? typed, SearchQuery search, SearchOutcome? outcome)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (outcome is null || typed is null || LooksPersonal(typed))
        {
            return null;
        }

        var query = string.Join(' ', search.Terms.Select(t => t.Typed));
        if (query.Length == 0 || query.Length > SearchInsightConfiguration.MaxQuery)
        {
            return null;
        }

        var (key, match) = (new Key(DateOnly.FromDateTime(DateTime.UtcNow), list, query), outcome.Match);
        Add(key, match);
        return () => Add(key with { Day = DateOnly.FromDateTime(DateTime.UtcNow) }, match);
    }

    private void Add(Key key, SearchMatch match)
    {
        lock (_counting)
        {
            if (PendingFor(key) is { } counts)
            {
                counts.Add(match);
            }
            else
            {
                Interlocked.Increment(ref _dropped);
            }
        }
    }

    // The counts waiting for key, made when there is room; null once MaxPending distinct queries wait. Under _counting.
    private Counts? PendingFor(Key key)
    {
        if (!_pending.TryGetValue(key, out var counts) && _pending.Count < _maxPending)
        {
            _pending.Add(key, counts = new Counts());
        }

        return counts;
    }

    /// <summary>
    /// An e-mail address, a phone number or a Latvian personal code (or any run of seven digits or more, with
    /// the separators people type): a person may search for someone by these, and the insights keep none.
    /// </summary>
    public static bool LooksPersonal(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        return PersonalPattern().IsMatch(typed);
    }

    /// <summary>Adds what was counted since the last flush to the database's counts, and drops rows past retention.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        while (Interlocked.CompareExchange(ref _flushing, 1, 0) != 0)
        {
            await Task.Delay(10, cancellationToken);
        }

        try
        {
            Dictionary<Key, Counts> taken;
            lock (_counting)
            {
                (taken, _pending) = (_pending, []);
            }

            if (taken.Count == 0)
            {
                return; // nothing asked: the database is not touched (old rows go at the next write)
            }

            try
            {
                await WriteAsync(taken, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be away: keep the counts for the next flush, within the bound.
                lock (_counting)
                {
                    foreach (var (key, counts) in taken)
                    {
                        PendingFor(key)?.Add(counts);
                    }
                }

                logger.LogWarning(e, "Search insights could not be written; {Count} queries wait for the next try", taken.Count);
            }

            if (Interlocked.Exchange(ref _dropped, 0) is var dropped and > 0)
            {
                logger.LogWarning("{Dropped} search insights were dropped: more queries than SearchInsights:MaxPending or MaxQueriesPerDay allow", dropped);
            }
        }
        finally
        {
            Volatile.Write(ref _flushing, 0);
        }
    }

    private async Task WriteAsync(Dictionary<Key, Counts> taken, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        // One transaction: on SQLite a commit per row would be a disk sync per row.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var oldest = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-RetentionDays);
        await db.SearchInsights.Where(i => i.Day < oldest).ExecuteDeleteAsync(cancellationToken);
        var stored = new Dictionary<DateOnly, int>();
        foreach (var (key, counts) in taken)
        {
            var (asked, empty, partial) = counts.Read();
            for (var attempt = 0; attempt < 2; attempt++)
            {
                // Added to what another instance (or an earlier flush) stored: counts add up.
                var updated = await db.SearchInsights.Where(i => i.Day == key.Day && i.List == key.List && i.Query == key.Query)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.Asked, i => i.Asked + asked).SetProperty(i => i.Empty, i => i.Empty + empty).SetProperty(i => i.Partial, i => i.Partial + partial), cancellationToken);
                if (updated > 0)
                {
                    break;
                }

                if (!stored.TryGetValue(key.Day, out var today))
                {
                    stored[key.Day] = today = await db.SearchInsights.CountAsync(i => i.Day == key.Day, cancellationToken);
                }

                if (today >= _maxPerDay)
                {
                    Interlocked.Increment(ref _dropped);
                    break;
                }

                try
                {
                    db.SearchInsights.Add(new SearchInsight { Day = key.Day, List = key.List, Query = key.Query, Asked = asked, Empty = empty, Partial = partial });
                    await db.SaveChangesAsync(cancellationToken);
                    stored[key.Day] = today + 1;
                    break;
                }
                catch (DbUpdateException e) when (DatabaseFailures.IsUniqueViolation(e))
                {
                    db.ChangeTracker.Clear(); // another instance stored it first: add to theirs
                }
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    // An @ anywhere, or seven digits or more with spaces, dashes, dots, slashes, brackets or a plus between them.
    [GeneratedRegex(@"@|\d(?:[\s\-./()+]*\d){6,}")]
    private static partial Regex PersonalPattern();

    private readonly record struct Key(DateOnly Day, string List, string Query);

    private sealed class Counts
    {
        private int _asked;
        private int _empty;
        private int _partial;

        public void Add(SearchMatch match)
        {
            Interlocked.Increment(ref _asked);
            if (match == SearchMatch.None)
            {
                Interlocked.Increment(ref _empty);
            }
            else if (match == SearchMatch.Partial)
            {
                Interlocked.Increment(ref _partial);
            }
        }

        public void Add(Counts other)
        {
            var (asked, empty, partial) = other.Read();
            Interlocked.Add(ref _asked, asked);
            Interlocked.Add(ref _empty, empty);
            Interlocked.Add(ref _partial, partial);
        }

        public (int Asked, int Empty, int Partial) Read() => (Volatile.Read(ref _asked), Volatile.Read(ref _empty), Volatile.Read(ref _partial));
    }
}

/// <summary>Writes the search insights every <c>SearchInsights:FlushSeconds</c> (default 30), and once more as the instance stops.</summary>
public sealed class SearchInsightsFlusher(SearchInsights insights, IOptions<SearchInsightsOptions> options, ILogger<SearchInsightsFlusher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.FlushSeconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await insights.FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await insights.FlushAsync(cancellationToken); // a failure is logged, as on any flush
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout passed first: stopping is not held up for the counts.
            logger.LogWarning("Search insights were not all written: the instance stopped first");
        }
    }
}
