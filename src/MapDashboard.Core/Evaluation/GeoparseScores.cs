namespace MapDashboard.Core.Evaluation;

/// <summary>Recognition and resolution figures over a gold set.</summary>
public sealed record GeoparseScores
{
    public int GoldMentions { get; init; }

    public int PredictedMentions { get; init; }

    public int ExactMatches { get; init; }

    public int OverlapMatches { get; init; }

    public double ExactPrecision => Ratio(ExactMatches, PredictedMentions);

    public double ExactRecall => Ratio(ExactMatches, GoldMentions);

    public double ExactF1 => F1(ExactPrecision, ExactRecall);

    public double OverlapPrecision => Ratio(OverlapMatches, PredictedMentions);

    public double OverlapRecall => Ratio(OverlapMatches, GoldMentions);

    public double OverlapF1 => F1(OverlapPrecision, OverlapRecall);

    /// <summary>Matched gold places with coordinates that the system resolved.</summary>
    public int PlacesScored { get; init; }

    public int Within5Km { get; init; }

    public int Within10Km { get; init; }

    public int Within161Km { get; init; }

    public double MeanErrorKm { get; init; }

    /// <summary>Matched places that the system left unresolved (counted as misses in the distance figures).</summary>
    public int PlacesUnresolved { get; init; }

    public int RegionsScored { get; init; }

    public int RegionsCorrect { get; init; }

    public int CountriesScored { get; init; }

    public int CountriesCorrect { get; init; }

    public int UnresolvableScored { get; init; }

    /// <summary>Unresolvable gold mentions the system honestly left unresolved (or placed only near an anchor).</summary>
    public int UnresolvableCorrect { get; init; }

    public double AccuracyWithin(int km) => Ratio(km switch { 5 => Within5Km, 10 => Within10Km, 161 => Within161Km, _ => throw new ArgumentOutOfRangeException(nameof(km)) }, PlacesScored + PlacesUnresolved);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
