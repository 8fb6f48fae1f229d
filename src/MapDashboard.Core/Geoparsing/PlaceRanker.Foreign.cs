using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>When a village abroad is not a reading of a name in a report about the deployment's country.</summary>
public sealed partial class PlaceRanker
{
    /// <summary>
    /// A village abroad (not a town, a seat or an area; a country the deployment does not follow), with nothing
    /// else of the report in that country (the country not named, no town, seat or area of it picked, the report's
    /// names not leading there): a report about Syria that names one village means a Syrian one, spelled in a way the gazetteer does not
    /// know, far more often than a namesake in Iraq. Unresolved is better than a point hundreds of km off.
    /// </summary>
    private bool UnsupportedForeignVillage(Place place, int index, Article article, Place?[] picks)
    {
        if (place.CountryCode is not { } cc || !IsMinorPlace(place))
        {
            return false;
        }
        var focus = article.Focus[index];
        if (focus.Count == 0 || options.PriorFocus.Count == 0 || options.PriorFocus.ContainsKey(cc) || focus.MaxBy(f => f.Value).Key == cc)
        {
            // No deployment country, the deployment's own country, or the report's votes lead to that country: it is about there.
            return false;
        }
        for (var j = 0; j < picks.Length; j++)
        {
            // The country named, or a town, seat or area of it: support. Two villages abroad do not support each other.
            if (j != index && picks[j] is { } other && other.CountryCode == cc && !IsMinorPlace(other))
            {
                return false;
            }
        }
        return true;
    }

    private bool IsMinorPlace(Place place) =>
        !place.IsCountry && !place.IsArea && !IsSeat(place) && place.FeatureCode != "PPLC" && place.Population < options.NearVillageMaxPopulation;
}
