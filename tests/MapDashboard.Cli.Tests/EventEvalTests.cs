using System.Text.Json;

namespace MapDashboard.Cli.Tests;

/// <summary>Event coding on the hand-coded seed events must not fall below today's figures.</summary>
[Collection(BundledGazetteerCollection.Name)]
public class EventEvalTests(BundledGazetteer fixture)
{
    [Fact]
    public async Task SeedEvents_ScoreAtOrAboveTheBaseline()
    {
        var stdout = new StringWriter();
        var code = await CliApp.RunAsync(["eval", Path.Combine(fixture.Layout.Root, "tests", "data", "gold", "seed-events.jsonl"), "--json"], stdout, new StringWriter());

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(stdout.ToString()).RootElement;
        // Session 7 review: seed 001's "June 14 and June 15" strike and "June 11 and June 12" attacks are one event per named
        // day (issue 22.4), so the gold holds 53; the coder scores P 0.750 / R 0.792 on it.
        Assert.Equal(53, root.GetProperty("goldEvents").GetInt32());
        // Issue 22's general coder (data-file triggers, precedence, one event per place and day, background such as
        // "since the signing of ...") scores P 0.741 / R 0.784 on the reviewed gold of 51 (0.741 / 0.769 on the gold of 52
        // before the review) against 0.796 / 0.827 before the rewrite: a known regression, see EVALUATION.md. These floors
        // hold today's figures so that any further drop fails.
        Assert.True(root.GetProperty("events").GetProperty("precision").GetDouble() >= 0.74, stdout.ToString());
        Assert.True(root.GetProperty("events").GetProperty("recall").GetDouble() >= 0.78, stdout.ToString());
        Assert.True(root.GetProperty("controlChanges").GetProperty("precision").GetDouble() >= 0.99, stdout.ToString());
        Assert.True(root.GetProperty("controlChanges").GetProperty("recall").GetDouble() >= 0.85, stdout.ToString());
        Assert.Equal(1.0, root.GetProperty("dates").GetProperty("accuracy").GetDouble());
    }

    [Fact]
    public void GoldFile_ExcerptsAreTheOriginalText()
    {
        foreach (var line in File.ReadLines(Path.Combine(fixture.Layout.Root, "tests", "data", "gold", "seed-events.jsonl")))
        {
            var e = JsonDocument.Parse(line).RootElement;
            var original = File.ReadAllText(Path.Combine(fixture.Layout.Root, e.GetProperty("source").GetString()!));
            Assert.Equal(e.GetProperty("excerpt").GetString(), original[e.GetProperty("excerptStart").GetInt32()..e.GetProperty("excerptEnd").GetInt32()]);
        }
    }
}
