using Directory.Api.Search;
using Directory.Infrastructure;
using Directory.Infrastructure.Demo;
using Directory.Infrastructure.Seed;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SearchEngines;

/// <summary>The demo generator's NGOs (the ones the API seeds), as the texts <c>q</c> searches: the read model's own <c>SearchTexts</c> fields.</summary>
internal static class DemoProfiles
{
    public static async Task<IReadOnlyList<SearchText[]>> TextsAsync(int count)
    {
        // The generator needs the reference data as the seeder writes it: an in-memory database, thrown away.
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<SqliteDirectoryDbContext>().UseSqlite(connection).Options;
        await using var db = new SqliteDirectoryDbContext(options);
        await db.Database.MigrateAsync();
        await ReferenceDataSeeder.SeedAsync(db);
        var generator = new DemoDataGenerator(await db.Regions.ToListAsync(), await db.SupportAreas.ToListAsync(), await db.TargetGroups.ToListAsync());
        return [.. generator.Ngos(count).Select(n => new SearchText[]
        {
            new(n.Name, SearchField.Name, TextLanguage.Latvian),
            new(n.ShortName, SearchField.Name, TextLanguage.Latvian),
            new(n.DescriptionLv, SearchField.Text, TextLanguage.Latvian),
            new(n.DescriptionEn, SearchField.Text, TextLanguage.English),
        })];
    }
}
