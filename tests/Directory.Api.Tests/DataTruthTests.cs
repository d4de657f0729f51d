using System.Net;
using System.Text;
using System.Text.Json;
using Directory.Api.Contracts;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Directory.Api.Tests;

/// <summary>What the data says of itself is true: paging of an empty result, media types, filters both lists share, round trips, a quiet start.</summary>
public sealed class DataTruthTests(DataTruthTests.Fixture fixture) : IClassFixture<DataTruthTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public LogRecorder Logs { get; } = new();

        public HttpClient Editor { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Editor = await CreateClientAsync(Role.Editor);
            await AddNgosAsync(
                new NgoSpec("Patiesības biedrība") { SupportAreas = ["parenting", "health"], Regions = ["latgale"], ShortName = "PB", DescriptionEn = "Support for families." },
                new NgoSpec("Otrā patiesība") { Nationwide = true });
            await AddExpertsAsync(new ExpertSpec("Patiesā Eksperte") { Consented = true, Email = "patiesa@test.example" });
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/v1/ngos?q=neatrodamsvards")]
    [InlineData("/api/v1/experts?q=neatrodamsvards")]
    public async Task An_empty_result_is_one_empty_page(string url)
    {
        var page = await fixture.CreateClient().GetJsonAsync<JsonElement>(url);
        Assert.Equal(0, page.GetProperty("totalItems").GetInt32());
        Assert.Equal(1, page.GetProperty("totalPages").GetInt32());
        Assert.EndsWith("page=1", page.GetProperty("links").GetProperty("last").GetString(), StringComparison.Ordinal);
        Assert.False(page.GetProperty("links").TryGetProperty("next", out _));
    }

    [Fact]
    public async Task The_hsds_download_declares_ndjson()
    {
        var record = JsonDocument.Parse(await fixture.CreateClient().GetStringAsync("/api/v1/dataset?format=jsonld", Cancel)).RootElement;
        var hsds = Objects(record).Single(o => o.EnumerateObject().Any(p => p.Name.EndsWith("downloadURL", StringComparison.Ordinal) && p.Value.ToString().Contains("format=ndjson", StringComparison.Ordinal)));
        Assert.Contains("application/x-ndjson", hsds.EnumerateObject().Single(p => p.Name.EndsWith("mediaType", StringComparison.Ordinal)).Value.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("application/json", hsds.ToString(), StringComparison.Ordinal);
    }

    private static IEnumerable<JsonElement> Objects(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => [element, .. element.EnumerateObject().SelectMany(p => Objects(p.Value))],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Objects),
        _ => [],
    };

    [Theory]
    [InlineData("2026-01-01", 1)]
    [InlineData("2026-01-03", 0)]
    public async Task Experts_are_filtered_by_update_time_as_ngos_are(string since, int count)
    {
        var client = fixture.CreateClient();
        Assert.Equal(count, (await client.GetJsonAsync<PagedResult<ExpertDto>>($"/api/v1/experts?updatedSince={since}")).TotalItems);
        var export = await client.GetJsonAsync<JsonElement>($"/api/v1/experts/export?format=json&updatedSince={since}");
        Assert.Equal(count, export.GetArrayLength());
    }

    [Theory]
    [InlineData("lv")]
    [InlineData("en")]
    public async Task The_json_export_imports_back_unchanged(string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ngos/export?format=json");
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var exported = await fixture.CreateClient().SendAsync(request, Cancel);
        using var content = new ByteArrayContent(await exported.Content.ReadAsByteArrayAsync(Cancel));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await fixture.Editor.PostAsync("/api/v1/imports?dryRun=true", content, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var rows = JsonDocument.Parse(body).RootElement.GetProperty("rows");
        Assert.Equal(2, rows.GetArrayLength());
        Assert.All(rows.EnumerateArray(), r => Assert.True(r.GetProperty("action").GetString() == "unchanged", body));
    }

    [Fact]
    public async Task A_member_the_import_does_not_know_is_named_in_the_error()
    {
        using var content = new StringContent("[{\"slug\":\"x\",\"favouriteColour\":\"zaļa\"}]", Encoding.UTF8, "application/json");
        using var response = await fixture.Editor.PostAsync("/api/v1/imports?dryRun=true", content, Cancel);
        var problem = await WriteApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("favouriteColour", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("mapped to any )", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fresh_database_is_created_without_warnings()
    {
        _ = fixture.Services;
        Assert.DoesNotContain(fixture.Logs.Entries, e => e.Level >= LogLevel.Warning && e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }
}
