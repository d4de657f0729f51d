using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Directory.Api.Contracts;
using Directory.Api.Search;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Tests.Search;

/// <summary>
/// Lead-in terms: the words people use for a support area or target group. Shown with the taxonomy, matched
/// by q as a name is (a phrase only whole), edited by admins as JSON or CSV with If-Match and an audit entry.
/// Each test edits an area of its own, with words of its own.
/// </summary>
public sealed class LeadInTermTests(LeadInTermTests.Fixture fixture) : IClassFixture<LeadInTermTests.Fixture>
{
    // Neutral texts: found only through the taxonomy and its lead-in terms.
    private const string Neutral = "Biedrība strādā kopš 2004. gada.";

    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public async ValueTask InitializeAsync()
        {
            await AddNgosAsync(
                new NgoSpec("Zaļā vārna") { Slug = "lead-in-mental", Description = Neutral, SupportAreas = ["mental-health"], TargetGroups = ["age-13-18"] },
                new NgoSpec("Baltais zvans") { Slug = "lead-in-housing", Description = Neutral, SupportAreas = ["housing"], TargetGroups = ["age-13-18"] },
                new NgoSpec("Sarkanā kāpne") { Slug = "lead-in-youth", Description = Neutral, SupportAreas = ["youth-work"], TargetGroups = ["age-13-18"] });
            await AddExpertsAsync(new ExpertSpec("Ilze Priede") { Title = "Konsultante", Bio = Neutral, Expertise = ["mental-health"] });
        }
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly HttpClient _client = fixture.CreateClient();

    private async Task<string[]> SlugsAsync(string q) =>
        [.. (await _client.GetAllNgosAsync($"q={Uri.EscapeDataString(q)}")).Select(n => n.Slug).Order(StringComparer.Ordinal)];

    private async Task<(LeadInTermsDto Terms, EntityTagHeaderValue ETag)> ReadAsync(string path)
    {
        using var response = await _client.GetAsync($"/api/v1/{path}/lead-in-terms", Cancel);
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<LeadInTermsDto>(ApiClient.Json, Cancel))!, response.Headers.ETag!);
    }

    private static HttpRequestMessage Put(string path, object body, EntityTagHeaderValue? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/{path}/lead-in-terms") { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(etag);
        }

        return request;
    }

    [Fact]
    public async Task Support_areas_and_target_groups_show_the_words_people_use_for_them()
    {
        var areas = await _client.GetJsonAsync<List<SupportAreaDto>>("/api/v1/support-areas");
        var mental = areas.SelectMany(a => a.Children).Single(a => a.Code == "mental-health");
        Assert.Contains("psihologs", mental.LeadInTermsLv);
        Assert.Contains("therapist", mental.LeadInTermsEn);
        var groups = await _client.GetJsonAsync<List<TargetGroupDto>>("/api/v1/target-groups");
        Assert.Contains("pusaudži", groups.Single(g => g.Code == "age-13-18").LeadInTermsLv);
    }

    [Fact]
    public void The_starter_vocabulary_keeps_the_rules_an_admins_edit_is_held_to()
    {
        var validation = new Writes.WriteValidation(ReferenceData.ReferenceDataCache.Snapshot.Empty);
        foreach (var (code, terms) in Directory.Infrastructure.Seed.LeadInCatalog.SupportAreas.Concat(Directory.Infrastructure.Seed.LeadInCatalog.TargetGroups))
        {
            Writes.LeadInTermRules.Checked(validation, $"{code} lv", terms.Lv.Split(';', StringSplitOptions.TrimEntries), TextLanguage.Latvian);
            Writes.LeadInTermRules.Checked(validation, $"{code} en", terms.En.Split(';', StringSplitOptions.TrimEntries), TextLanguage.English);
        }

        Assert.True(validation.IsValid, string.Join("\n", validation.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        Assert.Equal(
            Directory.Infrastructure.Seed.ReferenceCatalog.SupportAreas.Select(a => a.Code).Order(StringComparer.Ordinal),
            Directory.Infrastructure.Seed.LeadInCatalog.SupportAreas.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            Directory.Infrastructure.Seed.ReferenceCatalog.TargetGroups.Select(g => g.Code).Order(StringComparer.Ordinal),
            Directory.Infrastructure.Seed.LeadInCatalog.TargetGroups.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("psihologs")]
    [InlineData("psihologu")] // another form
    [InlineData("psihollogs")] // a typo
    [InlineData("therapist")]
    [InlineData("ēšanas traucējumi")] // a phrase, whole
    public async Task A_lead_in_term_finds_the_areas_ngos_and_the_experts_with_that_expertise(string q)
    {
        Assert.Equal(["lead-in-mental"], await SlugsAsync(q));
        var experts = await _client.GetJsonAsync<PagedResult<ExpertDto>>($"/api/v1/experts?q={Uri.EscapeDataString(q)}");
        Assert.Equal(["Ilze Priede"], experts.Items.Select(e => e.Name));
    }

    [Fact]
    public async Task A_phrase_matches_only_whole()
    {
        // "traucējumi" is a word of several phrases (eating, learning, speech disorders) and the name of none.
        Assert.Empty(await SlugsAsync("traucējumi"));
        Assert.Equal(["lead-in-mental"], await SlugsAsync("ēšanas traucējumi"));
    }

    [Fact]
    public async Task A_word_of_a_phrase_asked_alone_first_is_still_matched_with_the_whole_phrase()
    {
        // What a word matched is kept for the next query that has it, with the taxonomy it met there: alone,
        // no phrase; with the rest of one, that phrase. Texts of this test's own (capitals): a query another
        // test asked before would come back as it was parsed then.
        Assert.Empty(await SlugsAsync("TRAUCĒJUMI"));
        var answer = await _client.GetJsonAsync<PagedResult<NgoDto>>($"/api/v1/ngos?q={Uri.EscapeDataString("Ēšanas Traucējumi")}");
        Assert.Equal(["lead-in-mental"], answer.Items.Select(n => n.Slug));
        Assert.Equal(SearchMatch.All, answer.Search!.Match);
    }

    [Fact]
    public async Task A_word_asked_first_where_its_typos_are_not_forgiven_is_forgiven_them_when_asked_alone()
    {
        // Two longer words before it take the query's typo allowance: here the typo matches nothing. What a
        // word matched is kept for the next query that has it, but not in place of the typos it forgives there.
        // A misspelling of its own: a query asked before by another test would come back as it was parsed then.
        Assert.DoesNotContain("lead-in-mental", await SlugsAsync("ūdensrozes gliemežvāki psihologgs"));
        Assert.Equal(["lead-in-mental"], await SlugsAsync("psihologgs"));
    }

    [Fact]
    public async Task An_admin_adds_a_term_and_search_finds_it_at_once_with_nothing_else_changed()
    {
        var admin = await fixture.CreateClientAsync(Role.Admin);
        Assert.Empty(await SlugsAsync("kvēlspuldze"));
        var areasBefore = await _client.GetStringAsync("/api/v1/support-areas", Cancel);
        var groupsBefore = await _client.GetStringAsync("/api/v1/target-groups", Cancel);
        var (terms, etag) = await ReadAsync("support-areas/housing");

        using var put = await admin.SendAsync(Put("support-areas/housing", new { lv = terms.Lv.Append("kvēlspuldze").ToArray(), en = terms.En }, etag), Cancel);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.NotEqual(etag, put.Headers.ETag);

        Assert.Equal(["lead-in-housing"], await SlugsAsync("kvēlspuldzes"));
        var (after, _) = await ReadAsync("support-areas/housing");
        Assert.Equal([.. terms.Lv, "kvēlspuldze"], after.Lv);
        Assert.Equal(terms.En, after.En);
        // Everything else of the taxonomy is as it was: only housing's Latvian list moved.
        Assert.Equal(groupsBefore, await _client.GetStringAsync("/api/v1/target-groups", Cancel));
        Assert.Equal(
            areasBefore.Replace(string.Join("\",\"", terms.Lv) + "\"]", string.Join("\",\"", terms.Lv) + "\",\"kvēlspuldze\"]", StringComparison.Ordinal),
            await _client.GetStringAsync("/api/v1/support-areas", Cancel));

        AuditEntry? entry = null;
        await fixture.WithDbAsync(async db => entry = await db.AuditEntries.OrderBy(a => a.Id).LastAsync(a => a.EntityType == "support-area", Cancel));
        Assert.Contains("kvēlspuldze", JsonDocument.Parse(entry!.Changes!).RootElement.GetProperty("lv").GetProperty("after").EnumerateArray().Select(t => t.GetString()));
        Assert.StartsWith("key:", entry.Actor, StringComparison.Ordinal);
        Assert.False(entry.Public); // not a profile change: the public feed does not carry it

        // Taken out again: the same word, asked before, finds nothing (what it met is not kept past an edit).
        var (_, current) = await ReadAsync("support-areas/housing");
        using var back = await admin.SendAsync(Put("support-areas/housing", new { lv = terms.Lv, en = terms.En }, current), Cancel);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Empty(await SlugsAsync("kvēlspuldzes"));
        Assert.Equal(areasBefore, await _client.GetStringAsync("/api/v1/support-areas", Cancel));
    }

    [Fact]
    public async Task Replacing_terms_needs_the_etag_of_the_terms_read()
    {
        var admin = await fixture.CreateClientAsync(Role.Admin);
        var (terms, etag) = await ReadAsync("support-areas/advocacy");
        var body = new { lv = terms.Lv, en = terms.En.Append("soapbox").ToArray() };

        using var missing = await admin.SendAsync(Put("support-areas/advocacy", body, null), Cancel);
        await WriteApiTests.AssertProblemAsync(missing, HttpStatusCode.PreconditionRequired);
        using var weak = await admin.SendAsync(Put("support-areas/advocacy", body, new EntityTagHeaderValue(etag.Tag, isWeak: true)), Cancel);
        await WriteApiTests.AssertProblemAsync(weak, HttpStatusCode.PreconditionFailed);
        using var done = await admin.SendAsync(Put("support-areas/advocacy", body, etag), Cancel);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        using var stale = await admin.SendAsync(Put("support-areas/advocacy", new { lv = terms.Lv, en = terms.En }, etag), Cancel);
        await WriteApiTests.AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Contains("soapbox", (await ReadAsync("support-areas/advocacy")).Terms.En);
    }

    [Fact]
    public async Task Bad_term_lists_are_refused_with_every_fault_and_change_nothing()
    {
        var admin = await fixture.CreateClientAsync(Role.Admin);
        var (terms, etag) = await ReadAsync("support-areas/palliative-care");
        using var withNull = await admin.SendAsync(Put("support-areas/palliative-care", new { lv = new[] { "hospiss", null }, en = terms.En }, etag), Cancel);
        Assert.True((await WriteApiTests.AssertProblemAsync(withNull, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("lv[1]", out _));

        // Only a stop word, too long, the same words again (case and diacritics aside), no English list: each said.
        var body = new { lv = new[] { "hospiss", "un", new string('a', 61), "Hospiss", "ok\u0007" }, en = (string[]?)null };
        using var refused = await admin.SendAsync(Put("support-areas/palliative-care", body, etag), Cancel);
        var problem = await WriteApiTests.AssertProblemAsync(refused, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "lv[1]", "lv[2]", "lv[3]", "lv[4]", "en" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field}: {errors}");
        }

        var (after, etagAfter) = await ReadAsync("support-areas/palliative-care");
        Assert.Equal(terms.Lv, after.Lv);
        Assert.Equal(terms.En, after.En);
        Assert.Equal(etag, etagAfter);
    }

    [Fact]
    public async Task Only_admins_replace_terms()
    {
        var (terms, etag) = await ReadAsync("target-groups/professionals");
        var body = new { lv = terms.Lv, en = terms.En };
        using var anonymous = await _client.SendAsync(Put("target-groups/professionals", body, etag), Cancel);
        await WriteApiTests.AssertProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        var editor = await fixture.CreateClientAsync(Role.Editor);
        using var forbidden = await editor.SendAsync(Put("target-groups/professionals", body, etag), Cancel);
        await WriteApiTests.AssertProblemAsync(forbidden, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_same_replacement_four_times_at_once_changes_once_and_never_fails_with_500()
    {
        var admin = await fixture.CreateClientAsync(Role.Admin);
        var (terms, etag) = await ReadAsync("support-areas/legal-aid");
        var body = new { lv = terms.Lv.Append("notārs").ToArray(), en = terms.En };
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => admin.SendAsync(Put("support-areas/legal-aid", body, etag), Cancel)));
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.PreconditionFailed, HttpStatusCode.Conflict }));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var entries = new List<AuditEntry>();
        await fixture.WithDbAsync(async db => entries = await db.AuditEntries.Where(a => a.EntityType == "support-area").ToListAsync(Cancel));
        Assert.Single(entries, e => JsonDocument.Parse(e.Changes!).RootElement.TryGetProperty("lv", out var lv) && lv.GetProperty("after").EnumerateArray().Any(t => t.GetString() == "notārs"));
    }

    [Fact]
    public async Task The_csv_goes_to_a_spreadsheet_and_back_formula_safe_and_an_edited_cell_is_searched()
    {
        var admin = await fixture.CreateClientAsync(Role.Admin);
        using var download = await _client.GetAsync("/api/v1/lead-in-terms", Cancel);
        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        var csv = await download.Content.ReadAsStringAsync(Cancel);
        Assert.StartsWith("kind,code,nameLv,nameEn,leadInTermsLv,leadInTermsEn", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);

        // Unchanged, it changes nothing.
        using var same = await admin.SendAsync(CsvPut(csv, download.Headers.ETag!), Cancel);
        Assert.Equal(new LeadInTermsImportReport(40, 0), await same.Content.ReadFromJsonAsync<LeadInTermsImportReport>(Cancel));

        // A term that a spreadsheet would run is written escaped, and read back as it was.
        var youth = csv.Split("\r\n").Single(l => l.StartsWith("support-area,youth-work,", StringComparison.Ordinal));
        var edited = csv.Replace(youth, youth.Replace("Youth work,jauniešu centrs;", "Youth work,=1+2 sarunas; ģitāras pulciņš; jauniešu centrs;", StringComparison.Ordinal), StringComparison.Ordinal);
        using var changed = await admin.SendAsync(CsvPut(edited, same.Headers.ETag!), Cancel);
        Assert.Equal(new LeadInTermsImportReport(40, 1), await changed.Content.ReadFromJsonAsync<LeadInTermsImportReport>(Cancel));
        Assert.Equal(["lead-in-youth"], await SlugsAsync("ģitāras pulciņš"));
        Assert.Contains("=1+2 sarunas", (await ReadAsync("support-areas/youth-work")).Terms.Lv);
        var again = await _client.GetStringAsync("/api/v1/lead-in-terms", Cancel);
        Assert.Contains(",'=1+2 sarunas; ģitāras pulciņš; jauniešu centrs;", again, StringComparison.Ordinal);

        // The old download is stale now; a row naming nothing is a fault of its line.
        using var stale = await admin.SendAsync(CsvPut(csv, download.Headers.ETag!), Cancel);
        await WriteApiTests.AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        using var unknown = await admin.SendAsync(CsvPut("kind,code,leadInTermsLv,leadInTermsEn\r\nsupport-area,no-such-area,a,b\r\n", changed.Headers.ETag!), Cancel);
        var problem = await WriteApiTests.AssertProblemAsync(unknown, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("line 2", out _), problem.ToString());
    }

    private static HttpRequestMessage CsvPut(string csv, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/lead-in-terms") { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
        request.Headers.IfMatch.Add(etag);
        return request;
    }

    [Fact]
    public async Task Hsds_search_answers_partly_as_v1_does_and_says_so()
    {
        using var response = await _client.GetAsync("/hsds/organizations?search=psihologs%20zzqxv", Cancel);
        response.EnsureSuccessStatusCode();
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.Equal(1, page.GetProperty("total_items").GetInt32());
        var search = page.GetProperty("search");
        Assert.Equal("partial", search.GetProperty("match").GetString());
        Assert.Equal("zzqxv", search.GetProperty("left_out")[0].GetString());
        var v1 = await _client.GetNgosAsync("q=psihologs%20zzqxv");
        Assert.Equal(SearchMatch.Partial, v1.Search!.Match);
        Assert.Equal(["psihologs"], v1.Search.Used);
        Assert.Equal(["zzqxv"], v1.Search.LeftOut);
    }
}
