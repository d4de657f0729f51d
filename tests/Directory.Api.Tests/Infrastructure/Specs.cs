using Directory.Domain;

namespace Directory.Api.Tests.Infrastructure;

/// <summary>An NGO as a test states it: only what the test is about, valid defaults for the rest.</summary>
public sealed record NgoSpec(string Name)
{
    private static int _sequence;

    public string? Slug { get; init; }
    public string? ShortName { get; init; }
    public string Description { get; init; } = "Atbalsts bērniem un ģimenēm.";
    public string? DescriptionEn { get; init; }
    public string Home { get; init; } = "0001000";
    public bool Nationwide { get; init; }
    public string[] Regions { get; init; } = [];
    public string[] SupportAreas { get; init; } = ["parenting"];
    public string[] TargetGroups { get; init; } = ["parents"];
    public string[] Languages { get; init; } = ["lv"];
    public bool IsMember { get; init; }
    public PublicationStatus Status { get; init; } = PublicationStatus.Published;
    public DateTime UpdatedAt { get; init; } = new(2026, 1, 15, 10, 0, 0, DateTimeKind.Utc);
    public Guid? Id { get; init; }

    internal Ngo Build(Dictionary<string, Region> regions, Dictionary<string, SupportArea> areas, Dictionary<string, TargetGroup> groups)
    {
        var n = Interlocked.Increment(ref _sequence);
        var id = Id ?? Guid.NewGuid();
        return new Ngo
        {
            Id = id,
            Slug = Slug ?? $"{LatvianText.Fold(Name).Replace(' ', '-')}-{n}",
            Name = Name,
            ShortName = ShortName,
            RegistrationNumber = RegistrationNumber.Complete($"5000{n:000000}") ?? RegistrationNumber.Complete($"5001{n:000000}")!,
            DescriptionLv = Description,
            DescriptionEn = DescriptionEn,
            RegisteredMunicipalityId = regions[Home].Id,
            Address = "Brīvības iela 1",
            PostalCode = "LV-1010",
            Nationwide = Nationwide,
            WorkAreas = [.. Regions.Select(code => new NgoWorkArea { NgoId = id, RegionId = regions[code].Id })],
            SupportAreas = [.. SupportAreas.Select(code => new NgoSupportArea { NgoId = id, SupportAreaId = areas[code].Id })],
            TargetGroups = [.. TargetGroups.Select(code => new NgoTargetGroup { NgoId = id, TargetGroupId = groups[code].Id })],
            Languages = [.. Languages],
            Email = $"info{n}@test.example",
            Phone = "+37167000000",
            IsMember = IsMember,
            Status = Status,
            CreatedAt = UpdatedAt.AddDays(-10),
            UpdatedAt = UpdatedAt,
        };
    }
}

public sealed record ExpertSpec(string Name)
{
    private static int _sequence;

    public string Title { get; init; } = "Psiholoģe";
    public string Bio { get; init; } = "Strādā ar ģimenēm.";
    public bool Nationwide { get; init; }
    public string[] Regions { get; init; } = [];
    public string[] Expertise { get; init; } = ["mental-health"];
    public string[] Languages { get; init; } = ["lv"];
    public bool Consented { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public PublicationStatus Status { get; init; } = PublicationStatus.Published;

    internal Expert Build(Dictionary<string, Region> regions, Dictionary<string, SupportArea> areas)
    {
        var n = Interlocked.Increment(ref _sequence);
        var id = Guid.NewGuid();
        return new Expert
        {
            Id = id,
            Slug = $"{LatvianText.Fold(Name).Replace(' ', '-')}-{n}",
            Name = Name,
            Title = Title,
            BioLv = Bio,
            Nationwide = Nationwide,
            Regions = [.. Regions.Select(code => new ExpertWorkArea { ExpertId = id, RegionId = regions[code].Id })],
            Expertise = [.. Expertise.Select(code => new ExpertSupportArea { ExpertId = id, SupportAreaId = areas[code].Id })],
            Languages = [.. Languages],
            HelpKinds = HelpKinds.Advice | HelpKinds.Talks,
            Email = Email ?? $"expert{n}@test.example",
            Phone = Phone,
            ContactConsentAt = Consented ? new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) : null,
            Status = Status,
            CreatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            UpdatedAt = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc),
        };
    }
}
