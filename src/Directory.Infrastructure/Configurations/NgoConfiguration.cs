using Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Directory.Infrastructure.Configurations;

internal sealed class NgoConfiguration : IEntityTypeConfiguration<Ngo>
{
    public void Configure(EntityTypeBuilder<Ngo> builder)
    {
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Slug).HasMaxLength(ProfileLimits.Slug).IsUnicode(false);
        builder.Property(n => n.Name).HasMaxLength(ProfileLimits.Name);
        builder.Property(n => n.ShortName).HasMaxLength(ProfileLimits.ShortName);
        builder.Property(n => n.LegalForm).HasConversion<string>().HasMaxLength(30).IsUnicode(false);
        builder.Property(n => n.RegistrationNumber).HasMaxLength(11).IsFixedLength().IsUnicode(false);
        builder.Property(n => n.DescriptionLv).HasMaxLength(ProfileLimits.Description);
        builder.Property(n => n.DescriptionEn).HasMaxLength(ProfileLimits.Description);
        builder.Property(n => n.Address).HasMaxLength(200);
        builder.Property(n => n.PostalCode).HasMaxLength(7).IsUnicode(false);
        builder.Property(n => n.Email).HasMaxLength(ProfileLimits.Email);
        builder.Property(n => n.Phone).HasMaxLength(12).IsUnicode(false);
        builder.Property(n => n.Website).HasMaxLength(ProfileLimits.Url);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(n => n.Languages).HasMaxLength(100);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.ProfileTextColumns();
        builder.OwnsMany(n => n.SocialLinks, links =>
        {
            links.ToJson();
            links.Property(l => l.Network).HasMaxLength(30);
            links.Property(l => l.Url).HasMaxLength(ProfileLimits.Url);
        });

        builder.HasOne(n => n.RegisteredMunicipality).WithMany().HasForeignKey(n => n.RegisteredMunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.WorkAreas).WithOne().HasForeignKey(w => w.NgoId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.SupportAreas).WithOne().HasForeignKey(a => a.NgoId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.TargetGroups).WithOne().HasForeignKey(g => g.NgoId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(n => n.Slug).IsUnique();
        builder.HasIndex(n => n.RegistrationNumber).IsUnique();
        // Public lists always filter on status, then order by name or update time with id as tiebreak.
        builder.HasIndex(n => new { n.Status, n.NameSortKey, n.Id });
        builder.HasIndex(n => new { n.Status, n.UpdatedAt, n.Id });
        builder.HasIndex(n => new { n.Status, n.IsMember });
        builder.HasIndex(n => n.RegisteredMunicipalityId);
    }
}
