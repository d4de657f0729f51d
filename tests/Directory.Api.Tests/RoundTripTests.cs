using Directory.Api.Tests.Infrastructure;

namespace Directory.Api.Tests;

/// <summary>A list page, its total and its links take at most three database round trips, whatever the page size.</summary>
public sealed class RoundTripTests(DemoDirectoryFactory factory) : IClassFixture<DemoDirectoryFactory>
{
    private readonly HttpClient _client = Uncached(factory.CreateClient());

    // The server keeps public answers in memory until the data changes; these tests measure the database path.
    private static HttpClient Uncached(HttpClient client)
    {
        client.DefaultRequestHeaders.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        return client;
    }

    [Theory]
    [InlineData("/api/v1/ngos?pageSize=1")]
    [InlineData("/api/v1/ngos?pageSize=100")]
    [InlineData("/api/v1/ngos?pageSize=100&region=latgale&supportArea=health&targetGroup=parents&language=ru&q=berni&member=true&updatedSince=2020-01-01")]
    [InlineData("/api/v1/experts?pageSize=100")]
    [InlineData("/api/v1/experts?pageSize=100&expertise=health&region=riga&language=lv&q=a")]
    [InlineData("/api/v1/ngos/facets?region=latgale")]
    public async Task List_page_takes_a_fixed_number_of_database_round_trips(string url)
    {
        await _client.GetStringAsync(url, TestContext.Current.CancellationToken);
        factory.Commands.Reset();

        await _client.GetStringAsync(url, TestContext.Current.CancellationToken);

        var limit = url.Contains("/facets", StringComparison.Ordinal) ? 5 : 3;
        Assert.InRange(factory.Commands.Count, 1, limit);
    }

    [Fact]
    public async Task Reference_data_is_served_without_touching_the_database()
    {
        factory.Commands.Reset();
        await _client.GetStringAsync("/api/v1/regions", TestContext.Current.CancellationToken);
        await _client.GetStringAsync("/api/v1/support-areas/health", TestContext.Current.CancellationToken);
        await _client.GetStringAsync("/api/v1/target-groups", TestContext.Current.CancellationToken);
        Assert.Equal(0, factory.Commands.Count);
    }
}
