using Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Directory.Infrastructure.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.Role).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(k => k.KeyHash).HasMaxLength(64).IsFixedLength().IsUnicode(false);
        builder.Property(k => k.Prefix).HasMaxLength(12).IsUnicode(false);
        builder.HasIndex(k => k.KeyHash).IsUnique();
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.EntityType).HasMaxLength(20).IsUnicode(false);
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(a => a.Actor).HasMaxLength(200);
        builder.HasIndex(a => new { a.EntityType, a.EntityId, a.Id });
        builder.HasIndex(a => a.Position).IsUnique();
    }
}

internal sealed class FeedHeadConfiguration : IEntityTypeConfiguration<FeedHead>
{
    public void Configure(EntityTypeBuilder<FeedHead> builder)
    {
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.HasData(new FeedHead { Id = 1, Position = 0 });
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.HasKey(r => new { r.Actor, r.Key });
        builder.Property(r => r.Key).HasMaxLength(100);
        builder.Property(r => r.Actor).HasMaxLength(200);
        builder.Property(r => r.RequestHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(r => r.Location).HasMaxLength(400);
        builder.Property(r => r.ETag).HasMaxLength(100);
    }
}
