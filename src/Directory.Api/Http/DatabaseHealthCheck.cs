using Directory.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Directory.Api.Http;

/// <summary>Ready while the database can be read and written (see <see cref="DatabaseFailures.ProbeAsync"/>).</summary>
public sealed class DatabaseHealthCheck(DirectoryDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await DatabaseFailures.ProbeAsync(db, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            DatabaseFailures.ResetConnections();
            return HealthCheckResult.Unhealthy("The database cannot be read or written.");
        }
    }
}
