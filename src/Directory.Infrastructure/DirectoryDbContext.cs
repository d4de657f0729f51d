using Directory.Domain;
using Directory.Infrastructure.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Directory.Infrastructure;

/// <summary>The directory's database. Each provider has a subclass so that its migrations live apart.</summary>
public abstract class DirectoryDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<SupportArea> SupportAreas => Set<SupportArea>();
    public DbSet<TargetGroup> TargetGroups => Set<TargetGroup>();
    public DbSet<Ngo> Ngos => Set<Ngo>();
    public DbSet<NgoWorkArea> NgoWorkAreas => Set<NgoWorkArea>();
    public DbSet<NgoSupportArea> NgoSupportAreas => Set<NgoSupportArea>();
    public DbSet<NgoTargetGroup> NgoTargetGroups => Set<NgoTargetGroup>();
    public DbSet<Expert> Experts => Set<Expert>();
    public DbSet<ExpertWorkArea> ExpertWorkAreas => Set<ExpertWorkArea>();
    public DbSet<ExpertSupportArea> ExpertSupportAreas => Set<ExpertSupportArea>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<FeedHead> FeedHeads => Set<FeedHead>();
    public DbSet<SearchInsight> SearchInsights => Set<SearchInsight>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Saves in one transaction; audit entries take their feed positions inside it, from the one
    /// FeedHead row, so that positions follow commit order on every provider.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // One scan for changes here and one in the base's save: each Entries() would scan every tracked
        // entity again (an import tracks tens of thousands).
        ChangeTracker.DetectChanges();
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        List<AuditEntry> entries;
        bool referenceChanged;
        try
        {
            RefreshDerivedText();
            entries = [.. ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)];
            referenceChanged = ChangeTracker.Entries()
                .Any(e => e.Entity is Region or SupportArea or TargetGroup && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
        if (entries.Count == 0 && !referenceChanged)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            await MoveFeedHeadAsync(entries, referenceChanged, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var saved = await Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await Database.BeginTransactionAsync(ct);
            await MoveFeedHeadAsync(entries, referenceChanged, ct);
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
            await transaction.CommitAsync(ct);
            return count;
        }, cancellationToken);
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return saved;
    }

    private async Task MoveFeedHeadAsync(List<AuditEntry> entries, bool referenceChanged, CancellationToken cancellationToken)
    {
        if (referenceChanged)
        {
            await FeedHeads.Where(h => h.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(h => h.ReferenceVersion, h => h.ReferenceVersion + 1), cancellationToken);
        }

        if (entries.Count > 0)
        {
            await ReserveFeedPositionsAsync(entries, cancellationToken);
        }
    }

    /// <summary>
    /// Gives entries that are saved apart from the change tracker (in bulk) their feed positions, as
    /// SaveChanges does for tracked ones: inside the caller's transaction, so that they follow commit order.
    /// </summary>
    public Task AssignFeedPositionsAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Database.CurrentTransaction is null
            ? throw new InvalidOperationException("Feed positions are reserved inside the transaction that saves the entries.")
            : entries.Count == 0 ? Task.CompletedTask : ReserveFeedPositionsAsync(entries, cancellationToken);
    }

    private async Task ReserveFeedPositionsAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var last = (await Database.SqlQueryRaw<long>(ReserveFeedPositionsSql, entries.Count).ToListAsync(cancellationToken)).Single();
        var position = last - entries.Count;
        foreach (var entry in entries)
        {
            entry.Position = ++position;
        }
    }

    /// <summary>Adds {0} to the feed head and returns the new head as a column named Value.</summary>
    protected abstract string ReserveFeedPositionsSql { get; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Timestamps are UTC; SQLite cannot order DateTimeOffset, so DateTime with a UTC kind on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new RegionConfiguration());
        modelBuilder.ApplyConfiguration(new SupportAreaConfiguration());
        modelBuilder.ApplyConfiguration(new TargetGroupConfiguration());
        modelBuilder.ApplyConfiguration(new NgoConfiguration());
        modelBuilder.ApplyConfiguration(new NgoWorkAreaConfiguration());
        modelBuilder.ApplyConfiguration(new NgoSupportAreaConfiguration());
        modelBuilder.ApplyConfiguration(new NgoTargetGroupConfiguration());
        modelBuilder.ApplyConfiguration(new ExpertConfiguration());
        modelBuilder.ApplyConfiguration(new ExpertWorkAreaConfiguration());
        modelBuilder.ApplyConfiguration(new ExpertSupportAreaConfiguration());
        modelBuilder.ApplyConfiguration(new ApiKeyConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration());
        modelBuilder.ApplyConfiguration(new FeedHeadConfiguration());
        modelBuilder.ApplyConfiguration(new SearchInsightConfiguration());
    }

    private void RefreshDerivedText()
    {
        foreach (var entry in ChangeTracker.Entries<IDirectoryProfile>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.RefreshDerivedText();
            }

            if (entry.State is EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }
    }
}

public sealed class SqliteDirectoryDbContext(DbContextOptions<SqliteDirectoryDbContext> options) : DirectoryDbContext(options)
{
    protected override string ReserveFeedPositionsSql => "UPDATE \"FeedHeads\" SET \"Position\" = \"Position\" + {0} WHERE \"Id\" = 1 RETURNING \"Position\" AS \"Value\"";
}

public sealed class SqlServerDirectoryDbContext(DbContextOptions<SqlServerDirectoryDbContext> options) : DirectoryDbContext(options)
{
    // The row lock taken here is held to commit: concurrent writers queue behind it.
    protected override string ReserveFeedPositionsSql => "UPDATE [FeedHeads] SET [Position] = [Position] + {0} OUTPUT inserted.[Position] AS [Value] WHERE [Id] = 1";
}
