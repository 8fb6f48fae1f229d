using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>How well a candidate's kind fits the words around its mention, and how prominent the place is.</summary>
internal static class CandidateFit
{
    /// <summary>The base score of how the name matched.</summary>
    public static double Match(MatchKind kind, RankerWeights w) =>
        kind switch { MatchKind.Exact => w.ExactMatch, MatchKind.Folded => w.FoldedMatch, MatchKind.Skeleton or MatchKind.CloseSpelling => w.SkeletonMatch, _ => w.FuzzyMatch };

    /// <summary>
    /// The fit of the place's kind to the mention's cues. A governorate needs a cue ("province", "countryside",
    /// "rural", a direction) or to be named as the container of another place ("X in Idlib"); bare, the name means
    /// the city. A direction before the name of a city of districts means a part of the city ("eastern Aleppo").
    /// </summary>
    public static double Type(PlaceMention mention, Place place, bool container, RankerWeights w)
    {
        var cues = mention.Cues;
        var fit = 0.0;
        if ((cues & MentionCue.Facility) != 0)
        {
            fit += place.IsAirfield ? w.FacilityFit : w.FacilityMismatch;
        }
        if ((cues & MentionCue.Road) != 0)
        {
            fit += place.FeatureCode == "RD" ? w.RoadFit : w.RoadMismatch;
        }
        if ((cues & MentionCue.Direction) != 0 && (cues & MentionCue.Region) == 0 && HasCompassParts(place, w))
        {
            // "eastern Aleppo": a compass word before the bare name of a city of districts names a part of the city;
            // "the eastern Aleppo countryside" (a region cue as well) stays the governorate.
            fit += w.CityPartFit;
        }
        else if ((cues & (MentionCue.Region | MentionCue.Direction)) != 0)
        {
            fit += place.FeatureCode switch
            {
                "ADM1" => w.GovernorateCueFit + (IsCountrysideOf(mention, place) ? w.CountrysideGovernorateFit : 0),
                "RGN" or "MTS" or "VAL" or "PLN" or "DSRT" => w.RegionCueFit,
                "PCLI" => w.CountryRegionFit,
                _ => w.RegionMismatch,
            };
        }
        else if ((cues & MentionCue.Settlement) != 0)
        {
            fit += place.FeatureClass == "P" ? w.SettlementFit : w.SettlementMismatch;
        }
        else if (place.FeatureCode is "ADM1")
        {
            fit += (cues & MentionCue.Near) != 0 ? w.NearGovernorateFit : container ? w.ContainerGovernorateFit : w.BareGovernorateFit;
        }
        else if (place.FeatureCode is "PPLC")
        {
            fit += w.CapitalFit;
        }
        if (place.IsCountry && (cues & MentionCue.Settlement) == 0)
        {
            fit += w.CountryFit;
        }
        return fit;
    }

    /// <summary>
    /// A governorate named as the countryside of the mention's name ("Rif Dimashq" for "the Damascus countryside"), read
    /// under a region cue that is not "province": the governorate that is the city alone is not its countryside.
    /// </summary>
    private static bool IsCountrysideOf(PlaceMention mention, Place place)
    {
        if ((mention.Cues & (MentionCue.Region | MentionCue.Province)) != MentionCue.Region)
        {
            return false;
        }
        var words = GeoparsingWords.Default;
        return words.Contains("countryside-name", FirstWord(place.Name)) && !words.Contains("countryside-name", FirstWord(mention.Text));
    }

    private static string FirstWord(string name)
    {
        var folded = NameFolding.Fold(name);
        var space = folded.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? folded : folded[..space];
    }

    /// <summary>A city large enough that reports name its parts by compass ("east Mosul", "southern Damascus").</summary>
    public static bool HasCompassParts(Place place, RankerWeights w) => place.FeatureClass == "P" && place.Population >= w.CityPartMinPopulation;

    /// <summary>Prominence: areas, listed places without a population, and the population's order of magnitude.</summary>
    public static double Prominence(Place place, RankerWeights w) => place.FeatureCode switch
    {
        "PCLI" or "ADM1" => w.AreaProminence,
        _ when place.Source is not "geonames" && place.Population <= 0 => w.ListedProminence,
        _ => Math.Min(w.PopulationProminence, Math.Log10(place.Population + 1) / w.PopulationDigits * w.PopulationProminence)
            + (place.FeatureCode is "PPLA" or "PPLA2" or "PPLC" ? w.AdminSeatProminence : 0),
    };
}
