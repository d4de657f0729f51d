using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Net.Http.Json;
using System.Text.Json;
using Directory.Api.Contracts;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;

namespace Directory.Api.Tests;

/// <summary>Bulk import with a dry run, and imports that are all-or-nothing and idempotent.</summary>
public sealed class ImportTests(ImportTests.Fixture fixture) : IClassFixture<ImportTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public HttpClient Editor { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Editor = await CreateClientAsync(Role.Editor);
    }

    private const string Header = "slug;name;shortName;legalForm;registrationNumber;descriptionLv;descriptionEn;registeredMunicipality;address;postalCode;nationwide;workAreas;supportAreas;targetGroups;languages;email;phone;website;socialLinks;isMember;status";

    private static readonly string[] Municipalities = ["Rēzekne", "Daugavpils", "Ludzas novads", "RĪGA", "liepaja", "Cēsu novads", "Jelgava", "0054000"];
    private static readonly string[] Areas = ["Audžuģimenes", "Krīzes atbalsts", "agra berniba", "Ģimenes mediācija|Mājoklis", "disabilities"];

    /// <summary>400 NGOs as LBLT's spreadsheet has them: ";"-separated, names instead of codes, a BOM.</summary>
    private static string LatvianCsv(bool withBadRows, int start = 0, int count = 400, string numbers = "41")
    {
        var lines = new List<string> { Header };
        for (var i = start; i < start + count; i++)
        {
            var number = RegistrationNumber.Complete($"{numbers}00{i:000000}") ?? RegistrationNumber.Complete($"{numbers}01{i:000000}")!;
            var name = $"Biedrība Nr. {i} ģimenēm";
            var municipality = Municipalities[i % Municipalities.Length];
            if (withBadRows)
            {
                (number, municipality, name) = (i - start) switch
                {
                    10 => ("40008000222", municipality, name),
                    20 => (number, "Atlantīda", name),
                    30 => (number, municipality, ""),
                    _ => (number, municipality, name),
                };
            }

            var slug = withBadRows && i - start == 41 ? $"biedriba-{start + 40}" : $"biedriba-{i}";
            lines.Add(string.Join(';',
                slug, name, "", i % 3 == 0 ? "foundation" : "association", number, $"\"Atbalsts ģimenēm; izdomāts ieraksts {i}.\"", "",
                municipality, $"Skolas iela {i % 50 + 1}", $"LV-{1000 + i % 3000}", i % 10 == 0 ? "jā" : "nē", i % 10 == 0 ? "" : "Latgale|Rīgas plānošanas reģions",
                Areas[i % Areas.Length], "Vecāki|Bērni 0–6 gadi", "lv|ru", $"info{i}@import.example", "+37167000000", "", "", i % 4 == 0 ? "jā" : "nē", "published"));
        }

        return "\uFEFF" + string.Join("\r\n", lines) + "\r\n";
    }

    [Fact]
    public async Task A_dry_run_reports_every_row_and_writes_nothing()
    {
        var before = await fixture.Editor.GetNgosAsync("pageSize=1");
        var report = await ImportAsync(LatvianCsv(withBadRows: true, start: 1000), dryRun: true, HttpStatusCode.OK);

        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.False(report.GetProperty("written").GetBoolean());
        Assert.Equal(396, report.GetProperty("created").GetInt32());
        Assert.Equal(4, report.GetProperty("rejected").GetInt32());
        var rejected = report.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("action").GetString() == "rejected")
            .ToDictionary(r => r.GetProperty("row").GetInt32(), r => r.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()).ToArray());
        Assert.Equal(["registrationNumber"], rejected[12]);
        Assert.Equal(["registeredMunicipality"], rejected[22]);
        Assert.Contains("name", rejected[32]);
        Assert.Equal(["slug"], rejected[43]);
        Assert.Equal(before.TotalItems, (await fixture.Editor.GetNgosAsync("pageSize=1")).TotalItems);
    }

    [Fact]
    public async Task A_real_run_with_bad_rows_is_refused_whole_and_once_fixed_imports_atomically_and_reimports_as_a_no_op()
    {
        var before = (await fixture.Editor.GetNgosAsync("pageSize=1")).TotalItems;
        var refused = await ImportAsync(LatvianCsv(withBadRows: true, start: 2000), dryRun: false, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(4, refused.GetProperty("report").GetProperty("rejected").GetInt32());
        Assert.Equal(before, (await fixture.Editor.GetNgosAsync("pageSize=1")).TotalItems);

        var fixedFile = LatvianCsv(withBadRows: false, start: 2000);
        var imported = await ImportAsync(fixedFile, dryRun: false, HttpStatusCode.OK);
        Assert.Equal(400, imported.GetProperty("created").GetInt32());
        Assert.True(imported.GetProperty("written").GetBoolean());
        Assert.Equal(before + 400, (await fixture.Editor.GetNgosAsync("pageSize=1")).TotalItems);

        var ngo = await fixture.Editor.GetJsonAsync<NgoDto>("/api/v1/ngos/biedriba-2003");
        Assert.Equal("0001000", ngo.Registered.Municipality.Code); // "RĪGA" → Rīga
        Assert.Equal(["latgale", "riga"], ngo.WorkArea.Regions.Select(r => r.Code).Order());
        Assert.Equal(["family-mediation", "housing"], ngo.SupportAreas.Select(a => a.Code).Order());
        Assert.Equal("Atbalsts ģimenēm; izdomāts ieraksts 2003.", ngo.Description);
        var history = await fixture.Editor.GetJsonAsync<List<AuditEntryDto>>("/api/v1/ngos/biedriba-2003/history");
        Assert.StartsWith("key:test Editor (", history.Single().Actor, StringComparison.Ordinal);

        var again = await ImportAsync(fixedFile, dryRun: false, HttpStatusCode.OK);
        Assert.Equal(400, again.GetProperty("unchanged").GetInt32());
        Assert.Single(await fixture.Editor.GetJsonAsync<List<AuditEntryDto>>("/api/v1/ngos/biedriba-2003/history"));
    }

    [Fact]
    public async Task A_file_of_more_rows_than_one_lookup_takes_matches_each_row_by_number_then_slug_and_checks_every_taken_key()
    {
        var head = await fixture.Editor.GetJsonAsync<ChangesPage>("/api/v1/changes?limit=1000");
        while (head.HasMore)
        {
            head = await fixture.Editor.GetJsonAsync<ChangesPage>($"/api/v1/changes?limit=1000&since={head.NextCursor}");
        }

        var created = await ImportAsync(LatvianCsv(withBadRows: false, start: 5000, count: 1200), dryRun: false, HttpStatusCode.OK);
        Assert.Equal(1200, created.GetProperty("created").GetInt32());
        // Each created NGO is in the changes feed once, in file order, with its links.
        var feed = new List<ChangeDto>();
        for (var cursor = head.NextCursor; ;)
        {
            var page = await fixture.Editor.GetJsonAsync<ChangesPage>($"/api/v1/changes?limit=1000&since={cursor}");
            feed.AddRange(page.Items);
            (cursor, var more) = (page.NextCursor, page.HasMore);
            if (!more)
            {
                break;
            }
        }

        Assert.Equal(Enumerable.Range(5000, 1200).Select(i => $"biedriba-{i}"), feed.Select(c => c.Ngo!.Slug));
        Assert.All(feed, c => Assert.Equal("create", c.Kind));
        Assert.Equal(["latgale", "riga"], feed[3].Ngo!.WorkArea.Regions.Select(r => r.Code).Order());
        Assert.Equal(["family-mediation", "housing"], feed[3].Ngo!.SupportAreas.Select(a => a.Code).Order());
        Assert.Equal(2, feed[3].Ngo!.TargetGroups.Count);

        // New registration numbers: no row matches by number, each matches its NGO by slug and renumbers it.
        var renumbered = await ImportAsync(LatvianCsv(withBadRows: false, start: 5000, count: 1200, numbers: "43"), dryRun: false, HttpStatusCode.OK);
        Assert.Equal(1200, renumbered.GetProperty("updated").GetInt32());
        var ngo = await fixture.Editor.GetJsonAsync<NgoDto>("/api/v1/ngos/biedriba-6150");
        Assert.StartsWith("43", ngo.RegistrationNumber, StringComparison.Ordinal);

        // A row matched by its number may not take a slug that another NGO holds, wherever that row is in the file.
        var file = LatvianCsv(withBadRows: false, start: 5000, count: 1200, numbers: "43").Replace("\r\nbiedriba-6100;", "\r\nbiedriba-5000;", StringComparison.Ordinal);
        var report = await ImportAsync(file, dryRun: true, HttpStatusCode.OK);
        Assert.Equal(1199, report.GetProperty("unchanged").GetInt32());
        var rejected = Assert.Single(report.GetProperty("rows").EnumerateArray(), r => r.GetProperty("action").GetString() == "rejected");
        Assert.Equal(1102, rejected.GetProperty("row").GetInt32());
        Assert.Equal("Another NGO has the slug 'biedriba-5000'.", rejected.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Json_in_the_write_api_shape_imports_too()
    {
        var body = JsonSerializer.Serialize(new[] { WriteApiTests.ValidNgo("no-json", status: "published") }, ApiClient.Json);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await fixture.Editor.PostAsync("/api/v1/imports", content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-json", (await fixture.Editor.GetJsonAsync<NgoDto>("/api/v1/ngos/no-json")).Slug);
    }

    [Theory]
    [InlineData("wrong encoding", "UTF-8")]
    [InlineData("unbalanced quotes", "quote")]
    [InlineData("unknown columns", "Unknown columns: favouriteColour")]
    [InlineData("binary", "binary")]
    [InlineData("empty", "empty")]
    [InlineData("json not an array", "JSON array")]
    public async Task Malformed_input_is_a_clear_400_and_writes_nothing(string kind, string message)
    {
        var before = (await fixture.Editor.GetNgosAsync("pageSize=1")).TotalItems;
        var good = LatvianCsv(withBadRows: false, start: 5000);
        HttpContent content = kind switch
        {
            "wrong encoding" => new ByteArrayContent(Encoding.Latin1.GetBytes(good.Replace("ģ", "g", StringComparison.Ordinal).Replace("ā", "ä", StringComparison.Ordinal))),
            "unbalanced quotes" => new StringContent(good + "biedriba-x;\"Nepabeigts nosaukums;association\r\n"),
            "unknown columns" => new StringContent(good.Replace("status\r\n", "status;favouriteColour\r\n", StringComparison.Ordinal)),
            "binary" => new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]),
            "empty" => new StringContent(""),
            _ => new StringContent("{\"name\":\"x\"}", Encoding.UTF8, "application/json"),
        };
        if (kind != "json not an array")
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        }

        using var response = await fixture.Editor.PostAsync("/api/v1/imports", content, TestContext.Current.CancellationToken);
        var problem = await WriteApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(message, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, (await fixture.Editor.GetNgosAsync("pageSize=1")).TotalItems);
        content.Dispose();
    }

    [Fact]
    public async Task An_oversized_file_is_413_and_an_unknown_media_type_415()
    {
        using var huge = new ByteArrayContent(new byte[26_000_000]);
        huge.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var tooLarge = await fixture.Editor.PostAsync("/api/v1/imports", huge, TestContext.Current.CancellationToken);
        await WriteApiTests.AssertProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge);

        using var xml = new StringContent("<ngos/>", Encoding.UTF8, "application/xml");
        using var unsupported = await fixture.Editor.PostAsync("/api/v1/imports", xml, TestContext.Current.CancellationToken);
        await WriteApiTests.AssertProblemAsync(unsupported, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Importing_needs_an_editor()
    {
        using var content = new StringContent(LatvianCsv(false), Encoding.UTF8, "text/csv");
        using var anonymous = await fixture.CreateClient().PostAsync("/api/v1/imports", content, TestContext.Current.CancellationToken);
        await WriteApiTests.AssertProblemAsync(anonymous, HttpStatusCode.Unauthorized);
    }

    private async Task<JsonElement> ImportAsync(string csv, bool dryRun, HttpStatusCode expected)
    {
        using var content = new StringContent(csv, new UTF8Encoding(false), "text/csv");
        using var response = await fixture.Editor.PostAsync($"/api/v1/imports?dryRun={(dryRun ? "true" : "false")}", content, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

/// <summary>Open-data export of the demo directory.</summary>
public sealed class ExportTests(DemoDirectoryFactory factory) : IClassFixture<DemoDirectoryFactory>
{
    [Fact]
    public async Task The_csv_export_round_trips_through_the_importer_unchanged()
    {
        using var export = await factory.CreateClient().GetAsync("/api/v1/ngos/export?format=csv", TestContext.Current.CancellationToken);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        Assert.Matches("^attachment; filename=\"lblt-ngos-\\d{4}-\\d{2}-\\d{2}\\.csv\"$", export.Content.Headers.ContentDisposition!.ToString());
        var csv = await export.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        var editor = await factory.CreateClientAsync(Role.Editor);
        using var content = new ByteArrayContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var response = await editor.PostAsync("/api/v1/imports?dryRun=true", content, TestContext.Current.CancellationToken);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var total = (await factory.CreateClient().GetNgosAsync("pageSize=1")).TotalItems;
        Assert.Equal(total, report.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, report.GetProperty("rejected").GetInt32() + report.GetProperty("created").GetInt32() + report.GetProperty("updated").GetInt32());
    }

    [Fact]
    public async Task Every_field_of_a_created_ngo_is_stored_as_imported()
    {
        var editor = await factory.CreateClientAsync(Role.Editor);
        // The directory's own NGOs, every field in use (social links, languages, both descriptions), as new ones.
        var export = await editor.GetByteArrayAsync("/api/v1/ngos/export?format=csv", TestContext.Current.CancellationToken);
        var rows = Transfer.Csv.Parse(Transfer.Csv.Decode(export));
        var header = rows[0].Fields;
        int Column(string name) => Array.IndexOf(header, name);
        var originals = rows.Skip(1).Where(r => r.Fields[Column("socialLinks")].Length > 0).Take(300).Select(r => r.Fields).ToList();
        Assert.True(originals.Count > 50, $"{originals.Count} NGOs with social links");
        var copies = originals.Select((fields, i) =>
        {
            var copy = (string[])fields.Clone();
            copy[Column("slug")] = $"kopija-{i}";
            copy[Column("name")] = $"{fields[Column("name")]} (kopija)";
            copy[Column("registrationNumber")] = RegistrationNumber.Complete($"47000{i:00000}") ?? RegistrationNumber.Complete($"47001{i:00000}")!;
            return copy;
        }).ToList();
        using (var text = new StringWriter())
        {
            using (var writer = new CsvHelper.CsvWriter(text, System.Globalization.CultureInfo.InvariantCulture))
            {
                foreach (var fields in copies.Prepend(header))
                {
                    foreach (var field in fields)
                    {
                        writer.WriteField(field);
                    }

                    writer.NextRecord();
                }
            }

            using var content = new StringContent(text.ToString(), Encoding.UTF8, "text/csv");
            using var response = await editor.PostAsync("/api/v1/imports", content, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(copies.Count, (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("created").GetInt32());
        }

        var again = Transfer.Csv.Parse(Transfer.Csv.Decode(await editor.GetByteArrayAsync("/api/v1/ngos/export?format=csv", TestContext.Current.CancellationToken)))
            .Skip(1).Select(r => r.Fields).ToDictionary(f => f[Column("slug")]);
        Assert.All(copies, copy => Assert.Equal(copy, again[copy[Column("slug")]]));
        var original = await editor.GetJsonAsync<NgoDto>($"/api/v1/ngos/{originals[0][Column("slug")]}");
        var created = await editor.GetJsonAsync<NgoDto>("/api/v1/ngos/kopija-0");
        Assert.Equal(
            JsonSerializer.Serialize(original with { Id = created.Id, Slug = created.Slug, Name = created.Name, RegistrationNumber = created.RegistrationNumber, CreatedAt = created.CreatedAt, UpdatedAt = created.UpdatedAt, Version = created.Version, IsDemo = false }, ApiClient.Json),
            JsonSerializer.Serialize(created, ApiClient.Json));
    }

    [Fact]
    public async Task The_json_export_is_every_published_ngo_matching_the_filters()
    {
        var client = factory.CreateClient();
        var list = await client.GetAllNgosAsync("region=latgale&supportArea=health&pageSize=100");
        var exported = await client.GetJsonAsync<List<NgoDto>>("/api/v1/ngos/export?format=json&region=latgale&supportArea=health");
        Assert.Equal(list.Select(n => n.Id).Order(), exported.Select(n => n.Id).Order());

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ngos/export?region=latgale");
        request.Headers.Accept.ParseAdd("text/csv");
        using var csv = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var (bad, _) = await client.GetProblemAsync("/api/v1/ngos/export?format=xml");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task The_expert_export_carries_contacts_only_with_consent()
    {
        var client = factory.CreateClient();
        var experts = await client.GetJsonAsync<List<ExpertDto>>("/api/v1/experts/export?format=json");
        Assert.Equal((await client.GetJsonAsync<PagedResult<ExpertDto>>("/api/v1/experts?pageSize=1")).TotalItems, experts.Count);
        var csv = await client.GetStringAsync("/api/v1/experts/export?format=csv", TestContext.Current.CancellationToken);
        foreach (var expert in experts)
        {
            Assert.Contains(expert.Slug, csv, StringComparison.Ordinal);
        }

        var hidden = new List<string>();
        await factory.WithDbAsync(async db => hidden.AddRange(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Experts.Where(e => e.ContactConsentAt == null && e.Email != null).Select(e => e.Email!))));
        Assert.NotEmpty(hidden);
        Assert.All(hidden, email => Assert.DoesNotContain(email, csv, StringComparison.Ordinal));
    }
}
