using Directory.Api.ReadModel;
using Directory.Infrastructure;
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

    [Fact]
    public void Read_model_loads_translate_to_sql_server()
    {
        IReadOnlyCollection<Guid> changed = [Guid.NewGuid(), Guid.NewGuid()];
        var ngos = Queries.NgoQueries.Published(_db);
        var experts = Queries.ExpertQueries.Published(_db);

        Assert.Contains("[n].[Status] = 'Published'", Queries.NgoQueries.Rows(ngos).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("[NameSortKey]", PublishedProfiles.SortKeys(ngos).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("[n].[Id] IN (", Queries.NgoQueries.Rows(PublishedProfiles.Only(ngos, changed)).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("UNION ALL", Queries.NgoQueries.AllLinks(_db).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("UNION ALL", Queries.NgoQueries.Links(_db, changed).ToQueryString(), StringComparison.Ordinal);

        // Contacts leave the database only with consent, decided in SQL.
        Assert.Contains("CASE", Queries.ExpertQueries.Rows(experts).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("[NameSortKey]", PublishedProfiles.SortKeys(PublishedProfiles.Only(experts, changed)).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("UNION ALL", Queries.ExpertQueries.AllLinks(_db).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("UNION ALL", Queries.ExpertQueries.Links(_db, changed).ToQueryString(), StringComparison.Ordinal);

        var feed = PublishedProfiles.ChangedSince(_db, 10, 20).ToQueryString();
        Assert.Contains("DISTINCT", feed, StringComparison.Ordinal);
        Assert.Contains("[a].[Position] > ", feed, StringComparison.Ordinal);
        Assert.Contains("[f].[ReferenceVersion]", FeedHeadProbe.Query(_db).ToQueryString(), StringComparison.Ordinal);
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
        Assert.Contains("[i].[CreatedAt] < ", Writes.Idempotency.Expired(_db, DateTime.UtcNow).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("[n].[RegistrationNumber] = ", _db.Ngos.Where(n => n.RegistrationNumber == "40008000225" && n.Id != id).ToQueryString(), StringComparison.Ordinal);
    }

    public void Dispose() => _db.Dispose();
}
