using System.Net.Sockets;
using Directory.Api.Contracts;
using Directory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Testcontainers.MsSql;

namespace Directory.Api.Tests;

/// <summary>
/// The HTTP API on a real SQL Server in a container: migrations, demo seed, Latvian search and order,
/// filters and paging. Skipped, with the reason, where no Docker engine answers.
/// </summary>
public sealed class SqlServerContainerTests(SqlServerContainerTests.Fixture fixture) : IClassFixture<SqlServerContainerTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        private MsSqlContainer? _container;

        public WebApplicationFactory<Program>? Factory { get; private set; }

        public async ValueTask InitializeAsync()
        {
            if (!Docker.IsAvailable)
            {
                return;
            }

            _container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
            await _container.StartAsync();
            var connectionString = _container.GetConnectionString();
            Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            {
                builder.UseEnvironment("Testing");
                builder.UseSetting("Database:Provider", "SqlServer");
                builder.UseSetting("Database:ConnectionString", connectionString);
                builder.UseSetting("Database:SeedDemoData", "true");
            });
        }

        public async ValueTask DisposeAsync()
        {
            if (Factory is not null)
            {
                await Factory.DisposeAsync();
            }

            if (_container is not null)
            {
                await _container.DisposeAsync();
            }
        }
    }

    private HttpClient Client()
    {
        Assert.SkipUnless(Docker.IsAvailable, Docker.SkipReason);
        return fixture.Factory!.CreateClient();
    }

    [Fact]
    public async Task Sql_server_pages_through_all_demo_ngos_without_loss_or_repeat()
    {
        var client = Client();
        var first = await client.GetNgosAsync("pageSize=50");
        var all = await client.GetAllNgosAsync("pageSize=50");
        Assert.Equal(first.TotalItems, all.Count);
        Assert.Equal(all.Count, all.Select(n => n.Id).Distinct().Count());
    }

    [Fact]
    public async Task Sql_server_sorts_in_latvian_order_and_searches_without_diacritics()
    {
        var client = Client();
        var sqlite = await client.GetAllNgosAsync("q=gimenu&sort=name&pageSize=100");
        Assert.NotEmpty(sqlite);
        Assert.All(sqlite, n => Assert.Contains("gimenu", Domain.LatvianText.Fold($"{n.Name} {n.ShortName} {n.Description}"), StringComparison.Ordinal));
        var keys = sqlite.Select(n => Domain.LatvianText.SortKey(n.Name)).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public async Task Sql_server_facets_agree_with_list_totals()
    {
        var client = Client();
        var facets = await client.GetJsonAsync<NgoFacetsDto>("/api/v1/ngos/facets?language=ru");
        foreach (var region in facets.Regions.Take(6))
        {
            Assert.Equal((await client.GetNgosAsync($"language=ru&region={region.Code}&pageSize=1")).TotalItems, region.Count);
        }
    }
}

internal static class Docker
{
    public const string SkipReason = "No Docker engine is reachable (no /var/run/docker.sock or DOCKER_HOST), so the SQL Server container tests cannot run here; SQL Server is covered offline by SqlServerQueryTests and MigrationTests.";

    public static readonly bool IsAvailable = Probe();

    private static bool Probe()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrEmpty(host))
        {
            return true;
        }

        const string socket = "/var/run/docker.sock";
        if (!File.Exists(socket))
        {
            return false;
        }

        try
        {
            using var client = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            client.Connect(new UnixDomainSocketEndPoint(socket));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
