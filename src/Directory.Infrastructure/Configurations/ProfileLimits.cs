using Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Directory.Infrastructure.Configurations;

/// <summary>Column sizes shared by the model and the API's validation.</summary>
public static class ProfileLimits
{
    public const int Slug = 120;
    public const int Name = 200;
    public const int ShortName = 60;
    public const int Description = 2000;
    public const int Email = 254;
    public const int Url = 400;
    public const int SortKey = 500;

    /// <summary>Items in one list of a profile (work areas, support areas, languages, links …).</summary>
    public const int ListItems = 50;

    internal static void ProfileTextColumns<T>(this EntityTypeBuilder<T> builder)
        where T : class, IDirectoryProfile
    {
        builder.Property<string>(nameof(Ngo.NameSortKey)).HasMaxLength(SortKey).IsUnicode(false);
    }
}
