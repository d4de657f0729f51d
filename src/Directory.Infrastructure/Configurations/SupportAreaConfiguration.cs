using Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Directory.Infrastructure.Configurations;

internal sealed class SupportAreaConfiguration : IEntityTypeConfiguration<SupportArea>
{
    public void Configure(EntityTypeBuilder<SupportArea> builder)
    {
        builder.Property(a => a.Code).HasMaxLength(60).IsUnicode(false);
        builder.Property(a => a.NameLv).HasMaxLength(120);
        builder.Property(a => a.NameEn).HasMaxLength(120);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.LeadInTermsLv).HasMaxLength(LeadInTerms.MaxStored);
        builder.Property(a => a.LeadInTermsEn).HasMaxLength(LeadInTerms.MaxStored);
        builder.Property(a => a.TermsVersion).IsConcurrencyToken();
        builder.HasOne(a => a.Parent).WithMany(a => a.Children).HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
