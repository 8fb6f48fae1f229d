using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>"the A district": an administrative district is named by its seat.</summary>
public sealed partial class PlaceRanker
{
    /// <summary>
    /// Session 26: a name the text calls a district ("the A district", word list <c>city-district</c>) means the district
    /// a seat of that name heads (a governorate's, district's or sub-district's seat: <see cref="IsSeat"/>), not a village
    /// namesake near the report's city, which the city's support would otherwise prefer ("likely in the Afrin district of
    /// Aleppo"). The seat's reading gets <see cref="RankerWeights.DistrictSeatFit"/>; a name with no seat reading is left to
    /// the city-part rule (<see cref="CityPartsElsewhere"/>).
    /// </summary>
    private double DistrictSeatFit(Article article, int index, Place place) =>
        IsSeat(place) && NamedAsDistrict(article.Text, article.Mentions[index]) ? _w.DistrictSeatFit : 0;

    /// <summary>A seat read for "the A district" stands for the district around it: precision 2, as ACLED codes a district.</summary>
    private int Precision(PlaceMention mention, Place place, string? text) =>
        IsSeat(place) && NamedAsDistrict(text, mention) ? 2 : Precision(mention, place);
}
