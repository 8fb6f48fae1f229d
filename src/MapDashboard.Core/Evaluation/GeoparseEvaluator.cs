using MapDashboard.Core.Geo;

namespace MapDashboard.Core.Evaluation;

/// <summary>
/// Scores geoparser output against hand-annotated gold: recognition precision/recall/F1 on exact and overlapping
/// spans, and resolution accuracy (distance buckets for places, admin1 for regions, country codes for countries).
/// </summary>
public static class GeoparseEvaluator
{
    private const double RegionToleranceKm = 50;

    /// <summary>Scores every article's predictions against its gold mentions.</summary>
    public static GeoparseScores Score(IEnumerable<(IReadOnlyList<GoldMention> Gold, IReadOnlyList<PredictedMention> Predicted)> articles)
    {
        int gold = 0, predicted = 0, exact = 0, overlap = 0;
        int placesScored = 0, placesUnresolved = 0, within5 = 0, within10 = 0, within161 = 0;
        int regionsScored = 0, regionsCorrect = 0, countriesScored = 0, countriesCorrect = 0, unresolvableScored = 0, unresolvableCorrect = 0;
        double errorSum = 0;

        foreach (var (goldMentions, predictions) in articles)
        {
            gold += goldMentions.Count;
            predicted += predictions.Count;
            exact += goldMentions.Count(g => predictions.Any(p => p.Start == g.Start && p.End == g.End));

            var unmatched = predictions.ToList();
            foreach (var g in goldMentions.OrderBy(g => g.Start))
            {
                var match = unmatched
                    .Where(p => p.Start < g.End && g.Start < p.End)
                    .OrderByDescending(p => Math.Min(p.End, g.End) - Math.Max(p.Start, g.Start))
                    .FirstOrDefault();
                if (match is null)
                {
                    continue;
                }
                unmatched.Remove(match);
                overlap++;

                switch (g.Kind)
                {
                    case GoldKind.Place when g.Lat is { } lat && g.Lon is { } lon:
                        if (!match.Resolved || match.Lat is null || match.Lon is null)
                        {
                            placesUnresolved++;
                            break;
                        }
                        placesScored++;
                        var km = GeoDistance.Kilometres(lat, lon, match.Lat.Value, match.Lon.Value);
                        errorSum += km;
                        if (km <= 5) within5++;
                        if (km <= 10) within10++;
                        if (km <= 161) within161++;
                        break;
                    case GoldKind.Region:
                        regionsScored++;
                        if (match.Resolved && RegionMatches(g, match)) regionsCorrect++;
                        break;
                    case GoldKind.Country:
                        countriesScored++;
                        if (match.Resolved && CountryMatches(g, match)) countriesCorrect++;
                        break;
                    case GoldKind.Unresolvable:
                        unresolvableScored++;
                        if (!match.Resolved || match.Precision >= 2) unresolvableCorrect++;
                        break;
                }
            }
        }

        return new GeoparseScores
        {
            GoldMentions = gold, PredictedMentions = predicted, ExactMatches = exact, OverlapMatches = overlap,
            PlacesScored = placesScored, PlacesUnresolved = placesUnresolved, Within5Km = within5, Within10Km = within10,
            Within161Km = within161, MeanErrorKm = placesScored == 0 ? 0 : errorSum / placesScored,
            RegionsScored = regionsScored, RegionsCorrect = regionsCorrect, CountriesScored = countriesScored,
            CountriesCorrect = countriesCorrect, UnresolvableScored = unresolvableScored, UnresolvableCorrect = unresolvableCorrect,
        };
    }

    private static bool RegionMatches(GoldMention gold, PredictedMention predicted)
    {
        if (gold.Admin1 is not null && predicted.Admin1 is not null
            && string.Equals(gold.Admin1, predicted.Admin1, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return gold.Lat is { } lat && gold.Lon is { } lon && predicted.Lat is { } plat && predicted.Lon is { } plon
            && GeoDistance.Kilometres(lat, lon, plat, plon) <= RegionToleranceKm;
    }

    private static bool CountryMatches(GoldMention gold, PredictedMention predicted) =>
        string.Equals(gold.Country, predicted.Country, StringComparison.OrdinalIgnoreCase)
        && predicted.FeatureCode is { } code
        && (code.StartsWith("PCL", StringComparison.Ordinal) || code == "ADM0");
}
