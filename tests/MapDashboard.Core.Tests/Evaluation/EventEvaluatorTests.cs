using MapDashboard.Core.Evaluation;

namespace MapDashboard.Core.Tests.Evaluation;

public class EventEvaluatorTests
{
    private static EventRecord Gold(string place, string subType = "Government regains territory", string? control = "saa", DateOnly? date = null, bool scored = true) =>
        new("a.txt", 100, 200, "Battles", subType, place, "tiger-forces", "islamic-state", date ?? new DateOnly(2017, 1, 30), scored, control);

    [Fact]
    public void PerfectPrediction_ScoresOne()
    {
        var gold = new[] { Gold("Tuman"), Gold("al-Brije") };

        var scores = EventEvaluator.Score(gold, gold, id => id == "tiger-forces" ? "saa" : id);

        Assert.Equal((1.0, 1.0, 1.0, 1.0), (scores.F1, scores.ControlPrecision, scores.ControlRecall, scores.DateAccuracy));
    }

    [Fact]
    public void MissingExtraAndWrongFields_AreCounted()
    {
        var gold = new[] { Gold("Tuman"), Gold("al-Brije"), Gold("Aran", "Armed clash", null, scored: false) };
        var predicted = new[]
        {
            Gold("Tuman (near Al Bāb)") with { Actor1 = "saa", Date = new DateOnly(2017, 1, 29) },
            Gold("Aran", "Armed clash", "saa"),
            Gold("Tadef", "Armed clash", null) with { ExcerptStart = 300, ExcerptEnd = 400 },
        };

        var scores = EventEvaluator.Score(gold, predicted, id => id == "tiger-forces" ? "saa" : id);

        Assert.Equal((3, 3, 2), (scores.GoldEvents, scores.PredictedEvents, scores.MatchedEvents));
        Assert.Equal(2, scores.Actor1Correct);
        Assert.Equal((1, 0), (scores.DatesScored, scores.DatesCorrect));
        Assert.Equal((2, 2, 1), (scores.GoldControlChanges, scores.PredictedControlChanges, scores.MatchedControlChanges));
    }
}
