using Directory.Api.Contracts;
using Directory.Api.ReferenceData;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Writes;

/// <summary>The two vocabularies that carry lead-in terms: they differ only by their data.</summary>
public enum LeadInKind
{
    SupportArea,
    TargetGroup,
}

public static class LeadInKinds
{
    /// <summary>The kind as the CSV and the audit trail name it.</summary>
    public static string Code(this LeadInKind kind) => kind == LeadInKind.SupportArea ? "support-area" : "target-group";

    public static string Path(this LeadInKind kind) => kind == LeadInKind.SupportArea ? "support-areas" : "target-groups";

    public static string Noun(this LeadInKind kind) => kind == LeadInKind.SupportArea ? "support area" : "target group";

    public static LeadInKind? Parse(string? code) => code switch
    {
        "support-area" => LeadInKind.SupportArea,
        "target-group" => LeadInKind.TargetGroup,
        _ => null,
    };
}

/// <summary>One entry's lead-in terms as the reference data hold them (read side).</summary>
public sealed record LeadInEntry(LeadInKind Kind, string Code, string NameLv, string NameEn, string? TermsLv, string? TermsEn, int Version)
{
    public LeadInTermsDto Dto => new(Kind.Code(), Code, Localization.Name(NameLv, NameEn), LeadInTerms.Split(TermsLv), LeadInTerms.Split(TermsEn), Version);

    public static LeadInEntry? Find(ReferenceDataCache.Snapshot reference, LeadInKind kind, string code)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return kind == LeadInKind.SupportArea
            ? reference.FindSupportArea(code) is { } a ? Of(a) : null
            : reference.FindTargetGroup(code) is { } g ? Of(g) : null;
    }

    /// <summary>Every entry: support areas, then target groups, each in the taxonomy's order.</summary>
    public static List<LeadInEntry> All(ReferenceDataCache.Snapshot reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return [.. reference.SupportAreas.Values.OrderBy(a => a.Position).Select(Of), .. reference.TargetGroups.Values.OrderBy(g => g.Position).Select(Of)];
    }

    /// <summary>The version of the whole vocabulary, which the CSV's If-Match names: every change raises one entry's version, so the sum only grows.</summary>
    public static int VocabularyVersion(IEnumerable<LeadInEntry> entries) => entries.Sum(e => e.Version);

    public static int VocabularyVersion(IEnumerable<LeadInEntity> entities) => entities.Sum(e => e.Version);

    public static async Task<LeadInEntity?> LoadAsync(DirectoryDbContext db, LeadInKind kind, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return kind == LeadInKind.SupportArea
            ? await db.SupportAreas.FirstOrDefaultAsync(a => a.Code == code, cancellationToken) is { } a ? new LeadInEntity(a) : null
            : await db.TargetGroups.FirstOrDefaultAsync(g => g.Code == code, cancellationToken) is { } g ? new LeadInEntity(g) : null;
    }

    public static async Task<List<LeadInEntity>> LoadAllAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return [.. (await db.SupportAreas.ToListAsync(cancellationToken)).Select(a => new LeadInEntity(a)), .. (await db.TargetGroups.ToListAsync(cancellationToken)).Select(g => new LeadInEntity(g))];
    }

    private static LeadInEntry Of(SupportArea a) => new(LeadInKind.SupportArea, a.Code, a.NameLv, a.NameEn, a.LeadInTermsLv, a.LeadInTermsEn, a.TermsVersion);

    private static LeadInEntry Of(TargetGroup g) => new(LeadInKind.TargetGroup, g.Code, g.NameLv, g.NameEn, g.LeadInTermsLv, g.LeadInTermsEn, g.TermsVersion);
}

/// <summary>A tracked support area or target group whose terms a write replaces (write side).</summary>
public sealed class LeadInEntity
{
    private readonly SupportArea? _area;
    private readonly TargetGroup? _group;

    public LeadInEntity(SupportArea area) => _area = area;

    public LeadInEntity(TargetGroup group) => _group = group;

    public LeadInKind Kind => _area is not null ? LeadInKind.SupportArea : LeadInKind.TargetGroup;

    public string Code => _area?.Code ?? _group!.Code;

    public int Version => _area?.TermsVersion ?? _group!.TermsVersion;

    private int Id => _area?.Id ?? _group!.Id;

    private (string? Lv, string? En) Terms => _area is not null ? (_area.LeadInTermsLv, _area.LeadInTermsEn) : (_group!.LeadInTermsLv, _group.LeadInTermsEn);

    /// <summary>Replaces the terms and records who did, in the audit trail (not public: the vocabulary is not a profile); false when nothing changed.</summary>
    public bool Replace(DirectoryDbContext db, string lv, string en, string actor)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (oldLv, oldEn) = Terms;
        if (oldLv == lv && oldEn == en)
        {
            return false;
        }

        if (_area is not null)
        {
            (_area.LeadInTermsLv, _area.LeadInTermsEn) = (lv, en);
            _area.TermsVersion++;
        }
        else
        {
            (_group!.LeadInTermsLv, _group.LeadInTermsEn) = (lv, en);
            _group.TermsVersion++;
        }

        var changes = AuditTrail.Changes(
            new LeadInTermsRequest(LeadInTerms.Split(oldLv), LeadInTerms.Split(oldEn)), new LeadInTermsRequest(LeadInTerms.Split(lv), LeadInTerms.Split(en)));
        AuditTrail.Record(db, Kind.Code(), EntityIdOf(Kind, Id), AuditAction.Update, actor, changes, isPublic: false);
        return true;
    }

    /// <summary>The audit trail keys entries by a Guid: a reference entry's is its id in the first four bytes.</summary>
    public static Guid EntityIdOf(LeadInKind kind, int id) => new(id, (short)kind, 0, new byte[8]);
}
