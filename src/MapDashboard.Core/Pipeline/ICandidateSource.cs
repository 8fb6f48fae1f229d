using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Pipeline;

/// <summary>Stage 3: the gazetteer places a mention may refer to.</summary>
public interface ICandidateSource
{
    /// <summary>Candidates for one mention, strongest match first; empty when the gazetteer has none.</summary>
    IReadOnlyList<GeoCandidate> Candidates(PlaceMention mention);

    /// <summary>
    /// Places that share the mention's consonants but not its spelling, left out of <see cref="Candidates"/> because a
    /// reading spelled as written exists; the ranker weighs them only against a reading the report's area contradicts.
    /// </summary>
    IReadOnlyList<GeoCandidate> LookAlikes(PlaceMention mention) => [];
}
