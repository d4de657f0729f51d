using Directory.Infrastructure.Configurations;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Directory.Api.ReferenceData;
using Directory.Api.Writes;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Transfer;

public sealed record ImportIssue([property: MaxLength(ProfileLimits.Name)] string Column, string Message);

/// <param name="Row">Line of the row in the CSV file, or 1-based index in the JSON array.</param>
/// <param name="Action">create, update, unchanged or rejected.</param>
public sealed record ImportRowReport(
    [property: Range(1, int.MaxValue)] int Row,
    [property: MaxLength(20)] string Action,
    [property: MaxLength(ProfileLimits.Slug)] string? Slug,
    [property: MaxLength(11)] string? RegistrationNumber,
    IReadOnlyList<ImportIssue> Errors);

/// <param name="DryRun">True when nothing was meant to be written.</param>
/// <param name="Written">True when the changes were committed.</param>
public sealed record ImportReport(bool DryRun, bool Written, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<ImportRowReport> Rows);

/// <summary>
/// Loads NGOs from CSV or JSON: each row is matched by registration number, then slug, and created or
/// updated; nothing is deleted. Everything is validated first; a real run writes all rows in one
/// transaction, or none when any row is rejected. Region, support-area and target-group columns take
/// codes or Latvian names.
/// </summary>
public sealed class NgoImporter(DirectoryDbContext db, ReferenceDataCache.Snapshot reference, Validation.DeclaredRules rules, string actor)
{
    /// <param name="content">The file, read as it is parsed: rows become requests as they come, so what is held is the requests, not the file.</param>
    public async Task<ImportReport> ImportAsync(Stream content, bool json, bool dryRun, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        _dryRun = dryRun;
        var keep = new Dictionary<int, string>();
        var rows = json ? await ReadJsonAsync(content, keep, cancellationToken) : await ReadCsvAsync(content);
        var requests = rows.Select(r => Resolve(r.Request)).ToList();
        var known = await KnownNgos.LoadAsync(db, requests, cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            // A row from the JSON export holds one description: the other stays as the directory has it.
            if (keep.TryGetValue(rows[i].Row, out var language) && known.Match(requests[i]) is { } existing)
            {
                requests[i] = language == ReferenceData.Localization.English ? requests[i] with { DescriptionEn = existing.DescriptionEn } : requests[i] with { DescriptionLv = existing.DescriptionLv };
            }
        }

        var reports = new List<ImportRowReport>();
        var seenSlugs = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            reports.Add(await ImportRowAsync(rows[i].Row, requests[i], rows[i].Errors, known, seenSlugs, seenNumbers, cancellationToken));
            progress?.Report((i + 1, rows.Count));
        }

        var rejected = reports.Count(r => r.Action == "rejected");
        var write = !dryRun && rejected == 0;
        if (write)
        {
            await SaveAsync(cancellationToken);
        }

        foreach (var outcome in reports.CountBy(r => r.Action))
        {
            Telemetry.DirectoryTelemetry.ImportedRows.Add(outcome.Value, new("outcome", outcome.Key), new("dry_run", dryRun));
        }

        var report = new ImportReport(dryRun, write, Count("create"), Count("update"), Count("unchanged"), rejected, reports);
        // Every row, entity and audit entry let go before the answer. The last real wait was for the body:
        // SQLite's "async" calls complete at once, so the handler goes on (and runs its full collection,
        // TransferEndpoints.ReleaseImportMemory) on top of this method's frame, whose state, and this
        // importer, are still reachable there. Held, all of it was kept by that collection and moved into the
        // oldest generation: ~30 MB at 100,000 NGOs, resident until some later full collection.
        rows.Clear();
        requests.Clear();
        known.Clear();
        seenSlugs.Clear();
        seenNumbers.Clear();
        _created.Clear();
        _audit.Clear();
        return report;

        int Count(string action) => reports.Count(r => r.Action == action);
    }

    // New NGOs, their links and every row's audit entry, inserted in bulk (see BulkInsert): most of an import.
    // A dry run keeps neither (nor the new NGOs' search text): it only reports.
    private readonly List<Ngo> _created = [];
    private readonly List<AuditEntry> _audit = [];
    private bool _dryRun;

    /// <summary>Everything in one transaction: the updated NGOs by SaveChanges, then in bulk the new ones, their links and the audit entries.</summary>
    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
            // In key order (SQLite stores a uuid as upper-case text): each insert lands beside the last in the B-tree.
            var created = _created.OrderBy(n => n.Id.ToString("D").ToUpperInvariant(), StringComparer.Ordinal).ToList();
            await BulkInsert.InsertAsync(db, created, ct);
            await BulkInsert.InsertAsync(db, [.. created.SelectMany(n => n.WorkAreas)], ct);
            await BulkInsert.InsertAsync(db, [.. created.SelectMany(n => n.SupportAreas)], ct);
            await BulkInsert.InsertAsync(db, [.. created.SelectMany(n => n.TargetGroups)], ct);
            await db.AssignFeedPositionsAsync(_audit, ct);
            await BulkInsert.InsertAsync(db, _audit, ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        db.ChangeTracker.AcceptAllChanges();
    }

    private async Task<ImportRowReport> ImportRowAsync(
        int row, NgoWriteRequest request, List<(string Column, string Message)> rowErrors, KnownNgos known,
        Dictionary<string, int> seenSlugs, Dictionary<string, int> seenNumbers, CancellationToken cancellationToken)
    {
        var existing = known.Match(request);
        var reported = existing?.Slug ?? request.Slug;
        var ngo = existing ?? NewNgo();
        var before = existing is null ? null : NgoWriter.ToRequest(existing, reference);
        var wasPublic = existing?.Status == PublicationStatus.Published;
        var errors = WriteBody.Merged(rules.Check(request), await NgoWriter.ApplyAsync(known.Holders, request, ngo, reference, cancellationToken));
        var issues = rowErrors.Select(e => new ImportIssue(e.Column, e.Message))
            .Concat(errors.SelectMany(e => e.Value.Select(m => new ImportIssue(e.Key, m))))
            .ToList();

        // Two rows of one file must not claim the same NGO.
        if (ngo.Slug is { Length: > 0 } ngoSlug && !seenSlugs.TryAdd(ngoSlug, row))
        {
            issues.Add(new ImportIssue("slug", $"Row {seenSlugs[ngoSlug]} has the same slug."));
        }

        if (request.RegistrationNumber is { } reg && !seenNumbers.TryAdd(reg, row))
        {
            issues.Add(new ImportIssue("registrationNumber", $"Row {seenNumbers[reg]} has the same registration number."));
        }

        // A rejected row may leave tracked changes behind: harmless, as nothing is saved when any row is rejected.
        if (issues.Count > 0)
        {
            return new ImportRowReport(row, "rejected", reported, request.RegistrationNumber, issues);
        }

        var after = NgoWriter.ToRequest(ngo, reference);
        if (existing is null)
        {
            if (!_dryRun)
            {
                ngo.RefreshDerivedText(); // as SaveChanges does for the NGOs it saves
                _created.Add(ngo);
                _audit.Add(AuditTrail.Entry("ngo", ngo.Id, AuditAction.Create, actor, AuditTrail.Changes(null, after), ngo.Status == PublicationStatus.Published));
            }

            return new ImportRowReport(row, "create", ngo.Slug, ngo.RegistrationNumber, []);
        }

        if (AuditTrail.Changes(before, after) is not { } changes)
        {
            return new ImportRowReport(row, "unchanged", ngo.Slug, ngo.RegistrationNumber, []);
        }

        ngo.UpdatedAt = DateTime.UtcNow;
        var action = ngo.Status == PublicationStatus.Archived && before!.Status != ReferenceData.WireNames.Of(PublicationStatus.Archived) ? AuditAction.Archive : AuditAction.Update;
        if (!_dryRun)
        {
            _audit.Add(AuditTrail.Entry("ngo", ngo.Id, action, actor, changes, wasPublic || ngo.Status == PublicationStatus.Published));
        }

        return new ImportRowReport(row, "update", ngo.Slug, ngo.RegistrationNumber, []);
    }

    /// <summary>Codes pass through; Latvian names (any case, with or without diacritics) become codes.</summary>
    private NgoWriteRequest Resolve(NgoWriteRequest request) => request with
    {
        RegisteredMunicipality = request.RegisteredMunicipality is { } m
            ? ByName(reference.Regions.Values.Where(r => r.Kind != RegionKind.PlanningRegion), m, r => r.NameLv, r => r.Code) ?? RegionCode(m)
            : null,
        WorkAreas = request.WorkAreas?.Select(RegionCode).ToList(),
        SupportAreas = request.SupportAreas?.Select(a => reference.FindSupportArea(a)?.Code ?? ByName(reference.SupportAreas.Values, a, x => x.NameLv, x => x.Code) ?? a).ToList(),
        TargetGroups = request.TargetGroups?.Select(g => reference.FindTargetGroup(g)?.Code ?? ByName(reference.TargetGroups.Values, g, x => x.NameLv, x => x.Code) ?? g).ToList(),
    };

    private string RegionCode(string value) =>
        reference.FindRegion(value)?.Code
        ?? ByName(reference.Regions.Values, value, r => r.NameLv, r => r.Code)
        ?? ByName(reference.Regions.Values.Where(r => r.Kind == RegionKind.PlanningRegion), value, r => r.NameLv.Split(' ')[0], r => r.Code)
        ?? value;

    private static string? ByName<T>(IEnumerable<T> items, string name, Func<T, string> nameOf, Func<T, string> codeOf)
    {
        var folded = LatvianText.Fold(name);
        return items.Where(i => LatvianText.Fold(nameOf(i)) == folded).Select(codeOf).FirstOrDefault();
    }

    private static Ngo NewNgo()
    {
        var now = DateTime.UtcNow;
        return new Ngo { Id = Guid.NewGuid(), Slug = "", Name = "", RegistrationNumber = "", DescriptionLv = "", Address = "", PostalCode = "", CreatedAt = now, UpdatedAt = now };
    }

    private static async Task<List<(int Row, NgoWriteRequest Request, List<(string Column, string Message)> Errors)>> ReadCsvAsync(Stream content)
    {
        using var reader = Csv.Reader(content);
        string[]? header = null;
        var rows = new List<(int, NgoWriteRequest, List<(string, string)>)>();
        await foreach (var (line, fields) in Csv.Read(reader))
        {
            if (header is null)
            {
                header = Header(fields);
                continue;
            }

            var errors = new List<(string, string)>();
            if (fields.Length != header.Length)
            {
                errors.Add(("row", $"Has {fields.Length} fields; the header has {header.Length}."));
            }

            var named = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                named[header[i]] = i < fields.Length ? fields[i] : "";
            }

            rows.Add((line, NgoCsv.FromFields(named, errors), errors));
        }

        return header is null ? throw new ImportFormatException("The file is empty: it needs a header row and at least one NGO.") : rows;
    }

    private static string[] Header(string[] fields)
    {
        var header = fields.Select(f => f.Trim()).ToArray();
        if (header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ImportFormatException($"The column '{twice.Key}' appears more than once in the header; keep one.");
        }

        var unknown = header.Where(h => !NgoCsv.Columns.Contains(h, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new ImportFormatException($"Unknown columns: {string.Join(", ", unknown)}. The columns are: {string.Join(", ", NgoCsv.Columns)}.");
        }

        var missing = NgoCsv.RequiredColumns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        return missing.Count > 0 ? throw new ImportFormatException($"Missing columns: {string.Join(", ", missing)}.") : header;
    }

    /// <param name="keep">For rows in the export's shape: the description language the row does not hold.</param>
    private static async Task<List<(int Row, NgoWriteRequest Request, List<(string Column, string Message)> Errors)>> ReadJsonAsync(Stream content, Dictionary<int, string> keep, CancellationToken cancellationToken)
    {
        List<NgoWriteRequest>? items;
        try
        {
            using var document = await JsonDocument.ParseAsync(content, cancellationToken: cancellationToken);
            if (WriteBody.DuplicateMember(document.RootElement) is { } duplicate)
            {
                throw new ImportFormatException($"The member '{duplicate.Name}' appears more than once in one object (at {duplicate.Path}); send it once.");
            }

            var node = JsonSerializer.Deserialize<System.Text.Json.Nodes.JsonNode>(document);
            if (WriteBody.NullElement(node) is { } element)
            {
                throw new ImportFormatException(WriteBody.NullElementMessage, element);
            }

            // The JSON export's own shape (GET /ngos/export?format=json) imports too, one element at a time.
            if (document.RootElement is { ValueKind: JsonValueKind.Array } array && array.EnumerateArray().Any(PublishedNgoJson.IsPublished))
            {
                items = [.. array.EnumerateArray().Select((item, i) =>
                {
                    if (!PublishedNgoJson.IsPublished(item))
                    {
                        return item.Deserialize<NgoWriteRequest>(WriteBody.Options)!;
                    }

                    var request = PublishedNgoJson.ToRequest(item, out var language);
                    keep[i + 1] = language;
                    return request;
                })];
            }
            else
            {
                items = node.Deserialize<List<NgoWriteRequest>>(WriteBody.Options);
            }
        }
        catch (JsonException e) when (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            // The serializer's own words end in a type name ("could not be mapped to any .NET member…").
            throw new ImportFormatException(
                $"Unknown member '{e.Path?.Split('.')[^1]}' at {e.Path?.TrimStart('$')}: rows take the write API's members (POST /api/v1/ngos), as the CSV export's columns are.");
        }
        catch (JsonException e)
        {
            throw new ImportFormatException($"Not a JSON array of NGOs in the write API's shape ({e.Path}: {e.Message.Split(". ")[0]}).");
        }

        return [.. (items ?? []).Select((item, i) => (i + 1, item, new List<(string, string)>()))];
    }
}
