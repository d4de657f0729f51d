namespace Directory.Api.Http;

/// <summary>
/// <c>Directory.Api healthcheck</c>: asks the running service whether it is ready and exits 0 or 1,
/// so the container image needs no curl for its HEALTHCHECK.
/// </summary>
public static class HealthProbe
{
    public static async Task<int> RunAsync()
    {
        var uri = ReadyUri(Environment.GetEnvironmentVariable("ASPNETCORE_URLS"), Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS"));
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(uri);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException)
        {
            return 1;
        }
        catch (TaskCanceledException)
        {
            return 1;
        }
    }

    /// <summary>
    /// Where the service listens, as Kestrel reads it: the first http address of ASPNETCORE_URLS (a
    /// wildcard host means this machine), else the first of ASPNETCORE_HTTP_PORTS, else 8080.
    /// </summary>
    public static Uri ReadyUri(string? urls, string? httpPorts)
    {
        var http = (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
        if (http is not null)
        {
            var local = System.Text.RegularExpressions.Regex.Replace(http, @"^http://(\*|\+|0\.0\.0\.0|\[::\])(?=[:/]|$)", "http://127.0.0.1", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            return new Uri(new Uri(local.TrimEnd('/') + "/"), "health/ready");
        }

        var port = (httpPorts ?? "").Split(';', ',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "8080";
        return new Uri($"http://127.0.0.1:{port}/health/ready");
    }
}
