using MapDashboard.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MapDashboard.Web.Health;

/// <summary>Healthy when the gazetteer (the bundled database, or PostgreSQL's gazetteer schema) answers a query.</summary>
public sealed class GazetteerHealthCheck(RepositoryLayout layout, GazetteerAccess access) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (access.TryOpen() is Data.Gazetteer.Postgres.PostgresGazetteer postgres)
        {
            try
            {
                return HealthCheckResult.Healthy($"PostgreSQL gazetteer with {await postgres.CountPlacesAsync(cancellationToken)} places");
            }
            catch (System.Data.Common.DbException ex)
            {
                return HealthCheckResult.Unhealthy($"the PostgreSQL gazetteer cannot be read: {ex.Message}");
            }
        }
        if (!File.Exists(layout.GazetteerDatabase))
        {
            return HealthCheckResult.Unhealthy($"gazetteer database {layout.GazetteerDatabase} is missing: run ./mapdash gazetteer build");
        }
        try
        {
            await using var connection = await new SqliteConnectionFactory(layout.GazetteerDatabase, readOnly: true).OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT value FROM meta WHERE key = 'places'";
            var places = await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"gazetteer with {places} places");
        }
        catch (SqliteException ex)
        {
            return HealthCheckResult.Unhealthy($"gazetteer database {layout.GazetteerDatabase} cannot be read: {ex.Message}");
        }
    }
}
