using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Pipeline;

/// <summary>A place mention with the gazetteer places it may refer to (none when the gazetteer lacks the name).</summary>
public sealed record MentionCandidates(PlaceMention Mention, IReadOnlyList<GeoCandidate> Candidates)
{
    /// <summary>Consonant look-alikes of a name spelled as some gazetteer name is (<see cref="ICandidateSource.LookAlikes"/>); not candidates.</summary>
    public IReadOnlyList<GeoCandidate> LookAlikes { get; init; } = [];
}
