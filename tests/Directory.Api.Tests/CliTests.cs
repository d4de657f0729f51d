using System.Diagnostics;
using System.Text.Json;

namespace Directory.Api.Tests;

/// <summary>The command line as a script uses it: the service's own binary, a fresh database, stdout and the exit code.</summary>
public sealed class CliTests
{
    [Fact]
    public async Task Import_prints_its_report_alone_on_stdout_says_exactly_what_happened_and_exits_by_the_documented_codes()
    {
        var database = Path.Combine(Path.GetTempPath(), $"cli-{Guid.NewGuid():N}.db");
        var csv = Path.Combine(MigrationTests.RepositoryRoot(), "samples", "import", "ngos-sample.csv");
        try
        {
            // A fresh database: migrations run and log, on stderr; stdout is the JSON and nothing else.
            var (code, stdout, stderr) = await RunAsync(database, "import", "ngos", csv, "--dry-run", "--json");
            Assert.True(code == 0, stderr);
            using (var report = JsonDocument.Parse(stdout))
            {
                Assert.True(report.RootElement.GetProperty("dryRun").GetBoolean());
                Assert.True(report.RootElement.GetProperty("created").GetInt32() > 0);
            }

            Assert.Contains("Migrat", stderr, StringComparison.Ordinal);

            (code, stdout, _) = await RunAsync(database, "import", "ngos", csv);
            Assert.Equal(0, code);
            Assert.EndsWith("Written in one transaction.", stdout.TrimEnd(), StringComparison.Ordinal);

            (code, stdout, _) = await RunAsync(database, "import", "ngos", csv);
            Assert.Equal(0, code);
            Assert.EndsWith("0 to create, 0 to update, 3 unchanged, 0 rejected. Nothing to write: every row is as the directory has it.", stdout.TrimEnd(), StringComparison.Ordinal);

            (code, stdout, stderr) = await RunAsync(database, "import", "ngos");
            Assert.Equal(2, code);
            Assert.Empty(stdout);
            Assert.Contains("Usage:", stderr, StringComparison.Ordinal);
        }
        finally
        {
            DeleteDatabase(database);
        }
    }

    [Theory]
    [InlineData("--help", "keys", "import", "migrate")]
    [InlineData("-h", "keys", "import", "migrate")]
    [InlineData("help", "keys", "import", "migrate")]
    [InlineData("--urls http://127.0.0.1:0 --help", "keys", "import", "migrate")] // a host option before it does not swallow it
    [InlineData("keys --help", "create", "list", "revoke")]
    [InlineData("keys create --help", "--name", "--role")]
    [InlineData("import --help", "--dry-run", "--json")]
    [InlineData("migrate --help", "Database__ConnectionString")]
    [InlineData("healthcheck --help", "ASPNETCORE_URLS")]
    public async Task Every_command_has_help_that_exits_0_without_starting_anything(string command, params string[] says)
    {
        var (code, stdout, stderr) = await RunAsync(Path.Combine(Path.GetTempPath(), $"cli-{Guid.NewGuid():N}.db"), command.Split(' '));
        Assert.True(code == 0, $"exit {code}: {stdout}{stderr}");
        Assert.All(says, s => Assert.Contains(s, stdout, StringComparison.Ordinal));
        Assert.DoesNotContain("Child & Family Directory API on", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate", "Unknown command 'frobnicate'")]
    [InlineData("export ngos", "Unknown command 'export'")]
    [InlineData("keys create --name Portāls --role superuser", "Unknown role 'superuser'")]
    [InlineData("keys create --role admin", "--name")]
    [InlineData("keys rotate", "Unknown keys command 'rotate'")]
    [InlineData("keys revoke not-a-uuid", "not a key id")]
    public async Task A_usage_error_says_what_was_wrong_and_exits_2(string command, string says)
    {
        var database = Path.Combine(Path.GetTempPath(), $"cli-{Guid.NewGuid():N}.db");
        try
        {
            var (code, stdout, stderr) = await RunAsync(database, command.Split(' '));
            Assert.True(code == 2, $"exit {code}: {stdout}{stderr}");
            Assert.Contains(says, stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        }
        finally
        {
            DeleteDatabase(database);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_healthcheck_that_finds_nothing_says_where_it_asked(bool withUrl)
    {
        using var free = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        free.Start();
        var port = ((System.Net.IPEndPoint)free.LocalEndpoint).Port;
        free.Stop(); // nothing listens there now
        var url = $"http://127.0.0.1:{port}";
        var (code, _, stderr) = withUrl
            ? await RunAsync(null, [], ["healthcheck", "--url", url])
            : await RunAsync(null, [("ASPNETCORE_URLS", url)], ["healthcheck"]);
        Assert.Equal(1, code);
        Assert.Contains($"{url}/health/ready", stderr, StringComparison.Ordinal);
        Assert.Contains("--url", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_creates_the_database_and_keys_are_created_listed_and_revoked()
    {
        var database = Path.Combine(Path.GetTempPath(), $"cli-{Guid.NewGuid():N}.db");
        try
        {
            var (code, stdout, stderr) = await RunAsync(database, "migrate");
            Assert.True(code == 0, $"exit {code}: {stdout}{stderr}");
            Assert.True(File.Exists(database));

            (code, stdout, _) = await RunAsync(database, "keys", "create", "--name", "Rēzeknes portāls", "--role", "partner");
            Assert.Equal(0, code);
            var id = System.Text.RegularExpressions.Regex.Match(stdout, "id ([0-9a-f-]{36})").Groups[1].Value;

            (code, stdout, _) = await RunAsync(database, "keys", "list");
            Assert.Equal(0, code);
            Assert.Contains(id, stdout, StringComparison.Ordinal);
            Assert.Contains("Rēzeknes portāls", stdout, StringComparison.Ordinal);
            Assert.Contains("active", stdout, StringComparison.Ordinal);

            (code, _, _) = await RunAsync(database, "keys", "revoke", id);
            Assert.Equal(0, code);
            (_, stdout, _) = await RunAsync(database, "keys", "list");
            Assert.Contains("revoked", stdout, StringComparison.Ordinal);
            (code, _, var error) = await RunAsync(database, "keys", "revoke", Guid.NewGuid().ToString());
            Assert.Equal(1, code);
            Assert.Contains("No key", error, StringComparison.Ordinal);
        }
        finally
        {
            DeleteDatabase(database);
        }
    }

    [Fact]
    public async Task A_port_already_in_use_ends_the_start_with_one_sentence_and_no_stack_trace()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        var database = Path.Combine(Path.GetTempPath(), $"cli-{Guid.NewGuid():N}.db");
        try
        {
            var (code, stdout, stderr) = await StartAsync(database, ("ASPNETCORE_URLS", $"http://127.0.0.1:{port}"));
            AssertOneSentence(code, stdout + stderr, "already in use", "ASPNETCORE_URLS");
        }
        finally
        {
            DeleteDatabase(database);
        }
    }

    [Fact]
    public async Task A_data_folder_that_cannot_be_written_ends_the_start_with_one_sentence()
    {
        var (code, stdout, stderr) = await StartAsync($"/proc/no-such-folder-{Guid.NewGuid():N}/directory.db");
        AssertOneSentence(code, stdout + stderr, "not writable", "Database__ConnectionString");
    }

    [Fact]
    public async Task A_database_that_cannot_be_written_ends_the_start_with_one_sentence()
    {
        // Root ignores permission bits, so a read-only disk is shown by a database opened read-only: every
        // write fails as on a read-only mount (SQLITE_READONLY).
        var database = Path.Combine(Path.GetTempPath(), $"cli-{Guid.NewGuid():N}.db");
        await File.WriteAllBytesAsync(database, [], TestContext.Current.CancellationToken);
        try
        {
            var (code, stdout, stderr) = await StartAsync(null, ("Database__ConnectionString", $"Data Source={database};Mode=ReadOnly"));
            AssertOneSentence(code, stdout + stderr, "cannot be written", "Database__ConnectionString");
        }
        finally
        {
            DeleteDatabase(database);
        }
    }

    [Theory]
    [InlineData("sqlite full")]
    [InlineData("sqlite read-only")]
    [InlineData("sqlite disk i/o")]
    [InlineData("no space left")]
    [InlineData("read-only file system")]
    public void A_full_or_read_only_disk_is_told_in_one_sentence(string failure)
    {
        Exception exception = failure switch
        {
            "sqlite full" => new Microsoft.Data.Sqlite.SqliteException("SQLite Error 13: 'database or disk is full'.", 13),
            "sqlite read-only" => new Microsoft.Data.Sqlite.SqliteException("SQLite Error 8: 'attempt to write a readonly database'.", 8),
            "sqlite disk i/o" => new Microsoft.Data.Sqlite.SqliteException("SQLite Error 10: 'disk I/O error'.", 10),
            "no space left" => new IOException("No space left on device : '/data/directory.db-wal'", 28),
            _ => new IOException("Read-only file system : '/data'", 30),
        };

        var sentence = Cli.StartupFailure.Describe(new InvalidOperationException("wrapped", exception), "Data Source=/data/directory.db");
        Assert.NotNull(sentence);
        Assert.Contains("Database__ConnectionString", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SearchInsights__FlushSeconds", "0", "FlushSeconds")]
    [InlineData("Cache__PollSeconds", "soon", "Cache:PollSeconds")]
    [InlineData("Limits__MaxRequestBodyBytes", "-1", "MaxRequestBodyBytes")]
    [InlineData("RateLimits__Editor__PermitLimit", "0", "RateLimits:Editor:PermitLimit")]
    [InlineData("ForwardedHeaders__KnownProxies__0", "10.0.0.300", "ForwardedHeaders:KnownProxies")]
    [InlineData("Cors__WriteOrigins__0", "admin.lblt.lv", "Cors:WriteOrigins")]
    public async Task A_wrong_setting_ends_the_start_with_one_sentence_naming_it(string name, string value, string named)
    {
        var database = Path.Combine(Path.GetTempPath(), $"cli-{Guid.NewGuid():N}.db");
        try
        {
            var (code, stdout, stderr) = await StartAsync(database, (name, value));
            AssertOneSentence(code, stdout + stderr, "Cannot start", named, "appsettings.json");
        }
        finally
        {
            DeleteDatabase(database);
        }
    }

    [Fact]
    public async Task An_unreachable_sql_server_ends_the_start_with_one_sentence()
    {
        var (code, stdout, stderr) = await StartAsync(null, ("Database__Provider", "SqlServer"), ("Database__ConnectionString", "Server=tcp:127.0.0.1,1;Database=Directory;Connect Timeout=1;TrustServerCertificate=True"));
        AssertOneSentence(code, stdout + stderr, "Cannot reach the SQL Server database", "Database__ConnectionString");
    }

    private static void DeleteDatabase(string database)
    {
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static void AssertOneSentence(int code, string output, params string[] says)
    {
        Assert.Equal(3, code);
        Assert.All(says, s => Assert.Contains(s, output, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private static Task<(int Code, string Stdout, string Stderr)> RunAsync(string database, params string[] args) => RunAsync(database, [], args);

    /// <summary>The service started as an operator starts it; a start that does not fail is stopped after a minute.</summary>
    private static Task<(int Code, string Stdout, string Stderr)> StartAsync(string? database, params (string Name, string Value)[] environment) =>
        RunAsync(database, environment, []);

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string? database, (string Name, string Value)[] environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Directory.Api.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Database__ConnectionString"] = $"Data Source={database}";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
