using Directory.Api.Contracts;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;

namespace Directory.Api.Tests;

public sealed class ExpertTests(ExpertTests.Fixture fixture) : IClassFixture<ExpertTests.Fixture>
{
    public const string PrivateEmail = "private.person@hidden.example";
    public const string PrivatePhone = "+37129999999";

    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public IReadOnlyList<Expert> Added { get; private set; } = [];

        public async ValueTask InitializeAsync() => Added = await AddExpertsAsync(
            new ExpertSpec("Ilze Ozola") { Consented = true, Email = "ilze@public.example", Phone = "+37120000001", Regions = ["0006000"], Expertise = ["foster-care"], Languages = ["lv", "ru"] },
            new ExpertSpec("Ēriks Bērziņš") { Consented = false, Email = PrivateEmail, Phone = PrivatePhone, Nationwide = true, Expertise = ["mental-health"], Title = "Klīniskais psihologs" },
            new ExpertSpec("Žanna Ķēniņa") { Consented = true, Regions = ["kurzeme"], Expertise = ["legal-aid"], Languages = ["lv", "en"] },
            new ExpertSpec("Melnraksta Eksperte") { Consented = true, Nationwide = true, Status = PublicationStatus.Draft });
    }

    private readonly HttpClient _client = fixture.CreateClient();

    private async Task<string[]> NamesAsync(string query) =>
        [.. (await _client.GetJsonAsync<PagedResult<ExpertDto>>($"/api/v1/experts?{query}")).Items.Select(e => e.Name)];

    [Fact]
    public async Task Contacts_appear_only_with_recorded_consent()
    {
        var list = await _client.GetJsonAsync<PagedResult<ExpertDto>>("/api/v1/experts");
        var ilze = list.Items.Single(e => e.Name == "Ilze Ozola");
        var eriks = list.Items.Single(e => e.Name == "Ēriks Bērziņš");

        Assert.Equal("ilze@public.example", ilze.Contacts?.Email);
        Assert.Equal("+37120000001", ilze.Contacts?.Phone);
        Assert.Null(eriks.Contacts);
    }

    [Theory]
    [InlineData("/api/v1/experts")]
    [InlineData("/api/v1/experts?q=eriks")]
    [InlineData("/api/v1/experts?expertise=health")]
    [InlineData("/api/v1/experts?region=0006000&sort=-updated")]
    [InlineData("/api/v1/experts?pageSize=1&page=2")]
    public async Task Non_consented_contact_details_never_appear_in_any_response(string url)
    {
        var list = await _client.GetJsonAsync<PagedResult<ExpertDto>>(url);
        var body = await _client.GetStringAsync(url, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(PrivateEmail, body, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivatePhone, body, StringComparison.Ordinal);

        foreach (var expert in list.Items)
        {
            var item = await _client.GetStringAsync($"/api/v1/experts/{expert.Slug}", TestContext.Current.CancellationToken);
            Assert.DoesNotContain(PrivateEmail, item, StringComparison.Ordinal);
            Assert.DoesNotContain(PrivatePhone, item, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Expert_filters_select_by_expertise_region_language_and_text()
    {
        Assert.Equal(["Ēriks Bērziņš"], await NamesAsync("expertise=health"));
        Assert.Equal(["Ilze Ozola"], await NamesAsync("expertise=alternative-care"));
        Assert.Equal(["Ēriks Bērziņš", "Ilze Ozola"], await NamesAsync("region=latgale"));
        Assert.Equal(["Ēriks Bērziņš", "Žanna Ķēniņa"], await NamesAsync("region=0005000"));
        Assert.Equal(["Žanna Ķēniņa"], await NamesAsync("language=en"));
        Assert.Equal(["Žanna Ķēniņa"], await NamesAsync("q=kenina"));
        Assert.Equal(["Ēriks Bērziņš"], await NamesAsync("q=KLINISKAIS"));
    }

    [Fact]
    public async Task Experts_sort_in_latvian_order_and_drafts_are_hidden()
    {
        Assert.Equal(["Ēriks Bērziņš", "Ilze Ozola", "Žanna Ķēniņa"], await NamesAsync(""));
        var draft = fixture.Added.Single(e => e.Status == PublicationStatus.Draft);
        var (response, _) = await _client.GetProblemAsync($"/api/v1/experts/{draft.Slug}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Expert_is_found_by_id_and_by_slug()
    {
        var list = await _client.GetJsonAsync<PagedResult<ExpertDto>>("/api/v1/experts?q=ilze");
        var ilze = list.Items.Single();
        var byId = await _client.GetJsonAsync<ExpertDto>($"/api/v1/experts/{ilze.Id}");
        var bySlug = await _client.GetJsonAsync<ExpertDto>($"/api/v1/experts/{ilze.Slug}");
        Assert.Equal(ilze.Id, byId.Id);
        Assert.Equal(ilze.Id, bySlug.Id);
        Assert.Equal(["foster-care"], bySlug.Expertise.Select(a => a.Code));
        Assert.Equal(["advice", "talks"], bySlug.HelpOffered);
    }
}
