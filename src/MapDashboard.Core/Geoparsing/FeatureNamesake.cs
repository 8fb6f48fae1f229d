using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geo;
using MapDashboard.Core.Pipeline;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// A hill, dam, farm land or road junction named after a village ("Tal X", "Jabal X", "X Hill", "X Dam", "X Farms",
/// "X Junction": word lists <c>hill-head</c> and <c>feature-tail</c>) that the gazetteer does not hold lies by that
/// village: when the recognizer read the feature as a name the gazetteer lacks and the ranker left it unresolved, it is
/// drawn near X (precision 2), as analysts code an unknown place by the place it is named after. Only where the report
/// says which X it means: exactly one Syrian populated place spelled X (or folded alike) lies in the area the report is
/// about (in the governorate of a governorate or its seat the report names, within <see cref="DistrictSeatKm"/> of a
/// district or sub-district seat, within <see cref="PointKm"/> of another place of the report; when the ranker drew the
/// feature near a place of its sentence other than a governorate's seat, only by that place). A namesake elsewhere, two readings in the area or a report naming no area leave the
/// feature as the ranker left it: a wrong point is worse than a coarse one.
/// </summary>
internal static class FeatureNamesake
{
    /// <summary>How near another place of the report the village must lie (the ranker's look-alike neighbour distance).</summary>
    public const double PointKm = 25;

    /// <summary>How near a district or sub-district seat the report names the village must lie ("X Hill in the Afrin countryside").</summary>
    public const double DistrictSeatKm = 50;

    /// <summary>Readings this close (km) are one village recorded twice (GeoNames and OCHA), not two namesakes.</summary>
    public const double TwinRecordKm = 5;

    /// <summary>A name of fewer letters is too common a word ("Tal Ali" is no village "Ali").</summary>
    private const int MinLetters = 4;

    private const string FocusCountry = "SY";

    /// <summary>The places with each unresolved feature named after a village of the report's area drawn near that village.</summary>
    /// <remarks><paramref name="looked"/>: the candidates already looked up for each mention (in the order of <paramref name="places"/>), not asked again.</remarks>
    public static IReadOnlyList<ResolvedPlace> DrawNearNamesakes(IReadOnlyList<ResolvedPlace> places, ICandidateSource source, GeoparsingWords words,
        IReadOnlyList<MentionCandidates>? looked = null)
    {
        List<ResolvedPlace>? result = null;
        for (var k = 0; k < places.Count; k++)
        {
            var r = places[k];
            if (r.Resolved)
            {
                continue;
            }
            var known = looked is not null && k < looked.Count && looked[k].Mention == r.Mention ? looked[k].Candidates : null;
            var (bare, qualified) = BareName(r, known, source, words);
            var name = bare ?? (NameFolding.Fold(r.Mention.Text).Count(char.IsLetter) < MinLetters || HasFoldedReading(r.Mention, known, source) ? null : r.Mention.Text);
            var area = name is null ? [] : AreaOf(places, k);
            if (area.Count == 0)
            {
                continue;
            }
            // A name of no folded reading of its own has none to look up again.
            var fitting = bare is null ? [] : Readings(source, r.Mention, name!, qualified, area);
            // The gazetteer may hold only the halves of the village the text names bare ("Little X" for "X", "Southern X"
            // for "Tal X"): they lie beside it.
            var half = fitting.Count == 0 && !qualified;
            if (half)
            {
                fitting = [.. NameQualifier.HalvesOf(name!).SelectMany(f => Readings(source, r.Mention, f, false, area)).DistinctBy(p => p.Id)];
            }
            if (fitting.Count == 0 || fitting.Any(p => GeoDistance.ApproxKilometres(p.Lat, p.Lon, fitting[0].Lat, fitting[0].Lon) > TwinRecordKm))
            {
                continue;
            }
            result ??= [.. places];
            var village = fitting[0];
            var what = half ? "the village beside its half" : qualified ? "a half of the village" : "a feature named after";
            result[k] = r with
            {
                Precision = 2,
                Anchor = village,
                Reason = $"presented as a place, but not in the gazetteer; {what} {village.Name}, the one place of that name in the area the report is about: placed near it",
            };
        }
        return result ?? places;
    }

    /// <summary>The Syrian populated places spelled <paramref name="name"/> (by its consonants too, for a qualified village's bare name) that lie in <paramref name="area"/>.</summary>
    private static List<Place> Readings(ICandidateSource source, PlaceMention mention, string name, bool qualified, List<Place> area) =>
        [.. source.Candidates(mention with { Text = name, InGazetteer = true })
            .Where(c => (c.Kind <= MatchKind.Folded || (qualified && c.Kind == MatchKind.Skeleton)) && c.Place.CountryCode == FocusCountry
                && c.Place.FeatureClass == "P" && !(qualified && c.Place.FeatureCode is "PPLA" or "PPLC"))
            .Select(c => c.Place)
            .DistinctBy(p => p.Id)
            .Where(p => area.Any(a => Fits(p, a)))];

    private static bool HasFoldedReading(PlaceMention mention, IReadOnlyList<GeoCandidate>? known, ICandidateSource source) =>
        (known ?? source.Candidates(mention)).Any(c => c.Kind <= MatchKind.Folded);

    /// <summary>
    /// The name the unresolved place is named after, and whether it is a qualified village's ("Little X", "X Kabir",
    /// "Upper X": OCHA names the two halves of a village apart, and the gazetteer may hold only the bare X beside them).
    /// A feature only when the name is not a gazetteer name; a qualified village only when no spelling of the whole
    /// name is (then the ranker's choice among its readings stands).
    /// </summary>
    private static (string? Bare, bool Qualified) BareName(ResolvedPlace r, IReadOnlyList<GeoCandidate>? known, ICandidateSource source, GeoparsingWords words)
    {
        if (!r.Mention.InGazetteer && NamedAfter(r.Mention.Text, words) is { } feature)
        {
            return (feature, false);
        }
        if (NameQualifier.Bare(r.Mention.Text) is { } bare && NameFolding.Fold(bare).Count(char.IsLetter) >= MinLetters
            && !HasFoldedReading(r.Mention, known, source))
        {
            return (bare, true);
        }
        return (null, false);
    }

    /// <summary>The name a feature phrase is named after: the words after a hill word ("Tal X") or before a feature word ("X Hill"); null otherwise.</summary>
    internal static string? NamedAfter(string text, GeoparsingWords words)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return null;
        }
        string? bare = null;
        if (words.Contains("hill-head", parts[0]))
        {
            bare = string.Join(' ', parts[1..]);
        }
        else if (words.Contains("feature-tail", parts[^1]))
        {
            bare = string.Join(' ', parts[..^1]);
        }
        return bare is not null && NameFolding.Fold(bare).Count(char.IsLetter) >= MinLetters ? bare : null;
    }

    /// <summary>
    /// The places that say where the report is: the place the feature was drawn near when that is a point of its sentence
    /// (not a governorate or its seat: "Tal X near B" is by B, not by a village X elsewhere in the governorate); otherwise
    /// the other resolved places and that governorate or seat.
    /// </summary>
    private static List<Place> AreaOf(IReadOnlyList<ResolvedPlace> places, int index)
    {
        if (places[index].Anchor is { IsArea: false, FeatureCode: not ("PPLA" or "PPLC") } point)
        {
            return [point];
        }
        var area = new List<Place>();
        for (var j = 0; j < places.Count; j++)
        {
            if (j != index && places[j].Place is { IsCountry: false } place)
            {
                area.Add(place);
            }
        }
        if (places[index].Anchor is { } anchor)
        {
            area.Add(anchor);
        }
        return area;
    }

    private static bool Fits(Place village, Place area)
    {
        if (area.FeatureCode is "ADM1" or "PPLA" or "PPLC")
        {
            return area.Admin1 is not null && village.Admin1 is not null
                && string.Equals(NameFolding.Fold(area.Admin1), NameFolding.Fold(village.Admin1), StringComparison.Ordinal);
        }
        if (area.IsArea)
        {
            return false;
        }
        var km = GeoDistance.ApproxKilometres(village.Lat, village.Lon, area.Lat, area.Lon);
        return km <= (area.FeatureCode is "PPLA2" or "PPLA3" ? DistrictSeatKm : PointKm);
    }
}
