using System.Collections.Frozen;
using AutoMapper;
using Directory.Api.Contracts;
using Directory.Api.ReferenceData;
using Directory.Domain;

namespace Directory.Api.Mapping;

/// <summary>
/// Regions, support areas and target groups as a profile shows them, in one language, each with its
/// display rank: mapped and ranked once per reference snapshot, so a page of profiles only looks them up.
/// </summary>
public sealed class ProfileReferenceNames
{
    private readonly FrozenDictionary<int, Ranked<RegionRef>> _regions;
    private readonly FrozenDictionary<int, Ranked<CodeName>> _supportAreas;
    private readonly FrozenDictionary<int, Ranked<CodeName>> _targetGroups;

    private ProfileReferenceNames(ReferenceDataCache.Snapshot reference, IMapper mapper)
    {
        // Planning regions first, then Latvian alphabetical order of the name shown.
        var regions = reference.Regions.Values
            .OrderBy(r => r.Kind != RegionKind.PlanningRegion)
            .ThenBy(r => LatvianText.SortKey(Localization.Name(r.NameLv, r.NameEn)), StringComparer.Ordinal)
            .ThenBy(r => r.Id)
            .ToList();
        _regions = regions.Select((r, rank) => (r.Id, Value: new Ranked<RegionRef>(rank, mapper.Map<RegionRef>(r)))).ToFrozenDictionary(e => e.Id, e => e.Value);
        _supportAreas = reference.SupportAreas.Values.ToFrozenDictionary(a => a.Id, a => new Ranked<CodeName>(a.Position, mapper.Map<CodeName>(a)));
        _targetGroups = reference.TargetGroups.Values.ToFrozenDictionary(g => g.Id, g => new Ranked<CodeName>(g.Position, mapper.Map<CodeName>(g)));
    }

    /// <summary>The names for the request's language.</summary>
    public static ProfileReferenceNames For(ReferenceDataCache.Snapshot reference, IMapper mapper)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.Derived($"profile-names:{Localization.Current}", snapshot => new ProfileReferenceNames(snapshot, mapper));
    }

    public RegionRef Region(int id) => _regions[id].Value;

    public RegionRef[] Regions(int[] ids) => InOrder(ids, _regions);

    public CodeName[] SupportAreas(int[] ids) => InOrder(ids, _supportAreas);

    public CodeName[] TargetGroups(int[] ids) => InOrder(ids, _targetGroups);

    // A profile links a handful of rows: an insertion sort on the precomputed rank beats LINQ's OrderBy.
    private static T[] InOrder<T>(int[] ids, FrozenDictionary<int, Ranked<T>> names)
    {
        var ranked = new Ranked<T>[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var next = names[ids[i]];
            var j = i;
            for (; j > 0 && ranked[j - 1].Rank > next.Rank; j--)
            {
                ranked[j] = ranked[j - 1];
            }

            ranked[j] = next;
        }

        return Array.ConvertAll(ranked, r => r.Value);
    }

    private readonly record struct Ranked<T>(int Rank, T Value);
}
