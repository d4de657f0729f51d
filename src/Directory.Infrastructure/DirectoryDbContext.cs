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

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefreshDerivedText();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefreshDerivedText();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

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

public sealed class SqliteDirectoryDbContext(DbContextOptions<SqliteDirectoryDbContext> options) : DirectoryDbContext(options);

public sealed class SqlServerDirectoryDbContext(DbContextOptions<SqlServerDirectoryDbContext> options) : DirectoryDbContext(options);
