using Directory.Api.Queries;
using Directory.Api.ReferenceData;
using Directory.Domain;

namespace Directory.Api.Hsds;

/// <summary>
/// A published NGO as HSDS objects (docs/hsds-mapping.md): the NGO is the organization, its support one
/// service at its registered address, its support areas and target groups attributes linking taxonomy
/// terms, its work areas service areas. Names follow the served language as in v1.
/// </summary>
public sealed class HsdsMapper(ReferenceDataCache.Snapshot reference, Uri origin)
{
    public const string Version = "3.1";
    private const string Country = "LV";

    public IReadOnlyList<HsdsTaxonomy> Taxonomies() =>
    [
        new(HsdsIds.SupportAreas, Localization.Name("LBLT atbalsta jomas", "LBLT support areas"),
            "What an NGO's support is about (codes of GET /api/v1/support-areas); a parent term covers its children.", new Uri(origin, "api/v1/support-areas"), "1"),
        new(HsdsIds.TargetGroups, Localization.Name("LBLT mērķgrupas", "LBLT target groups"),
            "Whom an NGO's support is for (codes of GET /api/v1/target-groups).", new Uri(origin, "api/v1/target-groups"), "1"),
    ];

    /// <summary>Every term: support areas (parents before children), then target groups.</summary>
    public IReadOnlyList<HsdsTaxonomyTerm> Terms() => reference.Derived($"hsds-terms-{Localization.Current}", _ =>
        (IReadOnlyList<HsdsTaxonomyTerm>)[.. reference.SupportAreas.Values.OrderBy(a => a.ParentId is null ? a.Position : reference.SupportAreas[a.ParentId.Value].Position).ThenBy(a => a.ParentId is null ? -1 : a.Position).Select(AreaTerm),
            .. reference.TargetGroups.Values.OrderBy(g => g.Position).Select(GroupTerm)]);

    public HsdsTaxonomyTerm AreaTerm(SupportArea area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return new HsdsTaxonomyTerm(HsdsIds.SupportAreaTerm(area.Code), area.Code, Localization.Name(area.NameLv, area.NameEn), $"{area.NameLv} / {area.NameEn}",
            HsdsIds.SupportAreas, "LBLT support areas", Localization.Current)
        {
            ParentId = area.ParentId is { } parent ? HsdsIds.SupportAreaTerm(reference.SupportAreas[parent].Code) : null,
        };
    }

    public HsdsTaxonomyTerm GroupTerm(TargetGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new HsdsTaxonomyTerm(HsdsIds.TargetGroupTerm(group.Code), group.Code, Localization.Name(group.NameLv, group.NameEn), $"{group.NameLv} / {group.NameEn}",
            HsdsIds.TargetGroups, "LBLT target groups", Localization.Current);
    }

    /// <summary>The list's one-to-one fields, or (<paramref name="full"/>) everything, its service in full when <paramref name="fullServices"/>.</summary>
    public HsdsOrganization Organization(NgoRow row, ProfileLinks links, bool full, bool fullServices = false, IReadOnlyList<HsdsMetadata>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(row);
        var organization = new HsdsOrganization(row.Id, row.Name, Description(row))
        {
            AlternateName = row.ShortName,
            Email = row.Email,
            Website = Url(row.Website),
            LegalStatus = row.LegalForm switch
            {
                LegalForm.Association => "biedrība (association)",
                LegalForm.Foundation => "nodibinājums (foundation)",
                _ => "reliģiska organizācija (religious organisation)",
            },
            Uri = new Uri(origin, $"api/v1/ngos/{row.Slug}"),
        };
        return !full ? organization : organization with
        {
            Phones = row.Phone is { } phone ? [new HsdsPhone(HsdsIds.Of(row.Id, "phone"), phone) { OrganizationId = row.Id }] : [],
            Locations = [Location(row)],
            OrganizationIdentifiers = [new(HsdsIds.Of(row.Id, "registration-number"), row.Id, "LV-RE", "Reģistrācijas numurs (Uzņēmumu reģistrs)", row.RegistrationNumber)],
            Services = [Service(row, links, fullServices)],
            Metadata = metadata,
        };
    }

    public HsdsService Service(NgoRow row, ProfileLinks links, bool full, bool withOrganization = false, IReadOnlyList<HsdsMetadata>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(links);
        var id = HsdsIds.Service(row.Id);
        var service = new HsdsService(id, row.Id, row.Name, "active")
        {
            AlternateName = row.ShortName,
            Description = Description(row),
            Url = Url(row.Website),
            Email = row.Email,
            LastModified = DateTime.SpecifyKind(row.UpdatedAt, DateTimeKind.Utc),
        };
        return !full ? service : service with
        {
            Phones = row.Phone is { } phone ? [new HsdsPhone(HsdsIds.Of(row.Id, "service-phone"), phone) { ServiceId = id }] : [],
            ServiceAreas = ServiceAreas(row, links, id),
            ServiceAtLocations = [ServiceAtLocation(row, links, full: false) with { Location = Location(row) }],
            Languages = [.. row.Languages.Select(code => new HsdsLanguage(HsdsIds.Of(id, "language", code), id, code))],
            Organization = withOrganization ? Organization(row, links, full: false) : null,
            Attributes = Attributes(links, id),
            Metadata = metadata,
        };
    }

    public HsdsServiceAtLocation ServiceAtLocation(NgoRow row, ProfileLinks links, bool full)
    {
        ArgumentNullException.ThrowIfNull(row);
        var place = reference.Regions.GetValueOrDefault(row.RegisteredMunicipalityId);
        var at = new HsdsServiceAtLocation(HsdsIds.ServiceAtLocation(row.Id), HsdsIds.Service(row.Id), HsdsIds.Location(row.Id))
        {
            Description = place is null ? null : $"{row.Name}: {Localization.Name(place.NameLv, place.NameEn)}",
        };
        return !full ? at : at with { Location = Location(row), Service = Service(row, links, full: false, withOrganization: true) };
    }

    private HsdsLocation Location(NgoRow row)
    {
        var id = HsdsIds.Location(row.Id);
        var municipality = reference.Regions.GetValueOrDefault(row.RegisteredMunicipalityId);
        var region = municipality?.ParentId is { } parent ? reference.Regions.GetValueOrDefault(parent) : null;
        return new HsdsLocation(id, "physical", row.Id, row.Name)
        {
            Addresses =
            [
                new HsdsAddress(HsdsIds.Of(row.Id, "address"), id, row.Address, Named(municipality), Named(region), row.PostalCode, Country, "physical"),
            ],
        };
    }

    private List<HsdsServiceArea> ServiceAreas(NgoRow row, ProfileLinks links, Guid service)
    {
        if (row.Nationwide)
        {
            return [new HsdsServiceArea(HsdsIds.Of(service, "area", Country), service, Localization.Name("Latvija", "Latvia"), "ISO 3166-1 LV: nationwide")];
        }

        return [.. links.Regions.Select(id => reference.Regions[id]).Select(r => new HsdsServiceArea(
            HsdsIds.Of(service, "area", r.Code), service, Localization.Name(r.NameLv, r.NameEn),
            r.Kind == RegionKind.PlanningRegion ? $"Planning region {r.Slug} (whole region)" : $"ATVK {r.Code}"))];
    }

    private List<HsdsAttribute> Attributes(ProfileLinks links, Guid service) =>
    [
        .. links.SupportAreas.Select(id => AreaTerm(reference.SupportAreas[id])).Select(t => Attribute(t, "support_area", service)),
        .. links.TargetGroups.Select(id => GroupTerm(reference.TargetGroups[id])).Select(t => Attribute(t, "target_group", service)),
    ];

    private static HsdsAttribute Attribute(HsdsTaxonomyTerm term, string linkType, Guid service) =>
        new(HsdsIds.Of(service, "attribute", term.Id), service, term.Id, linkType, "service", term.Name) { TaxonomyTerm = term };

    /// <summary>Latvian first; the English description after it where there is one.</summary>
    private static string Description(NgoRow row) =>
        string.IsNullOrEmpty(row.DescriptionEn) ? row.DescriptionLv : $"{row.DescriptionLv}\n\n{row.DescriptionEn}";

    private static string Named(Region? region) => region is null ? "" : Localization.Name(region.NameLv, region.NameEn);

    private static Uri? Url(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;
}
