using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Directory.Api.Http;

/// <summary>
/// Writes every problem as <c>application/problem+json</c>, whatever the client's Accept says. The
/// framework's own writer declines when Accept names no JSON type (a browser's <c>text/html</c>), and
/// the status-code pages then answer in plain text; an API has one error format.
/// </summary>
public sealed class ProblemJsonWriter(IOptions<JsonOptions> json, IOptions<ProblemDetailsOptions> problems) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        problems.Value.CustomizeProblemDetails?.Invoke(context);
        var response = context.HttpContext.Response;
        var problem = context.ProblemDetails;
        return new ValueTask(response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json", response.HttpContext.RequestAborted));
    }
}
