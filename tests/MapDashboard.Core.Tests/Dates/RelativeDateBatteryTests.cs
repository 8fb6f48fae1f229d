using System.Globalization;
using MapDashboard.Core.Events;
using Xunit.Abstractions;

namespace MapDashboard.Core.Tests.Dates;

/// <summary>
/// Relative-date sentences written for issue #23 (weekdays before and after the article's date, weekends, weeks,
/// months, overnight, this morning, holidays, Hijri months) with the event's expected first and last day. The held-out
/// file was written before the dater changed and never tuned on.
/// </summary>
public class RelativeDateBatteryTests(ITestOutputHelper output)
{
    [Fact]
    public void TuningSentences_PassAtLeast95Percent() =>
        output.WriteLine($"relative.tsv: {Battery.Score("relative.tsv", 40, 0.95, Check):P1}");

    [Fact]
    public void HeldOutSentences_PassAtLeast95Percent() =>
        output.WriteLine($"relative-heldout.tsv: {Battery.Score("relative-heldout.tsv", 20, 0.95, Check):P1}");

    private static string? Check(Dictionary<string, string> row)
    {
        var published = DateOnly.ParseExact(row["published"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var e = TemporalDater.ForSentence(row["sentence"], published);
        var got = (First: e.First?.ToString("yyyy-MM-dd") ?? "-", Last: e.Last?.ToString("yyyy-MM-dd") ?? "-", Precision: e.Precision.ToString().ToLowerInvariant());
        var expected = (row["first"], row["last"], row["precision"]);
        return got == expected ? null : $"expected {expected}, got {got} from '{e.Text}'";
    }
}
