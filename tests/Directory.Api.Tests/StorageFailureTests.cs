using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

/// <summary>
/// Storage that fails under the service: writes answer 503 problems with Retry-After and store nothing,
/// public reads keep serving the last good read model, readiness says 503, and the service recovers by
/// itself when storage returns. It never creates a database file while serving.
/// </summary>
public sealed class StorageFailureTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_database_file_moved_away_replaced_by_an_empty_one_and_restored()
    {
        using var factory = new FileDatabaseFactory();
        var editor = await factory.CreateClientAsync(Role.Editor);
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(editor, "before-move")).StatusCode);
        var listed = await anonymous.GetStringAsync("/api/v1/ngos", Cancel);
        Assert.Contains("before-move", listed, StringComparison.Ordinal);

        var moved = factory.DatabaseFile + ".moved";
        File.Move(factory.DatabaseFile, moved);
        await AssertUnavailableAsync(factory, editor, anonymous, "during-move", "before-move");
        Assert.False(File.Exists(factory.DatabaseFile), "the service created a database file while serving");

        await File.WriteAllBytesAsync(factory.DatabaseFile, [], Cancel);
        await AssertUnavailableAsync(factory, editor, anonymous, "empty-file", "before-move");
        Assert.Equal(0, new FileInfo(factory.DatabaseFile).Length);

        File.Move(moved, factory.DatabaseFile, overwrite: true);
        await AssertRecoveredAsync(editor, anonymous, "after-restore");
        await factory.WithDbAsync(async db => Assert.Equal(
            ["after-restore", "before-move"], await db.Ngos.Select(n => n.Slug).OrderBy(s => s).ToListAsync(Cancel)));
    }

    [Fact]
    public async Task A_read_only_database_file_refuses_writes_with_503_and_keeps_serving_reads()
    {
        string folder, key;
        using (var writable = new FileDatabaseFactory { KeepFiles = true })
        {
            folder = writable.Folder;
            await writable.AddNgosAsync(new NgoSpec("Tikai lasāma") { Slug = "read-only" });
            key = await writable.CreateKeyAsync(Role.Editor);
        }

        using var factory = new ReadOnlyFactory(folder);
        var editor = factory.CreateClient();
        editor.DefaultRequestHeaders.Add("X-Api-Key", key);
        var anonymous = factory.CreateClient();
        await AssertUnavailableAsync(factory, editor, anonymous, "read-only-write", "read-only");
    }

    public static TheoryData<string> ProviderErrors => ["sqlite disk I/O error", "sqlite disk full", "sqlite busy", "sql server cannot open database", "sql server unavailable", "sql server retries exhausted"];

    [Theory]
    [MemberData(nameof(ProviderErrors))]
    public async Task Provider_errors_of_broken_storage_are_503_until_it_works_again(string error)
    {
        using var factory = new FailingStorageFactory();
        var editor = await factory.CreateClientAsync(Role.Editor);
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(editor, "before-failure")).StatusCode);
        Assert.Contains("before-failure", await anonymous.GetStringAsync("/api/v1/ngos", Cancel), StringComparison.Ordinal);
        // Written, but not yet read into the read model when storage fails.
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(editor, "unseen-write")).StatusCode);

        factory.Failing.Error = error switch
        {
            "sqlite disk I/O error" => () => new SqliteException("disk I/O error", 10),
            "sqlite disk full" => () => new SqliteException("database or disk is full", 13),
            "sqlite busy" => () => new SqliteException("database is locked", 5),
            "sql server cannot open database" => () => ProviderErrorsFactory.SqlException(4060, 11),
            "sql server unavailable" => () => ProviderErrorsFactory.SqlException(40613, 17),
            _ => () => new RetryLimitExceededException("retries exhausted", ProviderErrorsFactory.SqlException(-2, 11)),
        };
        await AssertUnavailableAsync(factory, editor, anonymous, "during-failure", "before-failure");

        factory.Failing.Error = null;
        // The HSDS item served without its history during the outage was not kept: now it has it.
        var kept = (await anonymous.GetJsonAsync<Directory.Api.Contracts.NgoDto>("/api/v1/ngos/before-failure")).Id;
        var organization = await anonymous.GetJsonAsync<System.Text.Json.JsonElement>($"/hsds/organizations/{kept}");
        Assert.NotEmpty(organization.GetProperty("metadata").EnumerateArray());
        await AssertRecoveredAsync(editor, anonymous, "after-failure");
        await WaitForAsync(async () => (await anonymous.GetStringAsync("/api/v1/ngos", Cancel)).Contains("unseen-write", StringComparison.Ordinal));
    }

    [Fact]
    public void Sql_server_retries_transient_errors_with_the_retrying_execution_strategy()
    {
        var services = new ServiceCollection();
        Directory.Infrastructure.DependencyInjection.AddDirectoryDatabase(
            services, new Directory.Infrastructure.DatabaseOptions { Provider = Directory.Infrastructure.DatabaseProvider.SqlServer, ConnectionString = "Server=none;Database=none" }, ".");
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Directory.Infrastructure.DirectoryDbContext>();
        Assert.True(db.Database.CreateExecutionStrategy().RetriesOnFailure);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient editor, string slug) =>
        editor.PostAsJsonAsync("/api/v1/ngos", WriteApiTests.ValidNgo(slug, "published"), Cancel);

    private static async Task AssertUnavailableAsync(DirectoryApiFactory factory, HttpClient editor, HttpClient anonymous, string slug, string kept)
    {
        using var write = await PostAsync(editor, slug);
        var body = await write.Content.ReadAsStringAsync(Cancel);
        Assert.True(write.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)write.StatusCode}: {body}");
        Assert.Equal("application/problem+json", write.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(write.Headers.RetryAfter);

        using var ready = await anonymous.GetAsync("/health/ready", Cancel);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

        using var list = await anonymous.GetAsync("/api/v1/ngos", Cancel);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains(kept, await list.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        using var item = await anonymous.GetAsync($"/api/v1/ngos/{kept}", Cancel);
        Assert.Equal(HttpStatusCode.OK, item.StatusCode);
        Assert.NotNull(factory);

        // HSDS items too: their history (metadata) waits for the database, the item does not.
        var id = (await item.Content.ReadFromJsonAsync<Directory.Api.Contracts.NgoDto>(ApiClient.Json, Cancel))!.Id;
        foreach (var url in new[] { $"/hsds/organizations/{id}", $"/hsds/services/{Directory.Api.Hsds.HsdsIds.Service(id)}", $"/hsds/service_at_locations/{Directory.Api.Hsds.HsdsIds.ServiceAtLocation(id)}" })
        {
            using var hsds = await anonymous.GetAsync(url, Cancel);
            Assert.True(hsds.StatusCode == HttpStatusCode.OK, $"{url}: {(int)hsds.StatusCode}");
        }
    }

    private static async Task AssertRecoveredAsync(HttpClient editor, HttpClient anonymous, string slug)
    {
        using var ready = await anonymous.GetAsync("/health/ready", Cancel);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var write = await PostAsync(editor, slug);
        Assert.Equal(HttpStatusCode.Created, write.StatusCode);
        using var item = await anonymous.GetAsync($"/api/v1/ngos/{slug}", Cancel);
        Assert.Equal(HttpStatusCode.OK, item.StatusCode);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50 && !await condition(); i++)
        {
            await Task.Delay(100, Cancel);
        }

        Assert.True(await condition());
    }

    /// <summary>A second instance on a database file opened read-only (SQLite's own read-only mode: root ignores file permissions).</summary>
    private sealed class ReadOnlyFactory(string folder)
        : FileDatabaseFactory(folder, $"Data Source={Path.Combine(folder, "directory.db")};Mode=ReadOnly")
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Database:MigrateOnStart"] = "false",
            ["Cache:PollSeconds"] = "3600",
        };
    }

    /// <summary>Every SQL command throws <see cref="Error"/> while it is set, as a failing disk or server would.</summary>
    public sealed class FailingCommands : DbCommandInterceptor
    {
        public Func<Exception>? Error { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            Error is { } error ? throw error() : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            Error is { } error ? throw error() : base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
            Error is { } error ? throw error() : base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private sealed class FailingStorageFactory : DirectoryApiFactory
    {
        public FailingCommands Failing { get; } = new();

        protected override Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] Interceptors => [Failing];
    }
}
