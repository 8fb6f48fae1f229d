using MapDashboard.Core.Events;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Pipeline;

/// <summary>Stage 5: the dated events a geoparsed article reports (type, actors, place, excerpt).</summary>
public interface IEventCoder
{
    /// <summary>Every event of the article, in text order.</summary>
    IReadOnlyList<CodedEvent> Code(GeoparseResult result);
}
