using Directory.Api.Tests.Infrastructure;

namespace Directory.Api.Tests;

/// <summary>Lists and facets are answered from the in-memory read model: no database round trip while the data is unchanged.</summary>
public sealed class RoundTripTests(DemoDirectoryFactory factory) : IClassFixture<DemoDirectoryFactory>
{
    private readonly HttpClient _client = Uncached(factory.CreateClient());

    // The server also keeps whole answers in memory; no-cache makes these tests measure the read model.
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
    public async Task Lists_and_facets_take_no_database_round_trip_once_loaded(string url)
    {
        await _client.GetStringAsync(url, TestContext.Current.CancellationToken);
        factory.Commands.Reset();

        var body = await _client.GetStringAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(0, factory.Commands.Count);
        Assert.Contains("\"totalItems\"", body, StringComparison.Ordinal);
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
