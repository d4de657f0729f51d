using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Directory.Api.Http;

/// <summary>Health answers as JSON; an unhealthy one as a 503 problem like every other error.</summary>
public static class HealthResponses
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        if (report.Status == HealthStatus.Unhealthy)
        {
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "The service is not ready.",
                    Detail = string.Join(" ", report.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy).Select(e => $"{e.Key}: {e.Value.Description}")),
                },
            });
            return;
        }

        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, new { status = report.Status.ToString() }, cancellationToken: context.RequestAborted);
    }
}
