namespace Directory.Api.Cli;

/// <summary>
/// <c>Directory.Api healthcheck</c>: asks the running service whether it is ready and exits 0 or 1,
/// so the container image needs no curl for its HEALTHCHECK.
/// </summary>
public static class HealthProbe
{
    /// <param name="args">The command line: <c>healthcheck [--url http://host:port]</c>.</param>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var uri = Commands.Option(args, "--url") is { } url && Uri.TryCreate(url.TrimEnd('/') + "/", UriKind.Absolute, out var given)
            ? new Uri(given, "health/ready")
            : ReadyUri(Environment.GetEnvironmentVariable("ASPNETCORE_URLS"), Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS"));
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        string problem;
        try
        {
            using var response = await client.GetAsync(uri);
            if (response.IsSuccessStatusCode)
            {
                Console.WriteLine($"Ready: {uri}");
                return 0;
            }

            problem = $"{uri} answered {(int)response.StatusCode}: the service is up but not ready (its database?).";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            problem = $"Nothing answered at {uri} ({e.Message.TrimEnd('.')}).";
        }

        // Under `dotnet run` the launch profile's port is in ASPNETCORE_URLS, whichever port the service took.
        await Console.Error.WriteLineAsync($"{problem} Where the service listens elsewhere, say so: healthcheck --url http://host:port");
        return 1;
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
