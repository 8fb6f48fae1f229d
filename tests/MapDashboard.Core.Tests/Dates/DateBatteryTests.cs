using Xunit.Abstractions;

namespace MapDashboard.Core.Tests.Dates;

/// <summary>
/// The issue #23 batteries, each file scored on its own: the held-out files (*-heldout.tsv) were written before the
/// resolver and the dater changed and were never tuned on. A failure lists every failing row.
/// </summary>
public class DateBatteryTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("openings.tsv")]
    [InlineData("openings-heldout.tsv")]
    public void ArticleOpenings_PassAtLeast95Percent(string file) =>
        output.WriteLine($"{file}: {Battery.Score(file, 20, 0.95, OpeningRow.Check):P1}");

    [Theory]
    [InlineData("relative.tsv")]
    [InlineData("relative-heldout.tsv")]
    public void RelativeDateSentences_PassAtLeast95Percent(string file) =>
        output.WriteLine($"{file}: {Battery.Score(file, 20, 0.95, RelativeRow.Check):P1}");

    [Theory]
    [InlineData("openings")]
    [InlineData("relative")]
    public void EachBattery_HoldsAtLeast60Rows_AThirdHeldOut(string battery)
    {
        var tuning = Battery.Load($"{battery}.tsv").Count;
        var heldOut = Battery.Load($"{battery}-heldout.tsv").Count;
        Assert.True(tuning + heldOut >= 60, $"{battery}: {tuning} + {heldOut} rows");
        Assert.InRange(heldOut / (double)(tuning + heldOut), 0.3, 0.4);
    }
}
