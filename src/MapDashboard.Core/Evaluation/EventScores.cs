namespace MapDashboard.Core.Evaluation;

/// <summary>Event, control-change and date figures over a gold set.</summary>
public sealed record EventScores(
    int GoldEvents,
    int PredictedEvents,
    int MatchedEvents,
    int SubTypeCorrect,
    int Actor1Correct,
    int GoldControlChanges,
    int PredictedControlChanges,
    int MatchedControlChanges,
    int DatesScored,
    int DatesCorrect)
{
    public double Precision => Ratio(MatchedEvents, PredictedEvents);

    public double Recall => Ratio(MatchedEvents, GoldEvents);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double ControlPrecision => Ratio(MatchedControlChanges, PredictedControlChanges);

    public double ControlRecall => Ratio(MatchedControlChanges, GoldControlChanges);

    public double DateAccuracy => Ratio(DatesCorrect, DatesScored);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
