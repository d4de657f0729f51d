using System.Collections.Concurrent;
using System.Text.Json;
using AutoMapper;
using Directory.Api.Contracts;
using Directory.Api.Queries;
using Directory.Api.ReadModel;
using Directory.Api.ReferenceData;
using Directory.Domain;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Directory.Api.Mapping;

/// <summary>Joins profile rows with their links and the in-memory reference data into DTOs.</summary>
public sealed class ProfileAssembler(IMapper mapper, ReferenceDataCache cache, ProfileCache listed, IOptions<JsonOptions> json)
{
    public IReadOnlyList<NgoDto> Ngos(IReadOnlyList<NgoRow> rows, IReadOnlyList<LinkRow> links)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var reference = cache.Current;
        var byOwner = links.ToLookup(l => l.OwnerId);
        return [.. rows.Select(row => Ngo(row, ProfileLinks.From(byOwner[row.Id]), reference))];
    }

    public IReadOnlyList<ExpertDto> Experts(IReadOnlyList<ExpertRow> rows, IReadOnlyList<LinkRow> links)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var reference = cache.Current;
        var byOwner = links.ToLookup(l => l.OwnerId);
        return [.. rows.Select(row => Expert(row, ProfileLinks.From(byOwner[row.Id]), reference))];
    }

    public NgoDto Ngo(NgoRow row, ProfileLinks links) => Ngo(row, links, cache.Current);

    public ExpertDto Expert(ExpertRow row, ProfileLinks links) => Expert(row, links, cache.Current);

    /// <summary>The NGO as a list page shows it, as JSON from the <see cref="ProfileCache"/>: its row is unpacked and mapped only when not there.</summary>
    public JsonItem ListedNgo(IndexedProfile<NgoRow> profile) => Listed(profile, "ngo", Ngo);

    /// <summary>The expert as a list page shows them, as JSON from the <see cref="ProfileCache"/>: their row is unpacked and mapped only when not there.</summary>
    public JsonItem ListedExpert(IndexedProfile<ExpertRow> profile) => Listed(profile, "expert", Expert);

    // The bytes the endpoint's own serializer writes for the DTO: the item endpoint writes the same.
    private JsonItem Listed<TRow, TDto>(IndexedProfile<TRow> profile, string list, Func<TRow, ProfileLinks, ReferenceDataCache.Snapshot, TDto> map)
        where TRow : class, IPackedRow<TRow>
    {
        ArgumentNullException.ThrowIfNull(profile);
        var reference = cache.Current;
        return new JsonItem(listed.JsonOf(profile.Id, profile.Version, reference, list, () =>
            JsonSerializer.SerializeToUtf8Bytes(map(profile.Unpack(), profile.Links, reference), json.Value.SerializerOptions)));
    }

    private NgoDto Ngo(NgoRow row, ProfileLinks links, ReferenceDataCache.Snapshot reference)
    {
        var names = ProfileReferenceNames.For(reference, mapper);
        var (description, language) = Localized(row.DescriptionLv, row.DescriptionEn);
        return mapper.Map<NgoDto>(row) with
        {
            Description = description,
            DescriptionLanguage = language,
            Registered = new NgoRegistrationDto(names.Region(row.RegisteredMunicipalityId), row.Address, row.PostalCode),
            WorkArea = new WorkAreaDto(row.Nationwide, names.Regions(links.Regions)),
            SupportAreas = names.SupportAreas(links.SupportAreas),
            TargetGroups = names.TargetGroups(links.TargetGroups),
            Contacts = new NgoContactsDto(row.Email, row.Phone, AbsoluteUri(row.Website), [.. row.SocialLinks.Where(s => AbsoluteUri(s.Url) is not null).Select(s => new SocialLinkDto(s.Network, AbsoluteUri(s.Url)!))]),
        };
    }

    private ExpertDto Expert(ExpertRow row, ProfileLinks links, ReferenceDataCache.Snapshot reference)
    {
        var names = ProfileReferenceNames.For(reference, mapper);
        return mapper.Map<ExpertDto>(row) with
        {
            Bio = Localized(row.BioLv, row.BioEn).Text,
            Expertise = names.SupportAreas(links.SupportAreas),
            WorkArea = new WorkAreaDto(row.Nationwide, names.Regions(links.Regions)),
            HelpOffered = HelpOffered(row.HelpKinds),
            Availability = new AvailabilityDto(EnumName(row.Availability), row.AvailabilityNote),
            Contacts = row.HasContactConsent ? new ExpertContactsDto(row.Email, row.Phone, AbsoluteUri(row.Website)) : null,
        };
    }

    private static (string Text, string Language) Localized(string latvian, string? english) =>
        Localization.IsEnglish && !string.IsNullOrEmpty(english) ? (english, Localization.English) : (latvian, Localization.Latvian);

    private static Uri? AbsoluteUri(string? value) => Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : null;

    private static string EnumName<T>(T value)
        where T : struct, Enum => WireNames.Of(value);

    private static IReadOnlyList<string> HelpOffered(HelpKinds kinds) => HelpOfferedNames.GetOrAdd(kinds, static k =>
        [.. Enum.GetValues<HelpKinds>().Where(flag => flag != HelpKinds.None && k.HasFlag(flag)).Select(EnumName)]);

    private static readonly ConcurrentDictionary<HelpKinds, IReadOnlyList<string>> HelpOfferedNames = new();
}
