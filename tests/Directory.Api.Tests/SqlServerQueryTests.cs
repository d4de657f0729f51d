using Directory.Api.Queries;
using Directory.Api.ReferenceData;
using Directory.Domain;
using Directory.Infrastructure;
using Directory.Infrastructure.Seed;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Tests;

/// <summary>
/// Every query the API runs, rendered by the SQL Server provider without a server: a query EF
/// could not translate (and would run on the client) throws here instead of in production.
/// </summary>
public sealed class SqlServerQueryTests : IDisposable
{
    private readonly SqlServerDirectoryDbContext _db = new(new DbContextOptionsBuilder<SqlServerDirectoryDbContext>()
        .UseSqlServer("Server=render-only;Database=Directory;TrustServerCertificate=True").Options);

    private static readonly ReferenceDataCache.Snapshot Reference = BuildReference();

    public static TheoryData<string> NgoQueries => new()
    {
        "", "q=gimene", "q=bernu%20gimene", "region=latgale", "region=0001000,0006000", "supportArea=health", "supportArea=foster-care",
        "targetGroup=age-0-6", "language=ru,en", "member=true", "updatedSince=2026-01-01",
        "sort=-name", "sort=updated", "sort=-updated", "q=ceriba&sort=relevance",
        "q=berni&region=riga&supportArea=family-support&targetGroup=parents&language=lv&member=false&updatedSince=2025-06-01&page=3&pageSize=100",
    };

    public static TheoryData<string> ExpertQueries => new()
    {
        "", "q=psihologs", "expertise=health", "region=kurzeme", "language=en", "sort=-name", "sort=updated", "sort=-updated", "q=ilze&sort=relevance",
        "q=a&expertise=legal-aid&region=0005000&language=lv&page=2&pageSize=50",
    };

    [Theory]
    [MemberData(nameof(NgoQueries))]
    public void Ngo_list_queries_translate_to_sql_server(string query)
    {
        var filter = NgoFilter(query);
        var filtered = Queries.NgoQueries.Filter(Queries.NgoQueries.Published(_db), filter);

        var page = Queries.NgoQueries.Page(Queries.NgoQueries.Order(filtered, filter), filter).ToQueryString();
        var count = filtered.Select(n => n.Id).ToQueryString();
        var links = Queries.NgoQueries.Links(_db, [Guid.NewGuid(), Guid.NewGuid()]).ToQueryString();

        Assert.Contains("ORDER BY", page, StringComparison.Ordinal);
        Assert.Contains("OFFSET", page, StringComparison.Ordinal);
        Assert.Contains("[n].[Status] = 'Published'", count, StringComparison.Ordinal);
        Assert.Contains("UNION ALL", links, StringComparison.Ordinal);
        if (filter.Languages is not null)
        {
            Assert.Contains("OPENJSON", count, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(NgoQueries))]
    public void Ngo_facet_queries_translate_to_sql_server(string query)
    {
        var filter = NgoFilter(query);
        var published = Queries.NgoQueries.Published(_db);

        Assert.Contains("[Nationwide]", NgoFacetQueries.RegionLinks(Queries.NgoQueries.Filter(published, filter, FacetDimension.Region)).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("[NgoSupportAreas]", NgoFacetQueries.SupportAreaLinks(Queries.NgoQueries.Filter(published, filter, FacetDimension.SupportArea)).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("GROUP BY", NgoFacetQueries.TargetGroupCounts(Queries.NgoQueries.Filter(published, filter, FacetDimension.TargetGroup)).ToQueryString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExpertQueries))]
    public void Expert_list_queries_translate_to_sql_server(string query)
    {
        var filter = FilterParser.ForExperts(Parameters<ExpertListParameters>(query), Reference, out var errors) ?? throw new InvalidOperationException(string.Join(", ", errors.Keys));
        var filtered = Queries.ExpertQueries.Filter(Queries.ExpertQueries.Published(_db), filter);

        var page = Queries.ExpertQueries.Page(Queries.ExpertQueries.Order(filtered, filter), filter).ToQueryString();
        Assert.Contains("OFFSET", page, StringComparison.Ordinal);
        Assert.Contains("CASE", page, StringComparison.Ordinal); // contacts only with consent, decided in SQL
        Assert.Contains("UNION ALL", Queries.ExpertQueries.Links(_db, [Guid.NewGuid()]).ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Item_queries_by_id_and_by_slug_translate_to_sql_server()
    {
        Assert.Contains("[n].[Slug] = ", Queries.NgoQueries.Rows(Queries.NgoQueries.ByIdOrSlug(_db, "some-slug")).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("[n].[Id] = ", Queries.NgoQueries.Rows(Queries.NgoQueries.ByIdOrSlug(_db, Guid.NewGuid().ToString())).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("[e].[Slug] = ", Queries.ExpertQueries.Rows(Queries.ExpertQueries.ByIdOrSlug(_db, "some-slug")).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("[e].[Id] = ", Queries.ExpertQueries.Rows(Queries.ExpertQueries.ByIdOrSlug(_db, Guid.NewGuid().ToString())).ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_side_queries_translate_to_sql_server()
    {
        var id = Guid.NewGuid();
        Assert.Contains("[n].[Slug] = ", Queries.NgoQueries.ForWrite(_db, "some-slug").ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("[e].[Id] = ", Queries.ExpertQueries.ForWrite(_db, id.ToString()).ToQueryString(), StringComparison.Ordinal);
        Assert.DoesNotContain("WHERE [n].[Status]", Queries.NgoQueries.Rows(Queries.NgoQueries.ByIdOrSlug(_db, "draft", includeUnpublished: true)).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("ORDER BY [a].[Id]", Writes.History.Query(_db, "ngo", id).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("[a].[KeyHash] = ", _db.ApiKeys.Where(a => a.KeyHash == "x" && a.RevokedAt == null).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("[i].[Actor] = ", _db.IdempotencyRecords.Where(i => i.Actor == "a" && i.Key == "k").ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("[n].[RegistrationNumber] = ", _db.Ngos.Where(n => n.RegistrationNumber == "40008000225" && n.Id != id).ToQueryString(), StringComparison.Ordinal);
    }

    public void Dispose() => _db.Dispose();

    private static ProfileFilter NgoFilter(string query) =>
        FilterParser.ForNgos(Parameters<NgoListParameters>(query), Reference, out var errors) ?? throw new InvalidOperationException(string.Join(", ", errors.Keys));

    /// <summary>Binds a query string the way the endpoint does, through the app's own parameter classes.</summary>
    private static T Parameters<T>(string query)
        where T : new()
    {
        var values = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);
        var target = new T();
        foreach (var property in typeof(T).GetProperties())
        {
            var name = property.GetCustomAttributes(typeof(Microsoft.AspNetCore.Mvc.FromQueryAttribute), false).Cast<Microsoft.AspNetCore.Mvc.FromQueryAttribute>().Single().Name!;
            if (!values.TryGetValue(name, out var value))
            {
                continue;
            }

            object converted = property.PropertyType switch
            {
                var t when t == typeof(string[]) => value.ToArray()!,
                var t when t == typeof(int?) => int.Parse(value!, System.Globalization.CultureInfo.InvariantCulture),
                var t when t == typeof(bool?) => bool.Parse(value!),
                _ => value.ToString(),
            };
            property.SetValue(target, converted);
        }

        return target;
    }

    /// <summary>The reference data as seeded, with ids assigned in catalog order.</summary>
    private static ReferenceDataCache.Snapshot BuildReference()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new SqliteDirectoryDbContext(new DbContextOptionsBuilder<SqliteDirectoryDbContext>().UseSqlite(connection).Options);
        db.Database.Migrate();
        ReferenceDataSeeder.SeedAsync(db).GetAwaiter().GetResult();
        var cache = new ReferenceDataCache();
        cache.ReloadAsync(db).GetAwaiter().GetResult();
        return cache.Current;
    }
}
