using Directory.Api.Queries;
using Directory.Api.ReferenceData;
using Directory.Domain;
using Directory.Infrastructure;
using Directory.Infrastructure.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Writes;

/// <summary>Validates an expert write request, then applies it (consent is recorded with its time): the expert side of the shared write flow.</summary>
public sealed class ExpertWriter : IProfileWriter<Expert, ExpertWriteRequest, Contracts.ExpertDto>
{
    private ExpertWriter()
    {
    }

    public static string EntityType => "expert";

    public static string Noun => "expert";

    public static Task<Expert?> LoadAsync(DirectoryDbContext db, string idOrSlug, CancellationToken cancellationToken) =>
        ExpertQueries.ForWrite(db, idOrSlug).FirstOrDefaultAsync(cancellationToken);

    public static Expert New(Guid id, DateTime now) =>
        new() { Id = id, Slug = "", Name = "", Title = "", BioLv = "", CreatedAt = now, UpdatedAt = now };

    public static Contracts.ExpertDto Represent(Expert entity, Mapping.ProfileAssembler assembler)
    {
        ArgumentNullException.ThrowIfNull(assembler);
        return assembler.Expert(ExpertQueries.RowOf(entity), ExpertQueries.LinksOf(entity));
    }

    public static ExpertWriteRequest ToRequest(Expert expert, ReferenceDataCache.Snapshot reference)
    {
        ArgumentNullException.ThrowIfNull(expert);
        ArgumentNullException.ThrowIfNull(reference);
        return new ExpertWriteRequest
        {
            Slug = expert.Slug,
            Name = expert.Name,
            Title = expert.Title,
            Affiliation = expert.Affiliation,
            BioLv = expert.BioLv,
            BioEn = expert.BioEn,
            Nationwide = expert.Nationwide,
            Regions = [.. expert.Regions.Select(w => reference.Regions[w.RegionId].Code).Order(StringComparer.Ordinal)],
            Expertise = [.. expert.Expertise.Select(a => reference.SupportAreas[a.SupportAreaId].Code).Order(StringComparer.Ordinal)],
            Languages = [.. expert.Languages],
            HelpOffered = [.. Enum.GetValues<HelpKinds>().Where(k => k != HelpKinds.None && expert.HelpKinds.HasFlag(k)).Select(ReferenceData.WireNames.Of)],
            Availability = ReferenceData.WireNames.Of(expert.Availability),
            AvailabilityNote = expert.AvailabilityNote,
            Email = expert.Email,
            Phone = expert.Phone,
            Website = expert.Website,
            ContactConsent = expert.ContactConsentAt is not null,
            Status = ReferenceData.WireNames.Of(expert.Status),
        };
    }

    public static async Task<Dictionary<string, string[]>> ApplyAsync(DirectoryDbContext db, ExpertWriteRequest request, Expert expert, ReferenceDataCache.Snapshot reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(expert);
        var v = new WriteValidation(reference);
        var name = v.Required("name", request.Name);
        var slug = v.Slug(request.Slug, name);
        var title = v.Required("title", request.Title);
        var affiliation = WriteValidation.Optional(request.Affiliation);
        var bioLv = v.Required("bioLv", request.BioLv);
        var bioEn = WriteValidation.Optional(request.BioEn);
        var regions = v.Regions("regions", request.Regions);
        if (!request.Nationwide && regions.Count == 0 && !v.Errors.ContainsKey("regions"))
        {
            v.Add("regions", "Name at least one region, or set nationwide.");
        }

        var expertise = v.SupportAreas("expertise", request.Expertise, required: true);
        var languages = v.Languages("languages", request.Languages);
        var help = HelpKinds.None;
        foreach (var kind in request.HelpOffered ?? [])
        {
            help |= v.Enum<HelpKinds>("helpOffered", kind, HelpKinds.None) ?? HelpKinds.None;
        }

        var availability = v.Enum("availability", request.Availability, (Availability?)Availability.Available);
        var note = WriteValidation.Optional(request.AvailabilityNote);
        var email = WriteValidation.Optional(request.Email);
        var phone = WriteValidation.Optional(request.Phone);
        var website = WriteValidation.Optional(request.Website);
        var status = v.Enum("status", request.Status, (PublicationStatus?)PublicationStatus.Draft);
        if (slug is not null && await db.Experts.AnyAsync(e => e.Slug == slug && e.Id != expert.Id, cancellationToken))
        {
            v.Add("slug", $"Another expert has the slug '{slug}'.");
        }

        if (!v.IsValid)
        {
            return v.Errors;
        }

        expert.Slug = slug!;
        expert.Name = name!;
        expert.Title = title!;
        expert.Affiliation = affiliation;
        expert.BioLv = bioLv!;
        expert.BioEn = bioEn;
        expert.Nationwide = request.Nationwide;
        Links.Sync(expert.Regions, regions.Select(r => r.Id), w => w.RegionId, id => new ExpertWorkArea { ExpertId = expert.Id, RegionId = id });
        Links.Sync(expert.Expertise, expertise.Select(a => a.Id), a => a.SupportAreaId, id => new ExpertSupportArea { ExpertId = expert.Id, SupportAreaId = id });
        if (!expert.Languages.SequenceEqual(languages))
        {
            expert.Languages = languages;
        }

        expert.HelpKinds = help;
        expert.Availability = availability!.Value;
        expert.AvailabilityNote = note;
        expert.Email = email;
        expert.Phone = phone;
        expert.Website = website;
        // Withdrawing consent hides the contacts at once; giving it again records the new time.
        expert.ContactConsentAt = request.ContactConsent ? expert.ContactConsentAt ?? DateTime.UtcNow : null;
        expert.Status = status!.Value;
        return v.Errors;
    }
}
