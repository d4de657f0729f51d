using Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Directory.Infrastructure.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.Property(r => r.Code).HasMaxLength(40).IsUnicode(false);
        builder.Property(r => r.Slug).HasMaxLength(80).IsUnicode(false);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(r => r.NameLv).HasMaxLength(100);
        builder.Property(r => r.NameEn).HasMaxLength(100);
        builder.Property(r => r.Nuts3).HasMaxLength(10).IsUnicode(false);
        builder.Property(r => r.IsoCode).HasMaxLength(10).IsUnicode(false);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.HasOne(r => r.Parent).WithMany(r => r.Children).HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
