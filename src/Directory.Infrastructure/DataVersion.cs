using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Directory.Infrastructure;

/// <summary>
/// A number that changes whenever the directory's data may have changed: on every save in this
/// process, and when the feed head moves because another instance wrote. Caches keyed on it never
/// serve a response older than the last write they know of.
/// </summary>
public sealed class DataVersion
{
    private long _value;

    public long Current => Interlocked.Read(ref _value);

    public void Bump() => Interlocked.Increment(ref _value);
}

/// <summary>
/// Bumps <see cref="DataVersion"/> after every save that changed something, and again when a
/// transaction commits: a save inside a transaction is not visible until then, and a reader that
/// saw the first bump must not keep what it read before the commit.
/// </summary>
public sealed class DataChangedInterceptor(DataVersion version) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => version.Bump();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        version.Bump();
        return Task.CompletedTask;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Bump(result);
        return base.SavedChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Bump(result);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    private void Bump(int result)
    {
        if (result > 0)
        {
            version.Bump();
        }
    }
}

/// <summary>
/// Learns of other instances' writes: the feed head moves with every profile change they commit, and
/// its reference version with every change of regions, support areas or target groups.
/// </summary>
public static class FeedHeadProbe
{
    public static IQueryable<FeedHeadState> Query(DirectoryDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.FeedHeads.AsNoTracking().Select(h => new FeedHeadState(h.Position, h.ReferenceVersion));
    }

    public static Task<FeedHeadState> ReadAsync(DirectoryDbContext db, CancellationToken cancellationToken) => Query(db).SingleAsync(cancellationToken);
}

public readonly record struct FeedHeadState(long Position, long ReferenceVersion);
