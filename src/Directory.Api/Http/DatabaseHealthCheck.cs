using Directory.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Directory.Api.Http;

public sealed class DatabaseHealthCheck(DirectoryDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database cannot be reached.");
}
