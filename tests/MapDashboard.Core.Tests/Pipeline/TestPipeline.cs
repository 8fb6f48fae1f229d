using MapDashboard.Core.Events;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Core.Tests.Pipeline;

/// <summary>The pipeline as the composition root makes it, over a small hand-written place index.</summary>
internal static class TestPipeline
{
    /// <summary>The services with <paramref name="index"/> loaded and any stage replaced by <paramref name="overrides"/>.</summary>
    public static ServiceProvider Services(PlaceIndex index, Action<IServiceCollection>? overrides = null, RankerOptions? rankerOptions = null)
    {
        var services = new ServiceCollection().AddMapDashboardPipeline(rankerOptions);
        overrides?.Invoke(services);
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<PlaceIndexHolder>().Set(index);
        return provider;
    }

    /// <summary>The geoparser over <paramref name="index"/>.</summary>
    public static Geoparser GeoparserOver(PlaceIndex index, RankerOptions? rankerOptions = null) =>
        Services(index, rankerOptions: rankerOptions).GetRequiredService<Geoparser>();

    /// <summary>The event coder the composition root registers.</summary>
    public static EventCoder Coder() => (EventCoder)new ServiceCollection().AddMapDashboardPipeline().BuildServiceProvider().GetRequiredService<IEventCoder>();
}
