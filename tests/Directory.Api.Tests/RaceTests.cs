using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Tests;

/// <summary>
/// The same request four times at once, for every unique constraint a write can meet: the answers are
/// a create and then replays, 409 or 400 problems, never a 500; exactly one thing is stored.
/// </summary>
public sealed class RaceTests(RaceTests.Fixture fixture) : IClassFixture<RaceTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public HttpClient Editor { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Editor = await CreateClientAsync(Role.Editor);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<HttpResponseMessage[]> FourAtOnceAsync(Func<HttpRequestMessage> request) =>
        Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => fixture.Editor.SendAsync(request(), Cancel), Cancel)));

    private Task<int> CountAsync(string slug) =>
        Count(db => db.Ngos.CountAsync(n => n.Slug == slug, Cancel));

    private async Task<int> Count(Func<DirectoryDbContext, Task<int>> count)
    {
        var n = 0;
        await fixture.WithDbAsync(async db => n = await count(db));
        return n;
    }

    [Fact]
    public async Task The_same_idempotency_key_four_times_at_once_creates_once_and_replays_or_asks_to_retry()
    {
        var body = WriteApiTests.ValidNgo("race-keyed");
        var responses = await FourAtOnceAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ngos") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", "race-key-1");
            return request;
        });

        foreach (var response in responses)
        {
            var text = await response.Content.ReadAsStringAsync(Cancel);
            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"{(int)response.StatusCode}: {text}");
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                Assert.NotNull(response.Headers.RetryAfter);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Single(responses.Select(r => r.Headers.Location).Where(l => l is not null).Distinct());
        Assert.Equal(1, await CountAsync("race-keyed"));
    }

    [Fact]
    public async Task The_same_create_four_times_at_once_stores_one_and_refuses_the_rest_with_a_problem()
    {
        var body = WriteApiTests.ValidNgo("race-plain");
        var responses = await FourAtOnceAsync(() => new HttpRequestMessage(HttpMethod.Post, "/api/v1/ngos") { Content = JsonContent.Create(body) });

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.All(statuses.Where(s => s != HttpStatusCode.Created), s => Assert.True(s is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, $"{s}"));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(1, await CountAsync("race-plain"));
    }

    [Fact]
    public async Task The_same_import_four_times_at_once_is_written_once_and_never_a_500()
    {
        var rows = new[] { WriteApiTests.ValidNgo("race-import-1", "published"), WriteApiTests.ValidNgo("race-import-2", "published") };
        var json = JsonSerializer.Serialize(rows, ApiClient.Json);
        var responses = await FourAtOnceAsync(() => new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = new StringContent(json, Encoding.UTF8, "application/json") });

        foreach (var response in responses)
        {
            var text = await response.Content.ReadAsStringAsync(Cancel);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity or HttpStatusCode.TooManyRequests, $"{(int)response.StatusCode}: {text}");
        }

        Assert.Equal(1, await CountAsync("race-import-1"));
        Assert.Equal(1, await CountAsync("race-import-2"));
    }

    public static TheoryData<string, bool> ProviderErrors => new()
    {
        { "sqlite unique", true },
        { "sqlite primary key", true },
        { "sqlite not null", false },
        { "sql server unique index", true },
        { "sql server unique constraint", true },
        { "sql server deadlock", false },
    };

    [Theory]
    [MemberData(nameof(ProviderErrors))]
    public void Unique_violations_are_recognised_for_both_providers(string error, bool unique)
    {
        Exception inner = error switch
        {
            "sqlite unique" => new SqliteException("UNIQUE constraint failed", 19, 2067),
            "sqlite primary key" => new SqliteException("UNIQUE constraint failed", 19, 1555),
            "sqlite not null" => new SqliteException("NOT NULL constraint failed", 19, 1299),
            "sql server unique index" => ProviderErrorsFactory.SqlException(2601),
            "sql server unique constraint" => ProviderErrorsFactory.SqlException(2627),
            _ => ProviderErrorsFactory.SqlException(1205),
        };

        Assert.Equal(unique, DatabaseFailures.IsUniqueViolation(new DbUpdateException("save failed", inner)));
    }
}
