using System.Net;
using System.Net.Http.Json;
using Directory.Api.Contracts;
using Directory.Api.Tests.Infrastructure;
using static Directory.Api.Tests.WriteApiTests;

namespace Directory.Api.Tests;

/// <summary>Writes that must hold after the fact: a retried POST is answered once, a withdrawn consent hides contacts at once, an erasure leaves nothing personal.</summary>
public sealed class WriteGuaranteeTests(WriteApiTests.Fixture fixture) : IClassFixture<WriteApiTests.Fixture>
{
    [Fact]
    public async Task A_retried_post_with_an_idempotency_key_returns_the_first_result()
    {
        var body = ValidNgo("idempotents");
        using var first = await PostWithKeyAsync(body, "retry-1");
        using var retry = await PostWithKeyAsync(body, "retry-1");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(
            await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            await retry.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        using var reused = await PostWithKeyAsync(ValidNgo("cits-idempotents"), "retry-1");
        await AssertProblemAsync(reused, HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task An_idempotency_key_older_than_a_day_is_forgotten_and_may_be_used_again()
    {
        using var first = await PostWithKeyAsync(ValidNgo("vecs-idempotents"), "old-key");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await fixture.WithDbAsync(async db =>
        {
            var record = db.IdempotencyRecords.Single(r => r.Key == "old-key");
            record.CreatedAt = DateTime.UtcNow.AddHours(-25);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        using var again = await PostWithKeyAsync(ValidNgo("jauns-idempotents"), "old-key");
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.NotEqual(first.Headers.Location, again.Headers.Location);
        await fixture.WithDbAsync(db =>
        {
            Assert.True(db.IdempotencyRecords.Single(r => r.Key == "old-key").CreatedAt > DateTime.UtcNow.AddHours(-1));
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Expert_contacts_hide_at_once_when_consent_is_withdrawn()
    {
        using var created = await fixture.Editor.PostAsJsonAsync("/api/v1/experts", ValidExpert("Pēteris Piekritējs", consent: true), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var expert = (await created.Content.ReadFromJsonAsync<ExpertDto>(ApiClient.Json, TestContext.Current.CancellationToken))!;
        Assert.Equal("peteris@test.example", (await fixture.Anonymous.GetJsonAsync<ExpertDto>($"/api/v1/experts/{expert.Slug}")).Contacts?.Email);

        using var withdraw = await SendAsync(fixture.Editor, $"PATCH /api/v1/experts/{expert.Id}", new { contactConsent = false }, created.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);

        Assert.Null((await fixture.Anonymous.GetJsonAsync<ExpertDto>($"/api/v1/experts/{expert.Slug}")).Contacts);
        Assert.DoesNotContain("peteris@test.example", await fixture.Anonymous.GetStringAsync("/api/v1/experts?pageSize=100", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_removes_the_person_and_leaves_a_tombstone_without_personal_data()
    {
        using var created = await fixture.Editor.PostAsJsonAsync("/api/v1/experts", ValidExpert("Dzēšamā Persona", consent: true), TestContext.Current.CancellationToken);
        var expert = (await created.Content.ReadFromJsonAsync<ExpertDto>(ApiClient.Json, TestContext.Current.CancellationToken))!;
        using var patched = await SendAsync(fixture.Editor, $"PATCH /api/v1/experts/{expert.Id}", new { title = "Juriste" }, created.Headers.ETag!.ToString());

        using var erase = await SendAsync(fixture.Admin, $"DELETE /api/v1/experts/{expert.Id}/personal-data", null);
        Assert.Equal(HttpStatusCode.NoContent, erase.StatusCode);

        var (gone, _) = await fixture.Editor.GetProblemAsync($"/api/v1/experts/{expert.Id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var history = await fixture.Admin.GetStringAsync($"/api/v1/experts/{expert.Id}/history", TestContext.Current.CancellationToken);
        Assert.Contains("\"erase\"", history, StringComparison.Ordinal);
        Assert.DoesNotContain("Dzēšamā", history, StringComparison.Ordinal);
        Assert.DoesNotContain("dzesama", history, StringComparison.Ordinal);
        Assert.DoesNotContain("@test.example", history, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostWithKeyAsync(object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ngos") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await fixture.Editor.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
