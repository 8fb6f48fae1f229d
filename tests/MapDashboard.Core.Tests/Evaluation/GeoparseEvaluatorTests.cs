using MapDashboard.Core.Evaluation;
using MapDashboard.Core.Geo;

namespace MapDashboard.Core.Tests.Evaluation;

public class GeoparseEvaluatorTests
{
    private static readonly GoldMention AlBab = new("al-Bab", 10, 16, GoldKind.Place, "gn:174018", 36.37051, 37.5157);
    private static readonly GoldMention Idlib = new("Idlib", 30, 35, GoldKind.Region, Admin1: "Idlib");
    private static readonly GoldMention Tuman = new("Tuman", 50, 55, GoldKind.Unresolvable);
    private static readonly GoldMention Syria = new("Syria", 60, 65, GoldKind.Country, Country: "SY");

    private static PredictedMention Predicted(string text, int start, int end, bool resolved = true, double? lat = null, double? lon = null,
        string? code = "PPL", string? admin1 = null, string? country = "SY", int? precision = 1) =>
        new(text, start, end, resolved, resolved ? "x" : null, lat, lon, code, admin1, country, precision);

    [Fact]
    public void PerfectOutput_ScoresOne()
    {
        var scores = GeoparseEvaluator.Score([([AlBab, Idlib, Tuman, Syria],
        [
            Predicted("al-Bab", 10, 16, lat: 36.3705, lon: 37.5157),
            Predicted("Idlib", 30, 35, code: "ADM1", admin1: "Idlib", precision: 3),
            Predicted("Tuman", 50, 55, resolved: false),
            Predicted("Syria", 60, 65, code: "PCLI"),
        ])]);

        Assert.Equal(1.0, scores.ExactF1);
        Assert.Equal(1.0, scores.AccuracyWithin(5));
        Assert.Equal(1, scores.RegionsCorrect);
        Assert.Equal(1, scores.CountriesCorrect);
        Assert.Equal(1, scores.UnresolvableCorrect);
    }

    [Fact]
    public void WrongSpansAndPlaces_LowerEachFigure()
    {
        var scores = GeoparseEvaluator.Score([([AlBab, Idlib, Tuman, Syria],
        [
            Predicted("al-Bab area", 10, 21, lat: 36.20124, lon: 37.16117),
            Predicted("Idlib", 30, 35, code: "PPLA", admin1: "Aleppo"),
            Predicted("Tuman", 50, 55, lat: 36.0, lon: 37.0, precision: 1),
            Predicted("Front", 70, 75),
        ])]);

        Assert.Equal(2.0 / 4, scores.ExactPrecision);
        Assert.Equal(2.0 / 4, scores.ExactRecall);
        Assert.Equal(3.0 / 4, scores.OverlapRecall);
        Assert.Equal(0, scores.Within10Km);
        Assert.Equal(1, scores.Within161Km);
        Assert.InRange(scores.MeanErrorKm, 35, 45);
        Assert.Equal(0, scores.RegionsCorrect);
        Assert.Equal(0, scores.UnresolvableCorrect);
    }

    [Fact]
    public void Haversine_AleppoToDamascus_IsAbout300Km()
    {
        Assert.InRange(GeoDistance.Kilometres(36.20124, 37.16117, 33.5102, 36.29128), 300, 315);
    }
}
