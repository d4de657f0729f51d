using System.Net.Http.Json;
using System.Text.Json;
using Directory.Api.Contracts;

namespace Directory.Api.Tests.Infrastructure;

public static class ApiClient
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    public static async Task<T> GetJsonAsync<T>(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public static Task<PagedResult<NgoDto>> GetNgosAsync(this HttpClient client, string query = "") =>
        client.GetJsonAsync<PagedResult<NgoDto>>($"/api/v1/ngos{(query.Length > 0 ? "?" + query : "")}");

    /// <summary>Every item of a filtered list, page after page, following the next links.</summary>
    public static async Task<List<NgoDto>> GetAllNgosAsync(this HttpClient client, string query)
    {
        var all = new List<NgoDto>();
        var page = await client.GetNgosAsync(query);
        all.AddRange(page.Items);
        while (page.Links.Next is { } next)
        {
            page = await client.GetJsonAsync<PagedResult<NgoDto>>(next.PathAndQuery);
            all.AddRange(page.Items);
        }

        return all;
    }

    public static async Task<(HttpResponseMessage Response, JsonElement Problem)> GetProblemAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return (response, body);
    }
}
