using Directory.Api.Queries;
using Directory.Api.ReferenceData;
using Directory.Domain;
using Directory.Infrastructure;
using Directory.Infrastructure.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Writes;

/// <summary>Validates an NGO write request against the reference data and the database, then applies it: the NGO side of the shared write flow.</summary>
public sealed class NgoWriter : IProfileWriter<Ngo, NgoWriteRequest, Contracts.NgoDto>
{
    private NgoWriter()
    {
    }

    public static string EntityType => "ngo";

    public static string Noun => "NGO";

    public static Task<Ngo?> LoadAsync(DirectoryDbContext db, string idOrSlug, CancellationToken cancellationToken) =>
        NgoQueries.ForWrite(db, idOrSlug).FirstOrDefaultAsync(cancellationToken);

    public static Ngo New(Guid id, DateTime now) =>
        new() { Id = id, Slug = "", Name = "", RegistrationNumber = "", DescriptionLv = "", Address = "", PostalCode = "", CreatedAt = now, UpdatedAt = now };

    public static Contracts.NgoDto Represent(Ngo entity, Mapping.ProfileAssembler assembler)
    {
        ArgumentNullException.ThrowIfNull(assembler);
        return assembler.Ngo(NgoQueries.RowOf(entity), NgoQueries.LinksOf(entity));
    }

    public static NgoWriteRequest ToRequest(Ngo ngo, ReferenceDataCache.Snapshot reference) =>
        ToRequest(NgoQueries.RowOf(ngo), NgoQueries.LinksOf(ngo), reference);

    public static NgoWriteRequest ToRequest(NgoRow ngo, ProfileLinks links, ReferenceDataCache.Snapshot reference)
    {
        ArgumentNullException.ThrowIfNull(ngo);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(reference);
        return new NgoWriteRequest
        {
            Slug = ngo.Slug,
            Name = ngo.Name,
            ShortName = ngo.ShortName,
            LegalForm = ReferenceData.WireNames.Of(ngo.LegalForm),
            RegistrationNumber = ngo.RegistrationNumber,
            DescriptionLv = ngo.DescriptionLv,
            DescriptionEn = ngo.DescriptionEn,
            RegisteredMunicipality = reference.Regions[ngo.RegisteredMunicipalityId].Code,
            Address = ngo.Address,
            PostalCode = ngo.PostalCode,
            Nationwide = ngo.Nationwide,
            WorkAreas = [.. links.Regions.Select(id => reference.Regions[id].Code).Order(StringComparer.Ordinal)],
            SupportAreas = [.. links.SupportAreas.Select(id => reference.SupportAreas[id].Code).Order(StringComparer.Ordinal)],
            TargetGroups = [.. links.TargetGroups.Select(id => reference.TargetGroups[id].Code).Order(StringComparer.Ordinal)],
            Languages = [.. ngo.Languages],
            Email = ngo.Email,
            Phone = ngo.Phone,
            Website = ngo.Website,
            SocialLinks = [.. ngo.SocialLinks.Select(s => new SocialLinkWrite(s.Network, s.Url))],
            IsMember = ngo.IsMember,
            Status = ReferenceData.WireNames.Of(ngo.Status),
        };
    }

    /// <summary>Applies the request to <paramref name="ngo"/> when it is valid; otherwise returns the errors and leaves it alone.</summary>
    public static Task<Dictionary<string, string[]>> ApplyAsync(DirectoryDbContext db, NgoWriteRequest request, Ngo ngo, ReferenceDataCache.Snapshot reference, CancellationToken cancellationToken) =>
        ApplyAsync(NgoKeyHolders.InDatabase(db), request, ngo, reference, cancellationToken);

    /// <param name="holders">Who holds a slug or registration number now: the database, or what an import looked up for all its rows at once.</param>
    public static async Task<Dictionary<string, string[]>> ApplyAsync(NgoKeyHolders holders, NgoWriteRequest request, Ngo ngo, ReferenceDataCache.Snapshot reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holders);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(ngo);
        var v = new WriteValidation(reference);
        var name = v.Required("name", request.Name);
        var slug = v.Slug(request.Slug, name);
        var shortName = WriteValidation.Optional(request.ShortName);
        var legalForm = v.Enum<LegalForm>("legalForm", request.LegalForm, null);
        v.Required("registrationNumber", request.RegistrationNumber);
        var descriptionLv = v.Required("descriptionLv", request.DescriptionLv);
        var descriptionEn = WriteValidation.Optional(request.DescriptionEn);
        var municipality = v.Municipality("registeredMunicipality", request.RegisteredMunicipality);
        var address = v.Required("address", request.Address);
        var postalCode = v.Required("postalCode", request.PostalCode);
        var workAreas = v.Regions("workAreas", request.WorkAreas);
        if (!request.Nationwide && workAreas.Count == 0 && !v.Errors.ContainsKey("workAreas"))
        {
            v.Add("workAreas", "Name at least one region, or set nationwide.");
        }

        var supportAreas = v.SupportAreas("supportAreas", request.SupportAreas, required: true);
        var targetGroups = v.TargetGroups("targetGroups", request.TargetGroups);
        var languages = v.Languages("languages", request.Languages);
        var email = WriteValidation.Optional(request.Email);
        var phone = WriteValidation.Optional(request.Phone);
        var website = WriteValidation.Optional(request.Website);
        var social = new List<SocialLink>();
        foreach (var (link, i) in (request.SocialLinks ?? []).Select((l, i) => (l, i)))
        {
            var network = v.Required($"socialLinks[{i}].network", link.Network);
            var url = v.Required($"socialLinks[{i}].url", link.Url);
            if (network is not null && url is not null)
            {
                social.Add(new SocialLink { Network = network, Url = url });
            }
        }

        var status = v.Enum("status", request.Status, (PublicationStatus?)PublicationStatus.Draft);

        if (slug is not null && await holders.SlugTaken(slug, ngo.Id, cancellationToken))
        {
            v.Add("slug", $"Another NGO has the slug '{slug}'.");
        }

        if (request.RegistrationNumber is { } number && await holders.RegistrationNumberTaken(number, ngo.Id, cancellationToken))
        {
            v.Add("registrationNumber", $"Another NGO has the registration number {number}.");
        }

        if (!v.IsValid)
        {
            return v.Errors;
        }

        ngo.Slug = slug!;
        ngo.Name = name!;
        ngo.ShortName = shortName;
        ngo.LegalForm = legalForm!.Value;
        ngo.RegistrationNumber = request.RegistrationNumber!;
        ngo.DescriptionLv = descriptionLv!;
        ngo.DescriptionEn = descriptionEn;
        ngo.RegisteredMunicipalityId = municipality!.Id;
        ngo.Address = address!;
        ngo.PostalCode = postalCode!;
        ngo.Nationwide = request.Nationwide;
        Links.Sync(ngo.WorkAreas, workAreas.Select(r => r.Id), w => w.RegionId, id => new NgoWorkArea { NgoId = ngo.Id, RegionId = id });
        Links.Sync(ngo.SupportAreas, supportAreas.Select(a => a.Id), a => a.SupportAreaId, id => new NgoSupportArea { NgoId = ngo.Id, SupportAreaId = id });
        Links.Sync(ngo.TargetGroups, targetGroups.Select(g => g.Id), g => g.TargetGroupId, id => new NgoTargetGroup { NgoId = ngo.Id, TargetGroupId = id });
        if (!ngo.Languages.SequenceEqual(languages))
        {
            ngo.Languages = languages;
        }

        ngo.Email = email;
        ngo.Phone = phone;
        ngo.Website = website;
        if (!ngo.SocialLinks.Select(s => (s.Network, s.Url)).SequenceEqual(social.Select(s => (s.Network, s.Url))))
        {
            ngo.SocialLinks = social;
        }

        ngo.IsMember = request.IsMember;
        ngo.Status = status!.Value;
        return v.Errors;
    }
}

/// <summary>Whether another NGO than the one given holds a slug or a registration number (both are unique).</summary>
public sealed record NgoKeyHolders(
    Func<string, Guid, CancellationToken, ValueTask<bool>> SlugTaken,
    Func<string, Guid, CancellationToken, ValueTask<bool>> RegistrationNumberTaken)
{
    public static NgoKeyHolders InDatabase(DirectoryDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new(
            async (slug, id, ct) => await db.Ngos.AnyAsync(n => n.Slug == slug && n.Id != id, ct),
            async (number, id, ct) => await db.Ngos.AnyAsync(n => n.RegistrationNumber == number && n.Id != id, ct));
    }

    /// <summary>From holders looked up beforehand: a key not in the map is held by nobody.</summary>
    public static NgoKeyHolders Known(IReadOnlyDictionary<string, Guid> slugs, IReadOnlyDictionary<string, Guid> registrationNumbers) => new(
        (slug, id, _) => ValueTask.FromResult(slugs.TryGetValue(slug, out var holder) && holder != id),
        (number, id, _) => ValueTask.FromResult(registrationNumbers.TryGetValue(number, out var holder) && holder != id));
}

internal static class Links
{
    /// <summary>Makes a link collection hold exactly <paramref name="ids"/>, keeping links that stay (EF tracks them by key).</summary>
    public static void Sync<T>(List<T> links, IEnumerable<int> ids, Func<T, int> key, Func<int, T> create)
    {
        var wanted = ids.ToHashSet();
        links.RemoveAll(l => !wanted.Contains(key(l)));
        links.AddRange(wanted.Except(links.Select(key)).Order().Select(create));
    }
}
