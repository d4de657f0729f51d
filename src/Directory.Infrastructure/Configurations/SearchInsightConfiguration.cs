using Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Directory.Infrastructure.Configurations;

public sealed class SearchInsightConfiguration : IEntityTypeConfiguration<SearchInsight>
{
    /// <summary>As long as q may be.</summary>
    public const int MaxQuery = 200;

    public void Configure(EntityTypeBuilder<SearchInsight> builder)
    {
        builder.Property(i => i.List).HasMaxLength(10).IsUnicode(false);
        builder.Property(i => i.Query).HasMaxLength(MaxQuery);
        builder.HasIndex(i => new { i.Day, i.List, i.Query }).IsUnique();
    }
}
