using System.Globalization;
using Directory.Domain;
using static Directory.Infrastructure.Demo.DemoVocabulary;

namespace Directory.Infrastructure.Demo;

/// <summary>
/// Makes realistic but fictional profiles, the same ones for the same seed: Latvian names with
/// diacritics, spread over every region and support area, some nationwide, some drafts and archived.
/// Every contact is on a reserved <c>.example</c> domain and every text says it is fictional.
/// </summary>
public sealed class DemoDataGenerator
{
    private static readonly DateTime Epoch = new(2026, 6, 30, 12, 0, 0, DateTimeKind.Utc);

    private readonly Random _random;
    private readonly IReadOnlyList<Region> _planningRegions;
    private readonly IReadOnlyList<Region> _municipalities;
    private readonly IReadOnlyList<SupportArea> _leafAreas;
    private readonly IReadOnlyList<SupportArea> _parentAreas;
    private readonly IReadOnlyList<TargetGroup> _targetGroups;
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _registrationNumbers = new(StringComparer.Ordinal);

    public DemoDataGenerator(IReadOnlyCollection<Region> regions, IReadOnlyCollection<SupportArea> supportAreas, IReadOnlyCollection<TargetGroup> targetGroups, int seed = 2026)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(supportAreas);
        ArgumentNullException.ThrowIfNull(targetGroups);
        _random = new Random(seed);
        _planningRegions = [.. regions.Where(r => r.Kind == RegionKind.PlanningRegion).OrderBy(r => r.Code, StringComparer.Ordinal)];
        _municipalities = [.. regions.Where(r => r.Kind != RegionKind.PlanningRegion).OrderBy(r => r.Code, StringComparer.Ordinal)];
        _leafAreas = [.. supportAreas.Where(a => a.ParentId is not null).OrderBy(a => a.Code, StringComparer.Ordinal)];
        _parentAreas = [.. supportAreas.Where(a => a.ParentId is null).OrderBy(a => a.Code, StringComparer.Ordinal)];
        _targetGroups = [.. targetGroups.OrderBy(g => g.Code, StringComparer.Ordinal)];
    }

    public IEnumerable<Ngo> Ngos(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Ngo(i);
        }
    }

    public IEnumerable<Expert> Experts(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Expert(i);
        }
    }

    private Ngo Ngo(int index)
    {
        var home = index < _municipalities.Count ? _municipalities[index] : PickHomeMunicipality();
        var name = NgoName(index);
        var slug = UniqueSlug(name);
        var areas = PickSupportAreas(1 + _random.Next(4));
        if (AreaNamedIn(name) is { } named && !areas.Contains(named))
        {
            areas.Add(named); // a "Krīzes centrs" does crisis support, as a real one would
        }

        var groups = PickDistinct(_targetGroups, 1 + _random.Next(3));
        var created = Epoch.AddDays(-_random.Next(30, 2500)).AddMinutes(_random.Next(1440));
        var id = NewGuid();
        var ngo = new Ngo
        {
            Id = id,
            Slug = slug,
            Name = name,
            ShortName = _random.Next(3) == 0 ? Initials(name) : null,
            LegalForm = _random.Next(10) switch { < 7 => LegalForm.Association, < 9 => LegalForm.Foundation, _ => LegalForm.ReligiousOrganisation },
            RegistrationNumber = NewRegistrationNumber(),
            DescriptionLv = $"{name} ir izdomāta demonstrācijas organizācija. Atbalsta jomas: {string.Join(", ", areas.Select(a => a.NameLv.ToLower(LatvianCulture)))}. " +
                            $"Mērķgrupas: {string.Join(", ", groups.Select(g => g.NameLv.ToLower(LatvianCulture)))}. Juridiskā adrese: {home.NameLv}.",
            DescriptionEn = _random.Next(2) == 0
                ? $"{name} is a fictional demo organisation. Fields of support: {string.Join(", ", areas.Select(a => a.NameEn.ToLowerInvariant()))}."
                : null,
            RegisteredMunicipalityId = home.Id,
            Address = $"{Pick(Streets)} {1 + _random.Next(120)}, {home.NameLv}",
            PostalCode = $"LV-{1000 + _random.Next(4000)}",
            IsMember = _random.Next(100) < 35,
            Status = PickStatus(),
            IsDemo = true,
            CreatedAt = created,
            UpdatedAt = Min(created.AddDays(_random.Next(0, 400)).AddMinutes(_random.Next(1440)), Epoch),
            Email = $"info@{slug}.example",
            Phone = $"+371{(_random.Next(2) == 0 ? 6 : 2)}{_random.Next(1000000, 10000000).ToString(CultureInfo.InvariantCulture)}",
            Website = _random.Next(4) == 0 ? null : $"https://{slug}.example",
            SocialLinks = _random.Next(2) == 0 ? [new SocialLink { Network = "facebook", Url = $"https://facebook.example/{slug}" }] : [],
        };

        var (nationwide, regions) = PickWorkAreas(home);
        ngo.Nationwide = nationwide;
        ngo.WorkAreas = [.. regions.Select(r => new NgoWorkArea { NgoId = id, RegionId = r.Id })];
        ngo.SupportAreas = [.. areas.Select(a => new NgoSupportArea { NgoId = id, SupportAreaId = a.Id })];
        ngo.TargetGroups = [.. groups.Select(g => new NgoTargetGroup { NgoId = id, TargetGroupId = g.Id })];
        ngo.Languages = [.. PickLanguages(home)];
        ngo.RefreshDerivedText();
        return ngo;
    }

    private Expert Expert(int index)
    {
        var female = _random.Next(2) == 0;
        var first = female ? Pick(FemaleFirstNames) : Pick(MaleFirstNames);
        var surname = Pick(Surnames);
        var name = $"{first} {(female ? surname.Female : surname.Male)}";
        var slug = UniqueSlug(name);
        var home = index < _planningRegions.Count ? _municipalities.First(m => m.ParentId == _planningRegions[index].Id) : PickHomeMunicipality();
        var expertise = PickSupportAreas(1 + _random.Next(3));
        var created = Epoch.AddDays(-_random.Next(30, 1500)).AddMinutes(_random.Next(1440));
        var id = NewGuid();
        var consented = _random.Next(100) < 60;
        var title = female ? Pick(FemaleTitles) : Pick(MaleTitles);
        var expert = new Expert
        {
            Id = id,
            Slug = slug,
            Name = name,
            Title = title,
            Affiliation = _random.Next(3) == 0 ? null : NgoName(_random.Next(100000)),
            BioLv = $"{name} ir izdomāts demonstrācijas eksperta profils. Pieredze: {string.Join(", ", expertise.Select(a => a.NameLv.ToLower(LatvianCulture)))}.",
            BioEn = _random.Next(2) == 0 ? $"{name} is a fictional demo expert profile." : null,
            HelpKinds = (HelpKinds)(1 + _random.Next(63)),
            Availability = _random.Next(10) switch { < 6 => Availability.Available, < 9 => Availability.Limited, _ => Availability.Unavailable },
            AvailabilityNote = _random.Next(2) == 0 ? "Dažas stundas mēnesī, arī attālināti." : null,
            Email = $"{slug}@eksperti.example",
            Phone = _random.Next(2) == 0 ? $"+3712{_random.Next(1000000, 10000000).ToString(CultureInfo.InvariantCulture)}" : null,
            Website = _random.Next(5) == 0 ? $"https://{slug}.example" : null,
            ContactConsentAt = consented ? created.AddDays(1) : null,
            Status = PickStatus(),
            IsDemo = true,
            CreatedAt = created,
            UpdatedAt = Min(created.AddDays(_random.Next(0, 300)), Epoch),
        };

        var (nationwide, regions) = PickWorkAreas(home);
        expert.Nationwide = nationwide;
        expert.Regions = [.. regions.Select(r => new ExpertWorkArea { ExpertId = id, RegionId = r.Id })];
        expert.Expertise = [.. expertise.Select(a => new ExpertSupportArea { ExpertId = id, SupportAreaId = a.Id })];
        expert.Languages = [.. PickLanguages(home)];
        expert.RefreshDerivedText();
        return expert;
    }

    private string NgoName(int index)
    {
        var core = $"{Pick(Genitives)} {Pick(Nouns)}";
        var name = _random.Next(3) switch
        {
            0 => core,
            1 => $"{Pick(Kinds)} \"{core}\"",
            _ => $"{core} {Pick(Suffixes)}",
        };
        return index >= 2000 ? $"{name} {index.ToString(CultureInfo.InvariantCulture)}" : name;
    }

    private (bool Nationwide, IReadOnlyList<Region> Regions) PickWorkAreas(Region home)
    {
        var roll = _random.Next(100);
        if (roll < 10)
        {
            return (true, []);
        }

        var planning = _planningRegions.First(p => p.Id == home.ParentId);
        if (roll < 30)
        {
            return (false, [planning]);
        }

        var neighbours = _municipalities.Where(m => m.ParentId == planning.Id && m.Id != home.Id).ToList();
        return (false, [home, .. PickDistinct(neighbours, _random.Next(3))]);
    }

    private SupportArea? AreaNamedIn(string name) =>
        KindAreas.FirstOrDefault(k => name.StartsWith(k.Kind, StringComparison.Ordinal)) is { Area: { } code }
            ? _leafAreas.Concat(_parentAreas).FirstOrDefault(a => a.Code == code)
            : null;

    private List<SupportArea> PickSupportAreas(int count)
    {
        var areas = PickDistinct(_leafAreas, count);
        if (_random.Next(20) == 0)
        {
            areas.Add(Pick(_parentAreas)); // some NGOs name only the broad field
        }

        return areas;
    }

    private IEnumerable<string> PickLanguages(Region home)
    {
        yield return "lv";
        if (_random.Next(100) < 40)
        {
            yield return "ru";
        }

        if (_random.Next(100) < 30)
        {
            yield return "en";
        }

        if (_random.Next(100) < 10)
        {
            yield return "uk";
        }

        if (home.ParentId == _planningRegions.FirstOrDefault(p => p.Code == "latgale")?.Id && _random.Next(100) < 30)
        {
            yield return "ltg";
        }
    }

    private Region PickHomeMunicipality()
    {
        // A third of Latvian NGOs are registered in Rīga.
        var riga = _municipalities.FirstOrDefault(m => m.Code == "0001000");
        return riga is not null && _random.Next(3) == 0 ? riga : Pick(_municipalities);
    }

    private PublicationStatus PickStatus() => _random.Next(100) switch
    {
        < 88 => PublicationStatus.Published,
        < 95 => PublicationStatus.Draft,
        _ => PublicationStatus.Archived,
    };

    private string UniqueSlug(string name)
    {
        var baseSlug = LatvianText.Fold(name).Replace(' ', '-');
        if (baseSlug.Length > 100)
        {
            baseSlug = baseSlug[..100].TrimEnd('-');
        }

        var slug = baseSlug;
        for (var n = 2; !_slugs.Add(slug); n++)
        {
            slug = $"{baseSlug}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return slug;
    }

    private string NewRegistrationNumber()
    {
        while (true)
        {
            var prefix = $"4000{_random.Next(0, 1000000).ToString("000000", CultureInfo.InvariantCulture)}";
            if (RegistrationNumber.Complete(prefix) is { } number && _registrationNumbers.Add(number))
            {
                return number;
            }
        }
    }

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', '"').Where(w => w.Length > 0 && char.IsLetter(w[0])).Select(w => char.ToUpper(w[0], LatvianCulture)));

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private List<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = new List<T>(count);
        foreach (var index in Enumerable.Range(0, items.Count).OrderBy(_ => _random.Next()).Take(count).Order())
        {
            chosen.Add(items[index]);
        }

        return chosen;
    }

    private static readonly CultureInfo LatvianCulture = CultureInfo.GetCultureInfo("lv-LV");
}
