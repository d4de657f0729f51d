using System.Net.Http.Json;
using System.Text.Json;

namespace Lblt.Directory.Client;

/// <summary>Turns every problem+json answer into a <see cref="DirectoryProblemException"/>, whatever the operation.</summary>
public sealed class ProblemDetailsHandler : DelegatingHandler
{
    private const string ProblemJson = "application/problem+json";

    /// <summary>A handler for <c>IHttpClientFactory</c>, which sets the inner handler.</summary>
    public ProblemDetailsHandler()
    {
    }

    /// <summary>A handler in front of <paramref name="innerHandler"/>.</summary>
    /// <param name="innerHandler">The handler that sends the requests.</param>
    public ProblemDetailsHandler(HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != ProblemJson)
        {
            return response;
        }

        using (response)
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
            throw new DirectoryProblemException(
                response.StatusCode,
                Text(problem, "title"),
                Text(problem, "detail"),
                Text(problem, "type"),
                Text(problem, "instance"),
                Errors(problem))
            {
                TraceId = Text(problem, "traceId"),
                RetryAfter = response.Headers.RetryAfter is { } retry ? retry.Delta ?? (retry.Date - DateTimeOffset.UtcNow) : null,
                Report = problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("report", out var report) && report.ValueKind == JsonValueKind.Object
                    ? report.Deserialize<ImportReport>(JsonSerializerOptions.Web)
                    : null,
            };
        }
    }

    private static string? Text(JsonElement problem, string name) =>
        problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, string[]> Errors(JsonElement problem)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Object)
        {
            foreach (var parameter in list.EnumerateObject())
            {
                errors[parameter.Name] = [.. parameter.Value.EnumerateArray().Select(m => m.GetString() ?? "")];
            }
        }

        return errors;
    }
}
