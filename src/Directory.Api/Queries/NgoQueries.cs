using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Queries;

/// <summary>Which filter a facet leaves out so that its counts show the alternatives.</summary>
public enum FacetDimension
{
    None,
    Region,
    SupportArea,
    TargetGroup,
}

/// <summary>The SQL the NGO endpoints run, kept apart so that a test can render each for SQL Server.</summary>
public static class NgoQueries
{
    public static IQueryable<Ngo> Published(DirectoryDbContext db) =>
        db.Ngos.AsNoTracking().Where(n => n.Status == PublicationStatus.Published);

    public static IQueryable<Ngo> Filter(IQueryable<Ngo> ngos, ProfileFilter filter, FacetDimension except = FacetDimension.None)
    {
        ArgumentNullException.ThrowIfNull(filter);
        foreach (var term in filter.Terms)
        {
            ngos = ngos.Where(n => n.SearchText.Contains(term));
        }

        if (filter.WorkAreaIds is { } regions && except != FacetDimension.Region)
        {
            ngos = ngos.Where(n => n.Nationwide || n.WorkAreas.Any(w => regions.Contains(w.RegionId)));
        }

        if (filter.SupportAreaIds is { } areas && except != FacetDimension.SupportArea)
        {
            ngos = ngos.Where(n => n.SupportAreas.Any(a => areas.Contains(a.SupportAreaId)));
        }

        if (filter.TargetGroupIds is { } groups && except != FacetDimension.TargetGroup)
        {
            ngos = ngos.Where(n => n.TargetGroups.Any(g => groups.Contains(g.TargetGroupId)));
        }

        if (filter.Languages is { } languages)
        {
            ngos = ngos.Where(n => n.Languages.Any(l => languages.Contains(l)));
        }

        if (filter.Member is { } member)
        {
            ngos = ngos.Where(n => n.IsMember == member);
        }

        if (filter.UpdatedSince is { } since)
        {
            ngos = ngos.Where(n => n.UpdatedAt >= since);
        }

        return ngos;
    }

    public static IQueryable<Ngo> Order(IQueryable<Ngo> ngos, ProfileFilter filter) => ProfileOrder.Apply(ngos, filter);

    public static IQueryable<NgoRow> Page(IQueryable<Ngo> ordered, ProfileFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Rows(ordered.Skip(filter.Skip).Take(filter.PageSize));
    }

    public static IQueryable<NgoRow> Rows(IQueryable<Ngo> ngos) => ngos.Select(n => new NgoRow
    {
        Id = n.Id,
        Slug = n.Slug,
        Name = n.Name,
        ShortName = n.ShortName,
        LegalForm = n.LegalForm,
        RegistrationNumber = n.RegistrationNumber,
        DescriptionLv = n.DescriptionLv,
        DescriptionEn = n.DescriptionEn,
        RegisteredMunicipalityId = n.RegisteredMunicipalityId,
        Address = n.Address,
        PostalCode = n.PostalCode,
        Nationwide = n.Nationwide,
        Languages = n.Languages,
        Email = n.Email,
        Phone = n.Phone,
        Website = n.Website,
        SocialLinks = n.SocialLinks,
        IsMember = n.IsMember,
        Status = n.Status,
        IsDemo = n.IsDemo,
        CreatedAt = n.CreatedAt,
        UpdatedAt = n.UpdatedAt,
        Version = n.Version,
    });

    /// <summary>Every region, support area and target group of the given NGOs, in one round trip.</summary>
    public static IQueryable<LinkRow> Links(DirectoryDbContext db, IReadOnlyCollection<Guid> ngoIds)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.NgoWorkAreas.Where(w => ngoIds.Contains(w.NgoId)).Select(w => new LinkRow { OwnerId = w.NgoId, Kind = LinkKind.Region, ReferenceId = w.RegionId })
            .Concat(db.NgoSupportAreas.Where(a => ngoIds.Contains(a.NgoId)).Select(a => new LinkRow { OwnerId = a.NgoId, Kind = LinkKind.SupportArea, ReferenceId = a.SupportAreaId }))
            .Concat(db.NgoTargetGroups.Where(g => ngoIds.Contains(g.NgoId)).Select(g => new LinkRow { OwnerId = g.NgoId, Kind = LinkKind.TargetGroup, ReferenceId = g.TargetGroupId }));
    }

    /// <summary>One NGO with its links, tracked, for a write.</summary>
    public static IQueryable<Ngo> ForWrite(DirectoryDbContext db, string idOrSlug)
    {
        var ngos = ForWrite(db);
        return Guid.TryParse(idOrSlug, out var id) ? ngos.Where(n => n.Id == id) : ngos.Where(n => n.Slug == idOrSlug);
    }

    public static IQueryable<Ngo> ForWrite(DirectoryDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Ngos.Include(n => n.WorkAreas).Include(n => n.SupportAreas).Include(n => n.TargetGroups).AsSplitQuery();
    }

    /// <summary>One NGO by id or slug: published only, unless the caller is an editor.</summary>
    public static IQueryable<Ngo> ByIdOrSlug(DirectoryDbContext db, string idOrSlug, bool includeUnpublished = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ngos = includeUnpublished ? db.Ngos.AsNoTracking() : Published(db);
        return Guid.TryParse(idOrSlug, out var id) ? ngos.Where(n => n.Id == id) : ngos.Where(n => n.Slug == idOrSlug);
    }
}

public sealed class NgoRow
{
    public Guid Id { get; init; }
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public string? ShortName { get; init; }
    public LegalForm LegalForm { get; init; }
    public required string RegistrationNumber { get; init; }
    public required string DescriptionLv { get; init; }
    public string? DescriptionEn { get; init; }
    public int RegisteredMunicipalityId { get; init; }
    public required string Address { get; init; }
    public required string PostalCode { get; init; }
    public bool Nationwide { get; init; }
    public required List<string> Languages { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Website { get; init; }
    public required List<SocialLink> SocialLinks { get; init; }
    public bool IsMember { get; init; }
    public PublicationStatus Status { get; init; }
    public bool IsDemo { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public int Version { get; init; }
}

public enum LinkKind
{
    Region,
    SupportArea,
    TargetGroup,
}

/// <summary>One link of a profile to reference data.</summary>
public sealed class LinkRow
{
    public Guid OwnerId { get; init; }
    public LinkKind Kind { get; init; }
    public int ReferenceId { get; init; }
}
