using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MapDashboard.Web.Health;

/// <summary>Healthy when the event store answers (a SQLite file not made yet is fine: the first ingest makes it).</summary>
public sealed class EventStoreHealthCheck(EventStoreLocation store) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!store.Exists)
        {
            return HealthCheckResult.Healthy($"{store.Provider} store {store.Description} not made yet (the first ingest makes it)");
        }
        try
        {
            await using var connection = await store.Reader.OpenConnectionAsync(cancellationToken);
            // Not a count: at millions of events a count is a scan, and /healthz is polled.
            var version = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT MAX(version) FROM schema_migrations", cancellationToken: cancellationToken));
            return HealthCheckResult.Healthy($"{store.Provider} store {store.Description} at schema version {version}");
        }
        catch (DbException ex)
        {
            return HealthCheckResult.Unhealthy($"{store.Provider} store {store.Description} does not answer: {ex.Message}");
        }
    }
}
