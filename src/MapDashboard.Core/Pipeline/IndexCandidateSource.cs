using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Pipeline;

/// <summary>
/// Candidates from the loaded in-memory place index; a name the recognizer found outside the gazetteer has none. A
/// capital phrase ("the capital", "the Iraqi capital": <see cref="CapitalPhrase"/>) has one: that country's national
/// capital (feature code PPLC), found under the name its word-list row gives.
/// </summary>
public sealed class IndexCandidateSource(PlaceIndexHolder indexes, RankerOptions? options = null) : ICandidateSource
{
    private readonly IReadOnlyDictionary<string, double> _prior = (options ?? new RankerOptions()).PriorFocus;

    /// <inheritdoc />
    public IReadOnlyList<GeoCandidate> Candidates(PlaceMention mention)
    {
        if (!mention.InGazetteer)
        {
            return [];
        }
        if (CapitalPhrase.Capital(mention.Text, _prior, GeoparsingWords.Default) is not { } capital)
        {
            return indexes.Current.Candidates(mention.Text);
        }
        return indexes.Current.Candidates(capital.Name)
            .Where(c => c.Place.FeatureCode == "PPLC" && c.Place.CountryCode == capital.Country)
            .Take(1).Select(c => c with { Kind = MatchKind.Exact }).ToList();
    }

    /// <inheritdoc />
    public IReadOnlyList<GeoCandidate> LookAlikes(PlaceMention mention) =>
        mention.InGazetteer && CapitalPhrase.Capital(mention.Text, _prior, GeoparsingWords.Default) is null ? indexes.Current.LookAlikes(mention.Text) : [];
}
