using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Directory.Api.Contracts;
using Directory.Api.Tests.Infrastructure;
using static Directory.Api.Tests.WriteApiTests;

namespace Directory.Api.Tests;

/// <summary>Who may call each write route (401 without a valid key, 403 with too small a role), and what admins maintain: keys and reference data.</summary>
public sealed class WriteAccessTests(WriteApiTests.Fixture fixture) : IClassFixture<WriteApiTests.Fixture>
{
    private static readonly string[] EditorRoutes =
    [
        "POST /api/v1/ngos", "PUT /api/v1/ngos/existing", "PATCH /api/v1/ngos/existing", "DELETE /api/v1/ngos/existing", "GET /api/v1/ngos/existing/history",
        "POST /api/v1/experts", "PUT /api/v1/experts/x", "PATCH /api/v1/experts/x", "DELETE /api/v1/experts/x", "GET /api/v1/experts/x/history",
    ];

    private static readonly string[] AdminRoutes =
    [
        "DELETE /api/v1/experts/x/personal-data", "POST /api/v1/api-keys", "GET /api/v1/api-keys", "DELETE /api/v1/api-keys/00000000-0000-4000-8000-000000000000",
        "PUT /api/v1/support-areas/x", "DELETE /api/v1/support-areas/x", "PUT /api/v1/target-groups/x", "DELETE /api/v1/target-groups/x", "PUT /api/v1/regions/latgale",
    ];

    public static TheoryData<string> AllProtectedRoutes => [.. EditorRoutes, .. AdminRoutes];

    public static TheoryData<string> EditorOnlyRoutes => [.. EditorRoutes];

    public static TheoryData<string> AdminOnlyRoutes => [.. AdminRoutes];

    [Theory]
    [MemberData(nameof(AllProtectedRoutes))]
    public async Task Anonymous_callers_get_401(string route)
    {
        using var response = await SendAsync(fixture.Anonymous, route, ValidNgo("anon"));
        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(AllProtectedRoutes))]
    public async Task A_revoked_or_unknown_key_gets_401(string route)
    {
        using var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "lblt_not-a-real-key");
        using var response = await SendAsync(client, route, ValidNgo("unknown"));
        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(EditorOnlyRoutes))]
    public async Task Partners_get_403_on_editor_routes(string route)
    {
        using var response = await SendAsync(fixture.Partner, route, ValidNgo("partner"));
        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(AdminOnlyRoutes))]
    public async Task Editors_get_403_on_admin_routes(string route)
    {
        using var response = await SendAsync(fixture.Editor, route, new { name = "x", role = "admin" });
        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Admins_issue_list_and_revoke_api_keys()
    {
        using var created = await fixture.Admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "Rēzeknes portāls", role = "partner" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var secret = key.GetProperty("key").GetString()!;

        using var partner = fixture.CreateClient();
        partner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", secret);
        using var allowed = await SendAsync(partner, "POST /api/v1/ngos", ValidNgo("partner-try"));
        Assert.Equal(HttpStatusCode.Forbidden, allowed.StatusCode);

        var list = await fixture.Admin.GetStringAsync("/api/v1/api-keys", TestContext.Current.CancellationToken);
        Assert.Contains("Rēzeknes portāls", list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);

        using var revoke = await SendAsync(fixture.Admin, $"DELETE /api/v1/api-keys/{key.GetProperty("id").GetString()}", null);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        using var afterRevoke = await SendAsync(partner, "POST /api/v1/ngos", ValidNgo("partner-try"));
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
    }

    [Fact]
    public async Task Admins_maintain_support_areas_target_groups_and_region_names()
    {
        using var area = await SendAsync(fixture.Admin, "PUT /api/v1/support-areas/online-support", new { nameLv = "Atbalsts tiešsaistē", nameEn = "Online support", parentCode = "health" });
        Assert.Equal(HttpStatusCode.OK, area.StatusCode);
        var health = await fixture.Anonymous.GetJsonAsync<SupportAreaDto>("/api/v1/support-areas/health");
        Assert.Contains(health.Children, c => c.Code == "online-support" && c.Name == "Atbalsts tiešsaistē");

        using var badParent = await SendAsync(fixture.Admin, "PUT /api/v1/support-areas/online-support", new { nameLv = "X", nameEn = "X", parentCode = "foster-care" });
        await AssertProblemAsync(badParent, HttpStatusCode.BadRequest);
        using var badBody = await SendAsync(fixture.Admin, "PUT /api/v1/support-areas/Bad_Code", new { nameLv = "" });
        var problem = await AssertProblemAsync(badBody, HttpStatusCode.BadRequest);
        Assert.Equal(["code", "nameEn", "nameLv"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());

        using var inUse = await SendAsync(fixture.Admin, "DELETE /api/v1/support-areas/parenting", null);
        await AssertProblemAsync(inUse, HttpStatusCode.Conflict);
        using var delete = await SendAsync(fixture.Admin, "DELETE /api/v1/support-areas/online-support", null);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        var (gone, _) = await fixture.Anonymous.GetProblemAsync("/api/v1/support-areas/online-support");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);

        using var group = await SendAsync(fixture.Admin, "PUT /api/v1/target-groups/grandparents", new { nameLv = "Vecvecāki", nameEn = "Grandparents" });
        Assert.Equal(HttpStatusCode.OK, group.StatusCode);
        Assert.Contains(await fixture.Anonymous.GetJsonAsync<List<TargetGroupDto>>("/api/v1/target-groups"), g => g.Code == "grandparents");
        using var groupInUse = await SendAsync(fixture.Admin, "DELETE /api/v1/target-groups/parents", null);
        await AssertProblemAsync(groupInUse, HttpStatusCode.Conflict);

        var before = await fixture.Anonymous.GetJsonAsync<RegionDto>("/api/v1/regions/0006000");
        using var rename = await SendAsync(fixture.Admin, "PUT /api/v1/regions/0006000", new { nameLv = "Rēzeknes valstspilsēta", nameEn = "Rēzekne State City" });
        Assert.Equal(HttpStatusCode.OK, rename.StatusCode);
        Assert.Equal("Rēzeknes valstspilsēta", (await fixture.Anonymous.GetJsonAsync<RegionDto>("/api/v1/regions/0006000")).Name);
        using var restore = await SendAsync(fixture.Admin, "PUT /api/v1/regions/0006000", new { nameLv = before.NameLv, nameEn = before.NameEn });
        using var unknownRegion = await SendAsync(fixture.Admin, "PUT /api/v1/regions/9999999", new { nameLv = "X", nameEn = "X" });
        await AssertProblemAsync(unknownRegion, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invalid_api_key_request_is_a_400()
    {
        using var response = await fixture.Admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "", role = "superuser" }, TestContext.Current.CancellationToken);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["name", "role"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }
}
