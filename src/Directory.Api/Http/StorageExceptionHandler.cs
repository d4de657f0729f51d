using Directory.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;

namespace Directory.Api.Http;

/// <summary>
/// Database errors a client can act on: a unique constraint lost to a concurrent request, or a row
/// another request changed between this one reading and writing it (an import racing a PATCH), is a 409
/// problem; storage that cannot be read or written is a 503 problem with Retry-After (nothing was
/// stored), after which pooled connections are dropped so the service recovers by itself.
/// </summary>
public sealed class StorageExceptionHandler(IProblemDetailsService problems, ILogger<StorageExceptionHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        int status;
        string title, detail;
        if (DatabaseFailures.IsUniqueViolation(exception))
        {
            (status, title, detail) = (StatusCodes.Status409Conflict, "Conflict",
                "Another request created the same thing at the same moment (same slug, registration number, key or name); nothing was stored. Read the current data and try again.");
        }
        else if (exception is Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            (status, title, detail) = (StatusCodes.Status409Conflict, "Conflict",
                "Another request changed a profile this one was writing, at the same moment; nothing was stored. Read the current data and try again.");
        }
        else if (DatabaseFailures.IsStorageFailure(exception))
        {
            logger.LogError(exception, "The database cannot be used; answering 503");
            DatabaseFailures.ResetConnections();
            (status, title, detail) = (StatusCodes.Status503ServiceUnavailable, "The database is unavailable",
                $"The directory's storage cannot be used right now; nothing was stored. Retry after {RetryAfterSeconds} seconds.");
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
