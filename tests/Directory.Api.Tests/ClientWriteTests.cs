using System.Text.Json.Nodes;
using Directory.Api.Tests.Infrastructure;
using Lblt.Directory.Client;
using Directory.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

/// <summary>
/// Writing through the generated client as an integrator would: a merge patch of one field changes that
/// field and nothing else — tested on profiles whose booleans are true, since a client that always sent
/// them would reset them to false — and the history reads back as typed changes.
/// </summary>
public sealed class ClientWriteTests(ClientWriteTests.Fixture fixture) : IClassFixture<ClientWriteTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public ServiceProvider Client { get; private set; } = null!;
        public HttpClient Raw { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            var key = await CreateKeyAsync(Role.Editor);
            Client = ClientServices.For(this, "lv", key);
            Raw = CreateClient();
            Raw.DefaultRequestHeaders.Add("X-Api-Key", key);
            await AddNgosAsync(new NgoSpec("Patch biedrība") { Slug = "patch-ngo", IsMember = true, Nationwide = true, DescriptionEn = "Support." });
            await AddExpertsAsync(new ExpertSpec("Patch Eksperte") { Consented = true, Nationwide = true, Email = "patch@test.example" });
        }

        public new async ValueTask DisposeAsync()
        {
            await Client.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_client_patch_of_one_ngo_field_changes_that_field_alone_and_is_audited_as_that_field()
    {
        var ngos = fixture.Client.GetRequiredService<INgosClient>();
        var before = await ngos.GetNgoAsync("patch-ngo", cancellationToken: Cancel);
        var raw = await RawAsync("/api/v1/ngos/patch-ngo");

        await ngos.PatchNgoAsync("patch-ngo", before.ETag!, new NgoPatch { ShortName = "Client" }, Cancel);

        AssertOnlyChanged(raw, await RawAsync("/api/v1/ngos/patch-ngo"), "shortName", "Client");
        var last = ((await ngos.GetNgoHistoryAsync("patch-ngo", cancellationToken: Cancel)).Result).OrderBy(e => e.Id).Last();
        Assert.Equal(["shortName"], last.Changes!.Keys);
        Assert.Equal("Client", last.Changes["shortName"].After?.ToString());
    }

    [Fact]
    public async Task A_client_patch_of_one_expert_field_changes_that_field_alone_and_keeps_the_consent()
    {
        var experts = fixture.Client.GetRequiredService<IExpertsClient>();
        var slug = ((await experts.ListExpertsAsync(q: "Patch", cancellationToken: Cancel)).Result).Items.Single().Slug;
        var before = await experts.GetExpertAsync(slug, cancellationToken: Cancel);
        Assert.NotNull(before.Result.Contacts);
        var raw = await RawAsync($"/api/v1/experts/{slug}");

        await experts.PatchExpertAsync(slug, before.ETag!, new ExpertPatch { Title = "Klīniskā psiholoģe" }, Cancel);

        AssertOnlyChanged(raw, await RawAsync($"/api/v1/experts/{slug}"), "title", "Klīniskā psiholoģe");
        var last = ((await experts.GetExpertHistoryAsync(slug, cancellationToken: Cancel)).Result).OrderBy(e => e.Id).Last();
        Assert.Equal(["title"], last.Changes!.Keys);
    }

    private async Task<JsonObject> RawAsync(string url) =>
        JsonNode.Parse(await fixture.Raw.GetStringAsync(url, Cancel))!.AsObject();

    /// <summary>The whole profile as JSON, before and after: only the field, the version and the update time moved.</summary>
    private static void AssertOnlyChanged(JsonObject before, JsonObject after, string field, string value)
    {
        Assert.Equal(value, after[field]!.GetValue<string>());
        foreach (var moved in new[] { field, "version", "updatedAt" })
        {
            before.Remove(moved);
            after.Remove(moved);
        }

        Assert.Equal(before.ToJsonString(), after.ToJsonString());
    }
}
