using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MapDashboard.Web.Health;

/// <summary>Healthy when the offline basemap and Leaflet were copied into the web root by the build.</summary>
public sealed class BasemapHealthCheck(IWebHostEnvironment environment) : IHealthCheck
{
    /// <summary>Files the map cannot draw without.</summary>
    public static readonly IReadOnlyList<string> RequiredFiles =
        ["lib/leaflet/leaflet.js", "lib/leaflet.markercluster/leaflet.markercluster.js", "basemap/admin1.geojson", "basemap/countries.geojson"];

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var missing = RequiredFiles.Where(f => !environment.WebRootFileProvider.GetFileInfo(f).Exists).ToList();
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy("basemap and Leaflet present")
            : HealthCheckResult.Unhealthy($"missing from the web root: {string.Join(", ", missing)} (run the build, which copies wwwroot-assets)"));
    }
}
