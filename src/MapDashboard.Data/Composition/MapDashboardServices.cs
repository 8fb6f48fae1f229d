using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Data.Composition;

/// <summary>The whole pipeline and data layer as one service provider, for the command line, tests and benchmarks.</summary>
public static class MapDashboardServices
{
    /// <summary>
    /// Builds the provider (pipeline + data, then <paramref name="overrides"/>, which may replace any stage) and, when a
    /// gazetteer is configured, loads the place index, so the <see cref="Geoparser"/> it returns is ready.
    /// </summary>
    /// <exception cref="FileNotFoundException">The SQLite gazetteer named does not exist.</exception>
    public static async Task<ServiceProvider> CreateAsync(Action<MapDashboardDataOptions> configure, Action<IServiceCollection>? overrides = null,
        RankerOptions? rankerOptions = null, CancellationToken cancellationToken = default)
    {
        var services = new ServiceCollection().AddMapDashboardPipeline(rankerOptions).AddMapDashboardData(configure);
        overrides?.Invoke(services);
        var provider = services.BuildServiceProvider();
        try
        {
            if (provider.GetService<PlaceIndexLoader>() is { } loader)
            {
                await loader.EnsureLoadedAsync(cancellationToken);
            }
            return provider;
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }
}
