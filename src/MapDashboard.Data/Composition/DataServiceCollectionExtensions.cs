using MapDashboard.Core.Pipeline;
using MapDashboard.Data.Articles;
using MapDashboard.Data.Corrections;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Data.Composition;

/// <summary>The composition root of the data layer: stores, queries, the ingester and the index loader.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the event store with its queries, the article reader, the ingester and the corrector (when
    /// <see cref="MapDashboardDataOptions.Store"/> is set) and the <see cref="PlaceIndexLoader"/> (when a gazetteer is
    /// named). Needs <see cref="PipelineServiceCollectionExtensions.AddMapDashboardPipeline"/> for the stages.
    /// </summary>
    public static IServiceCollection AddMapDashboardData(this IServiceCollection services, Action<MapDashboardDataOptions> configure)
    {
        var options = new MapDashboardDataOptions();
        configure(options);
        services.AddSingleton(options);
        services.AddSingleton(new ArticleFileReader(options.MaxArticleBytes));
        services.AddSingleton(options.IngestLimits);
        if (options.IndexSource is { } indexSource)
        {
            services.AddSingleton(sp => new PlaceIndexLoader(sp.GetRequiredService<PlaceIndexHolder>(), ct => indexSource(sp, ct)));
        }
        else if (options.GazetteerPath is { } path)
        {
            services.AddSingleton(sp => new PlaceIndexLoader(sp.GetRequiredService<PlaceIndexHolder>(), _ => Task.FromResult<IPlaceIndexSource>(new SqliteGazetteer(path))));
        }
        if (options.Store is { } writer)
        {
            var reader = options.StoreReader ?? writer;
            services.AddSingleton(new EventStore(writer));
            services.AddSingleton(new EventQueries(reader));
            services.AddSingleton(new ArticleQueries(reader));
            services.AddSingleton(new ReviewQueue(reader));
            services.AddSingleton(new CorrectionStore(reader));
            services.AddSingleton(new ImportedEventQueries(reader));
            services.AddSingleton(new Trends.EventTrends(reader));
            services.AddSingleton(new RemovedRecordQueries(reader));
            services.AddSingleton<ArticleIngester>();
            services.AddSingleton(new Feeds.FeedStore(writer));
            services.AddSingleton(new Outlets.OutletStore(writer));
            services.AddSingleton(sp => new Corrector(sp.GetRequiredService<ArticleIngester>(), sp.GetRequiredService<EventStore>(), writer));
        }
        return services;
    }
}
