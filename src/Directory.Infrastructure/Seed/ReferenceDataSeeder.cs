using System.Text.Json;
using Directory.Domain;
using Microsoft.EntityFrameworkCore;

namespace Directory.Infrastructure.Seed;

/// <summary>Brings regions, support areas and target groups up to the catalog: adds what is missing, renames what changed.</summary>
public static class ReferenceDataSeeder
{
    public static async Task SeedAsync(DirectoryDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await SeedRegionsAsync(db, cancellationToken);
        await SeedSupportAreasAsync(db, cancellationToken);
        await SeedTargetGroupsAsync(db, cancellationToken);
    }

    private static async Task SeedRegionsAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var file = await LoadRegionsFileAsync(cancellationToken);
        var existing = await db.Regions.ToDictionaryAsync(r => r.Code, cancellationToken);

        foreach (var planning in file.PlanningRegions)
        {
            var region = Upsert(db, existing, planning.Code, () => new Region
            {
                Code = planning.Code, Slug = planning.Code, Kind = RegionKind.PlanningRegion, NameLv = planning.NameLv, NameEn = planning.NameEn,
            });
            region.NameLv = planning.NameLv;
            region.NameEn = planning.NameEn;
            region.Nuts3 = planning.Nuts3_2024;
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var municipality in file.Municipalities)
        {
            var region = Upsert(db, existing, municipality.Atvk, () => new Region
            {
                Code = municipality.Atvk, Slug = municipality.Slug, Kind = RegionKind.Municipality, NameLv = municipality.NameLv, NameEn = municipality.NameEn,
            });
            region.Slug = municipality.Slug;
            region.Kind = municipality.Kind == "state-city" ? RegionKind.StateCity : RegionKind.Municipality;
            region.NameLv = municipality.NameLv;
            region.NameEn = municipality.NameEn;
            region.Nuts3 = municipality.Nuts3;
            region.IsoCode = municipality.Iso3166_2;
            region.ParentId = existing[municipality.PlanningRegion].Id;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SeedSupportAreasAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var catalog = ReferenceCatalog.SupportAreas;
        var existing = await db.SupportAreas.ToDictionaryAsync(a => a.Code, cancellationToken);
        for (var position = 0; position < catalog.Count; position++)
        {
            var entry = catalog[position];
            var area = Upsert(db, existing, entry.Code, () => new SupportArea { Code = entry.Code, NameLv = entry.NameLv, NameEn = entry.NameEn });
            area.NameLv = entry.NameLv;
            area.NameEn = entry.NameEn;
            area.Position = position;
            area.Parent = entry.ParentCode is null ? null : existing[entry.ParentCode];
            SeedTerms(LeadInCatalog.SupportAreas, entry.Code, area.LeadInTermsLv, area.LeadInTermsEn, (lv, en) => (area.LeadInTermsLv, area.LeadInTermsEn) = (lv, en));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SeedTargetGroupsAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.TargetGroups.ToDictionaryAsync(g => g.Code, cancellationToken);
        for (var position = 0; position < ReferenceCatalog.TargetGroups.Count; position++)
        {
            var entry = ReferenceCatalog.TargetGroups[position];
            var group = Upsert(db, existing, entry.Code, () => new TargetGroup { Code = entry.Code, NameLv = entry.NameLv, NameEn = entry.NameEn });
            group.NameLv = entry.NameLv;
            group.NameEn = entry.NameEn;
            group.Position = position;
            SeedTerms(LeadInCatalog.TargetGroups, entry.Code, group.LeadInTermsLv, group.LeadInTermsEn, (lv, en) => (group.LeadInTermsLv, group.LeadInTermsEn) = (lv, en));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The starter lead-in terms, for an entry that never had a list: once given, they are LBLT's to edit (an emptied list stays empty).</summary>
    private static void SeedTerms(IReadOnlyDictionary<string, LeadInCatalog.Terms> catalog, string code, string? lv, string? en, Action<string, string> set)
    {
        if (lv is null && en is null && catalog.TryGetValue(code, out var terms))
        {
            set(Stored(terms.Lv), Stored(terms.En));
        }

        static string Stored(string terms) => LeadInTerms.Join(terms.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static T Upsert<T>(DirectoryDbContext db, Dictionary<string, T> existing, string code, Func<T> create)
        where T : class
    {
        if (!existing.TryGetValue(code, out var item))
        {
            item = create();
            db.Add(item);
            existing[code] = item;
        }

        return item;
    }

    private static async Task<RegionsFile> LoadRegionsFileAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(ReferenceDataSeeder).Assembly.GetManifestResourceStream("lv-regions.json")
            ?? throw new InvalidOperationException("The embedded lv-regions.json is missing.");
        return await JsonSerializer.DeserializeAsync<RegionsFile>(stream, JsonOptions, cancellationToken)
            ?? throw new InvalidOperationException("lv-regions.json is empty.");
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record RegionsFile(List<PlanningRegionRow> PlanningRegions, List<MunicipalityRow> Municipalities);

    private sealed record PlanningRegionRow(string Code, string NameLv, string NameEn, string? Nuts3_2024);

    private sealed record MunicipalityRow(string Atvk, string NameLv, string NameEn, string Slug, string Kind, string PlanningRegion, string? Nuts3, string? Iso3166_2);
}
