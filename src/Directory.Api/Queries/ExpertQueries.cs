using Directory.Api.Search;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Queries;

/// <summary>The SQL the expert endpoints run. Contacts leave the database only with consent.</summary>
public static class ExpertQueries
{
    public static IQueryable<Expert> Published(DirectoryDbContext db) =>
        db.Experts.AsNoTracking().Where(e => e.Status == PublicationStatus.Published);

    public static IQueryable<ExpertRow> Rows(IQueryable<Expert> experts) => experts.Select(Row);

    private static readonly System.Linq.Expressions.Expression<Func<Expert, ExpertRow>> Row = Projection.ByName<Expert, ExpertRow>(e => new
    {
        // Without consent the contact columns are not even read.
        HasContactConsent = e.ContactConsentAt != null,
        Email = e.ContactConsentAt != null ? e.Email : null,
        Phone = e.ContactConsentAt != null ? e.Phone : null,
        Website = e.ContactConsentAt != null ? e.Website : null,
    });

    private static readonly Func<Expert, ExpertRow> CompiledRow = Row.Compile();

    /// <summary>The row of an expert already in memory (a write's result), through the same projection, compiled once.</summary>
    public static ExpertRow RowOf(Expert expert) => CompiledRow(expert);

    public static IQueryable<LinkRow> Links(DirectoryDbContext db, IReadOnlyCollection<Guid> expertIds)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ExpertWorkAreas.Where(w => expertIds.Contains(w.ExpertId)).Select(w => new LinkRow { OwnerId = w.ExpertId, Kind = LinkKind.Region, ReferenceId = w.RegionId })
            .Concat(db.ExpertSupportAreas.Where(a => expertIds.Contains(a.ExpertId)).Select(a => new LinkRow { OwnerId = a.ExpertId, Kind = LinkKind.SupportArea, ReferenceId = a.SupportAreaId }));
    }

    /// <summary>The links of an expert already in memory (a write's result).</summary>
    public static ProfileLinks LinksOf(Expert expert)
    {
        ArgumentNullException.ThrowIfNull(expert);
        return new ProfileLinks([.. expert.Regions.Select(w => w.RegionId).Distinct().Order()], [.. expert.Expertise.Select(a => a.SupportAreaId).Distinct().Order()], []);
    }

    /// <summary>Every link of every expert, for loading the read model in one pass.</summary>
    public static IQueryable<LinkRow> AllLinks(DirectoryDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ExpertWorkAreas.Select(e => new LinkRow { OwnerId = e.ExpertId, Kind = LinkKind.Region, ReferenceId = e.RegionId })
            .Concat(db.ExpertSupportAreas.Select(e => new LinkRow { OwnerId = e.ExpertId, Kind = LinkKind.SupportArea, ReferenceId = e.SupportAreaId }));
    }

    /// <summary>One expert with links, tracked, for a write.</summary>
    public static IQueryable<Expert> ForWrite(DirectoryDbContext db, string idOrSlug)
    {
        ArgumentNullException.ThrowIfNull(db);
        var experts = db.Experts.Include(e => e.Regions).Include(e => e.Expertise).AsSplitQuery();
        return Guid.TryParse(idOrSlug, out var id) ? experts.Where(e => e.Id == id) : experts.Where(e => e.Slug == idOrSlug);
    }

    /// <summary>One expert by id or slug: published only, unless the caller is an editor.</summary>
    public static IQueryable<Expert> ByIdOrSlug(DirectoryDbContext db, string idOrSlug, bool includeUnpublished = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        var experts = includeUnpublished ? db.Experts.AsNoTracking() : Published(db);
        return Guid.TryParse(idOrSlug, out var id) ? experts.Where(e => e.Id == id) : experts.Where(e => e.Slug == idOrSlug);
    }
}

public sealed class ExpertRow : IProfileRow, IPackedRow<ExpertRow>
{
    public Guid Id { get; init; }
    public PublicationStatus Status { get; init; }
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required string Title { get; init; }
    public string? Affiliation { get; init; }
    public required string BioLv { get; init; }
    public string? BioEn { get; init; }
    public bool Nationwide { get; init; }
    public required List<string> Languages { get; init; }
    public HelpKinds HelpKinds { get; init; }
    public Availability Availability { get; init; }
    public string? AvailabilityNote { get; init; }
    public bool HasContactConsent { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Website { get; init; }
    public bool IsDemo { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public int Version { get; init; }

    int? IProfileRow.RegisteredMunicipalityId => null;
    string? IProfileRow.PostalCode => null;

    public IEnumerable<SearchText> SearchTexts() =>
    [
        new(Name, SearchField.Name, TextLanguage.Latvian),
        new(Title, SearchField.Text, TextLanguage.Latvian),
        new(Affiliation, SearchField.Text, TextLanguage.Latvian),
        new(BioLv, SearchField.Text, TextLanguage.Latvian),
        new(BioEn, SearchField.Text, TextLanguage.English),
    ];

    public void Pack(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Id);
        writer.Write(Slug);
        writer.Write((int)Status);
        writer.Write(Name);
        writer.Write(Title);
        writer.WriteOptional(Affiliation);
        writer.Write(BioLv);
        writer.WriteOptional(BioEn);
        writer.Write(Nationwide);
        writer.Write(Languages);
        writer.Write((int)HelpKinds);
        writer.Write((int)Availability);
        writer.WriteOptional(AvailabilityNote);
        writer.Write(HasContactConsent);
        writer.WriteOptional(Email);
        writer.WriteOptional(Phone);
        writer.WriteOptional(Website);
        writer.Write(IsDemo);
        writer.Write(CreatedAt);
        writer.Write(UpdatedAt);
        writer.Write(Version);
    }

    public static ExpertRow Unpack(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new ExpertRow
        {
            Id = reader.ReadGuid(),
            Slug = reader.ReadString(),
            Status = (PublicationStatus)reader.ReadInt32(),
            Name = reader.ReadString(),
            Title = reader.ReadString(),
            Affiliation = reader.ReadOptionalString(),
            BioLv = reader.ReadString(),
            BioEn = reader.ReadOptionalString(),
            Nationwide = reader.ReadBoolean(),
            Languages = reader.ReadStrings(),
            HelpKinds = (HelpKinds)reader.ReadInt32(),
            Availability = (Availability)reader.ReadInt32(),
            AvailabilityNote = reader.ReadOptionalString(),
            HasContactConsent = reader.ReadBoolean(),
            Email = reader.ReadOptionalString(),
            Phone = reader.ReadOptionalString(),
            Website = reader.ReadOptionalString(),
            IsDemo = reader.ReadBoolean(),
            CreatedAt = reader.ReadDateTime(),
            UpdatedAt = reader.ReadDateTime(),
            Version = reader.ReadInt32(),
        };
    }
}
