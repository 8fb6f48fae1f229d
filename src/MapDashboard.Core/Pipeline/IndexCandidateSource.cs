using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Pipeline;

/// <summary>Candidates from the loaded in-memory place index; a name the recognizer found outside the gazetteer has none.</summary>
public sealed class IndexCandidateSource(PlaceIndexHolder indexes) : ICandidateSource
{
    /// <inheritdoc />
    public IReadOnlyList<GeoCandidate> Candidates(PlaceMention mention) =>
        mention.InGazetteer ? indexes.Current.Candidates(mention.Text) : [];
}
