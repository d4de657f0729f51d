using Microsoft.AspNetCore.Diagnostics;

namespace Directory.Api.Http;

/// <summary>
/// A value the framework could not bind (say <c>page=abc</c>) becomes a 400 problem that names the
/// parameter; every other exception is left to the default handler, which writes a bare 500 problem.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Title = "The request is malformed.",
                Detail = badRequest.Message,
            },
            Exception = exception,
        });
    }
}
