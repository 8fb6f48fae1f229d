namespace MapDashboard.Core.Gazetteer;

/// <summary>A place a surface form may refer to, with how and how well the name matched.</summary>
/// <param name="MatchedName">The gazetteer name (primary or alternate) that matched.</param>
/// <param name="Score">Name similarity in [0,1]: 1 for exact, lower for looser matches.</param>
public sealed record GeoCandidate(Place Place, MatchKind Kind, double Score, string MatchedName);
