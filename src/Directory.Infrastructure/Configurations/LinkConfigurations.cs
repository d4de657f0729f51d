using Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Directory.Infrastructure.Configurations;

// Link tables are keyed so that "profiles in these codes" is an index seek from the code side.
internal sealed class NgoWorkAreaConfiguration : IEntityTypeConfiguration<NgoWorkArea>
{
    public void Configure(EntityTypeBuilder<NgoWorkArea> builder)
    {
        builder.HasKey(w => new { w.NgoId, w.RegionId });
        builder.HasIndex(w => new { w.RegionId, w.NgoId });
        builder.HasOne<Region>().WithMany().HasForeignKey(w => w.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NgoSupportAreaConfiguration : IEntityTypeConfiguration<NgoSupportArea>
{
    public void Configure(EntityTypeBuilder<NgoSupportArea> builder)
    {
        builder.HasKey(a => new { a.NgoId, a.SupportAreaId });
        builder.HasIndex(a => new { a.SupportAreaId, a.NgoId });
        builder.HasOne<SupportArea>().WithMany().HasForeignKey(a => a.SupportAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NgoTargetGroupConfiguration : IEntityTypeConfiguration<NgoTargetGroup>
{
    public void Configure(EntityTypeBuilder<NgoTargetGroup> builder)
    {
        builder.HasKey(g => new { g.NgoId, g.TargetGroupId });
        builder.HasIndex(g => new { g.TargetGroupId, g.NgoId });
        builder.HasOne<TargetGroup>().WithMany().HasForeignKey(g => g.TargetGroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExpertWorkAreaConfiguration : IEntityTypeConfiguration<ExpertWorkArea>
{
    public void Configure(EntityTypeBuilder<ExpertWorkArea> builder)
    {
        builder.HasKey(w => new { w.ExpertId, w.RegionId });
        builder.HasIndex(w => new { w.RegionId, w.ExpertId });
        builder.HasOne<Region>().WithMany().HasForeignKey(w => w.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExpertSupportAreaConfiguration : IEntityTypeConfiguration<ExpertSupportArea>
{
    public void Configure(EntityTypeBuilder<ExpertSupportArea> builder)
    {
        builder.HasKey(a => new { a.ExpertId, a.SupportAreaId });
        builder.HasIndex(a => new { a.SupportAreaId, a.ExpertId });
        builder.HasOne<SupportArea>().WithMany().HasForeignKey(a => a.SupportAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}
