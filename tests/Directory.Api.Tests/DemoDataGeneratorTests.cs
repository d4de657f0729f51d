using Directory.Domain;
using Directory.Infrastructure;
using Directory.Infrastructure.Demo;
using Directory.Infrastructure.Seed;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Tests;

public sealed class DemoDataGeneratorTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private List<Region> _regions = [];
    private List<SupportArea> _areas = [];
    private List<TargetGroup> _groups = [];

    public async ValueTask InitializeAsync()
    {
        await _connection.OpenAsync();
        await using var db = new SqliteDirectoryDbContext(new DbContextOptionsBuilder<SqliteDirectoryDbContext>().UseSqlite(_connection).Options);
        await db.Database.MigrateAsync();
        await ReferenceDataSeeder.SeedAsync(db);
        _regions = await db.Regions.AsNoTracking().ToListAsync();
        _areas = await db.SupportAreas.AsNoTracking().ToListAsync();
        _groups = await db.TargetGroups.AsNoTracking().ToListAsync();
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    [Fact]
    public void Same_seed_gives_the_same_profiles()
    {
        var first = new DemoDataGenerator(_regions, _areas, _groups).Ngos(50).Select(n => (n.Id, n.Name, n.RegistrationNumber, n.UpdatedAt)).ToList();
        var second = new DemoDataGenerator(_regions, _areas, _groups).Ngos(50).Select(n => (n.Id, n.Name, n.RegistrationNumber, n.UpdatedAt)).ToList();
        Assert.Equal(first, second);
    }

    [Fact]
    public void Large_sets_have_unique_slugs_and_registration_numbers_and_valid_fields()
    {
        var ngos = new DemoDataGenerator(_regions, _areas, _groups).Ngos(5000).ToList();
        Assert.Equal(ngos.Count, ngos.Select(n => n.Slug).Distinct().Count());
        Assert.Equal(ngos.Count, ngos.Select(n => n.RegistrationNumber).Distinct().Count());
        Assert.All(ngos, n => Assert.True(RegistrationNumber.IsValid(n.RegistrationNumber)));
        Assert.All(ngos, n => Assert.Matches("^LV-[0-9]{4}$", n.PostalCode));
        Assert.All(ngos, n => Assert.Matches("^\\+371[0-9]{8}$", n.Phone!));
        Assert.All(ngos, n => Assert.True(n.UpdatedAt >= n.CreatedAt && n.UpdatedAt <= new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.All(ngos, n => Assert.True(n.Nationwide || n.WorkAreas.Count > 0));
        Assert.Contains(ngos, n => n.Status == PublicationStatus.Draft);
        Assert.Contains(ngos, n => n.Status == PublicationStatus.Archived);
    }

    [Fact]
    public void Experts_are_spread_and_only_some_consent_to_publishing_contacts()
    {
        var experts = new DemoDataGenerator(_regions, _areas, _groups).Experts(80).ToList();
        Assert.Equal(80, experts.Select(e => e.Slug).Distinct().Count());
        Assert.Contains(experts, e => e.ContactConsentAt is null);
        Assert.Contains(experts, e => e.ContactConsentAt is not null);
        Assert.All(experts, e => Assert.NotEmpty(e.Expertise));
    }
}
