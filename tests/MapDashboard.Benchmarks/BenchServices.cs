using MapDashboard.Data;
using MapDashboard.Data.Composition;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Benchmarks;

/// <summary>The pipeline for benchmarks, composed by the data layer's composition root over the checkout's gazetteer.</summary>
internal static class BenchServices
{
    /// <summary>The services with the place index loaded (not part of any measured benchmark).</summary>
    public static Task<ServiceProvider> CreateAsync(string gazetteer) =>
        MapDashboardServices.CreateAsync(options => options.GazetteerPath = gazetteer);

    /// <summary>An ingester over the composed pipeline writing into <paramref name="store"/>.</summary>
    public static ArticleIngester Ingester(IServiceProvider services, IStoreConnectionFactory store) =>
        ActivatorUtilities.CreateInstance<ArticleIngester>(services, new EventStore(store));
}
