using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Pipeline;

/// <summary>Stage 3: the gazetteer places a mention may refer to.</summary>
public interface ICandidateSource
{
    /// <summary>Candidates for one mention, strongest match first; empty when the gazetteer has none.</summary>
    IReadOnlyList<GeoCandidate> Candidates(PlaceMention mention);
}
