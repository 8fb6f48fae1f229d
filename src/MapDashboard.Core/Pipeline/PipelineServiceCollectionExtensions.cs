using MapDashboard.Core.Actors;
using MapDashboard.Core.Events;
using MapDashboard.Core.Geoparsing;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Core.Pipeline;

/// <summary>The composition root of the pipeline: every stage is registered here, and nowhere else says <c>new</c> to one.</summary>
public static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the pipeline's stages as singletons (each is immutable or follows the <see cref="PlaceIndexHolder"/>):
    /// cleaner, recognizer, candidate source, ranker, event coder and control-change extractor, and the
    /// <see cref="Geoparser"/> that sequences the first four. A stage registered again after this call replaces the
    /// default (tests swap stages that way). The index itself is loaded by the data layer.
    /// </summary>
    public static IServiceCollection AddMapDashboardPipeline(this IServiceCollection services, RankerOptions? rankerOptions = null)
    {
        services.AddSingleton<PlaceIndexHolder>();
        services.AddSingleton(rankerOptions ?? new RankerOptions());
        services.AddSingleton<IArticleCleaner, ArticleCleaner>();
        services.AddSingleton<IToponymRecognizer, LexiconToponymRecognizer>();
        services.AddSingleton<ICandidateSource, IndexCandidateSource>();
        services.AddSingleton<IPlaceRanker, PlaceRanker>();
        services.AddSingleton(_ => FactionCatalogue.LoadDefault());
        services.AddSingleton<ActorRecognizer>();
        services.AddSingleton(_ => EventLexicon.LoadDefault());
        services.AddSingleton<IEventCoder, EventCoder>();
        services.AddSingleton<IControlChangeExtractor, ControlChangeExtractor>();
        services.AddSingleton<Geoparser>();
        return services;
    }
}
