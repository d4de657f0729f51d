using Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Directory.Infrastructure.Configurations;

internal sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Slug).HasMaxLength(ProfileLimits.Slug).IsUnicode(false);
        builder.Property(e => e.Name).HasMaxLength(ProfileLimits.Name);
        builder.Property(e => e.Title).HasMaxLength(ProfileLimits.Name);
        builder.Property(e => e.Affiliation).HasMaxLength(ProfileLimits.Name);
        builder.Property(e => e.BioLv).HasMaxLength(ProfileLimits.Description);
        builder.Property(e => e.BioEn).HasMaxLength(ProfileLimits.Description);
        builder.Property(e => e.Availability).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(e => e.AvailabilityNote).HasMaxLength(200);
        builder.Property(e => e.Email).HasMaxLength(ProfileLimits.Email);
        builder.Property(e => e.Phone).HasMaxLength(12).IsUnicode(false);
        builder.Property(e => e.Website).HasMaxLength(ProfileLimits.Url);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(e => e.Languages).HasMaxLength(100);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.ProfileTextColumns();

        builder.HasMany(e => e.Regions).WithOne().HasForeignKey(w => w.ExpertId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Expertise).WithOne().HasForeignKey(a => a.ExpertId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(e => e.Slug).IsUnique();
        builder.HasIndex(e => new { e.Status, e.NameSortKey, e.Id });
        builder.HasIndex(e => new { e.Status, e.UpdatedAt, e.Id });
    }
}
