using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Directory.Api.Contracts;
using Directory.Api.Mapping;
using Directory.Api.ReadModel;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

/// <summary>List pages write each profile from a per-version, per-language cache: it must never show a stale or wrong-language profile.</summary>
public sealed class ListedProfileTests(ListedProfileTests.Fixture fixture) : IClassFixture<ListedProfileTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public async ValueTask InitializeAsync()
        {
            await AddNgosAsync(
                new NgoSpec("Divvalodīgā biedrība") { Slug = "bilingual", Regions = ["latgale"], Description = "Latviski.", DescriptionEn = "In English." },
                new NgoSpec("Otrā biedrība") { Slug = "second", Regions = ["riga"], SupportAreas = ["parenting", "mental-health"] });
            await AddExpertsAsync(new ExpertSpec("Anna Ozola") { Regions = ["riga"], Consented = true, Email = "anna@example.lv" });

            // Every field set, through the API: the list shows these from the read model's packed rows, the item from the database.
            using var editor = await CreateClientAsync(Role.Editor);
            var ngo = WriteApiTests.ValidNgo("every-field", status: "published") with { ShortName = "VL" };
            using var created = await editor.PostAsJsonAsync("/api/v1/ngos", ngo, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            using var patched = await WriteApiTests.SendAsync(editor, "PATCH /api/v1/ngos/every-field", new
            {
                descriptionEn = "Support for families.",
                socialLinks = new[] { new { network = "facebook", url = "https://facebook.example/every" }, new { network = "x", url = "https://x.example/every" } },
                isMember = true,
                nationwide = true,
                languages = new[] { "lv", "en", "ru" },
            });
            Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
            using var expert = await editor.PostAsJsonAsync("/api/v1/experts", new
            {
                name = "Visu Lauku Eksperte",
                title = "Juriste",
                affiliation = "Rīgas Stradiņa universitāte",
                bioLv = "Konsultē ģimenes.",
                bioEn = "Advises families.",
                regions = new[] { "0006000" },
                expertise = new[] { "mental-health" },
                languages = new[] { "lv", "en" },
                helpOffered = new[] { "advice", "talks" },
                availability = "limited",
                availabilityNote = "Vakaros.",
                email = "visi@test.example",
                phone = "+37120000009",
                website = "https://visi.example",
                contactConsent = true,
                status = "published",
            }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, expert.StatusCode);
        }
    }

    private readonly HttpClient _client = fixture.CreateClient();

    [Theory]
    [InlineData("/api/v1/ngos", "/api/v1/ngos/")]
    [InlineData("/api/v1/experts", "/api/v1/experts/")]
    public async Task List_items_are_written_exactly_as_their_item_is_on_first_and_repeated_pages(string list, string item)
    {
        foreach (var language in new[] { "lv", "en", "lv" })
        {
            var page = JsonNode.Parse(await GetAsync(list, language))!;
            foreach (var listed in page["items"]!.AsArray())
            {
                var single = JsonNode.Parse(await GetAsync(item + listed!["slug"]!.GetValue<string>(), language));
                Assert.True(JsonNode.DeepEquals(single, listed), $"{language}: {listed.ToJsonString()} differs from {single!.ToJsonString()}");
            }
        }
    }

    [Fact]
    public async Task Listed_profiles_follow_the_language_of_each_request()
    {
        Assert.Equal("Latviski.", Bilingual(await GetAsync("/api/v1/ngos", "lv"))["description"]!.GetValue<string>());
        Assert.Equal("In English.", Bilingual(await GetAsync("/api/v1/ngos", "en"))["description"]!.GetValue<string>());
        Assert.Equal("Latviski.", Bilingual(await GetAsync("/api/v1/ngos", "lv"))["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Listed_profiles_show_an_edit_and_a_renamed_support_area_at_once()
    {
        await GetAsync("/api/v1/ngos", "lv");
        using var editor = await fixture.CreateClientAsync(Role.Editor);
        using var patch = await WriteApiTests.SendAsync(editor, "PATCH /api/v1/ngos/second", new { shortName = "OB" });
        Assert.True(patch.IsSuccessStatusCode, await patch.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var second = JsonNode.Parse(await GetAsync("/api/v1/ngos?region=riga", "lv"))!["items"]!.AsArray().Single(n => n!["slug"]!.GetValue<string>() == "second")!;
        Assert.Equal("OB", second["shortName"]!.GetValue<string>());

        var area = await _client.GetJsonAsync<SupportAreaDto>("/api/v1/support-areas/mental-health");
        using var admin = await fixture.CreateClientAsync(Role.Admin);
        using var rename = await WriteApiTests.SendAsync(admin, "PUT /api/v1/support-areas/mental-health", new { nameLv = "Garīgā veselība (jauns)", nameEn = area.NameEn, parentCode = area.ParentCode });
        Assert.Equal(HttpStatusCode.OK, rename.StatusCode);
        var renamed = JsonNode.Parse(await GetAsync("/api/v1/ngos?region=riga", "lv"))!["items"]!.AsArray().Single(n => n!["slug"]!.GetValue<string>() == "second")!;
        Assert.Contains(renamed["supportAreas"]!.AsArray(), a => a!["name"]!.GetValue<string>() == "Garīgā veselība (jauns)");
    }

    [Fact]
    public async Task Hsds_list_items_follow_each_requests_language_flags_and_host_and_show_an_edit_at_once()
    {
        static JsonNode Second(string page) => JsonNode.Parse(page)!["contents"]!.AsArray().Single(n => n!["name"]!.GetValue<string>() == "Otrā biedrība")!;
        static string Areas(JsonNode service) => string.Join(",", service["service_areas"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()));

        var lv = Areas(Second(await GetAsync("/hsds/services?full=true", "lv")));
        var en = Areas(Second(await GetAsync("/hsds/services?full=true", "en")));
        Assert.NotEqual(lv, en);
        Assert.Equal(lv, Areas(Second(await GetAsync("/hsds/services?full=true", "lv"))));

        Assert.Null(Second(await GetAsync("/hsds/services", "lv"))["attributes"]);
        Assert.NotNull(Second(await GetAsync("/hsds/services?full=true", "lv"))["attributes"]);
        Assert.Null(Second(await GetAsync("/hsds/services?minimal=true", "lv"))["description"]);
        Assert.NotNull(Second(await GetAsync("/hsds/services", "lv"))["description"]);

        Assert.StartsWith("http://localhost/", Second(await GetAsync("/hsds/organizations", "lv"))["uri"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("http://other.example/", Second(await GetAsync("/hsds/organizations", "lv", host: "other.example"))["uri"]!.GetValue<string>(), StringComparison.Ordinal);
        var longHost = string.Join('.', Enumerable.Repeat(new string('h', 60), 5)) + ".example"; // longer than a kept variant
        var kept = fixture.Services.GetRequiredService<ProfileCache>().Count;
        Assert.StartsWith($"http://{longHost}/", Second(await GetAsync("/hsds/organizations", "lv", host: longHost))["uri"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(kept, fixture.Services.GetRequiredService<ProfileCache>().Count); // written, not kept: keys stay short
        Assert.StartsWith("http://localhost/", Second(await GetAsync("/hsds/organizations", "lv"))["uri"]!.GetValue<string>(), StringComparison.Ordinal);

        using var editor = await fixture.CreateClientAsync(Role.Editor);
        using var patch = await WriteApiTests.SendAsync(editor, "PATCH /api/v1/ngos/second", new { shortName = "HSDS" });
        Assert.True(patch.IsSuccessStatusCode, await patch.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("HSDS", Second(await GetAsync("/hsds/organizations", "lv"))["alternate_name"]!.GetValue<string>());
        Assert.Equal("HSDS", Second(await GetAsync("/hsds/services", "lv"))["alternate_name"]!.GetValue<string>());
    }

    private static JsonNode Bilingual(string page) =>
        JsonNode.Parse(page)!["items"]!.AsArray().Single(n => n!["slug"]!.GetValue<string>() == "bilingual")!;

    // no-cache: past the replay of stored answers, so the page is built (from the profile cache) every time.
    private async Task<string> GetAsync(string url, string language, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = host;
        request.Headers.AcceptLanguage.ParseAdd(language);
        request.Headers.CacheControl = new() { NoCache = true };
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {body}");
        return body;
    }
}
