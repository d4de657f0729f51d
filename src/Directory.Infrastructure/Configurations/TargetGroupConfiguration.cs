using Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Directory.Infrastructure.Configurations;

internal sealed class TargetGroupConfiguration : IEntityTypeConfiguration<TargetGroup>
{
    public void Configure(EntityTypeBuilder<TargetGroup> builder)
    {
        builder.Property(g => g.Code).HasMaxLength(60).IsUnicode(false);
        builder.Property(g => g.NameLv).HasMaxLength(120);
        builder.Property(g => g.NameEn).HasMaxLength(120);
        builder.HasIndex(g => g.Code).IsUnique();
        builder.Property(g => g.LeadInTermsLv).HasMaxLength(LeadInTerms.MaxStored);
        builder.Property(g => g.LeadInTermsEn).HasMaxLength(LeadInTerms.MaxStored);
        builder.Property(g => g.TermsVersion).IsConcurrencyToken();
    }
}
