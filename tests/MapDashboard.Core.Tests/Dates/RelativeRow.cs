using System.Globalization;
using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Dates;

/// <summary>
/// A row of the relative-date battery (relative*.tsv): a sentence, the article's date, and the event's expected first
/// and last day and precision.
/// </summary>
internal static class RelativeRow
{
    /// <summary>Why a row fails, or null when it passes.</summary>
    public static string? Check(Dictionary<string, string> row)
    {
        var published = DateOnly.ParseExact(row["published"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var e = TemporalDater.ForSentence(row["sentence"], published);
        var got = (First: e.First?.ToString("yyyy-MM-dd") ?? "-", Last: e.Last?.ToString("yyyy-MM-dd") ?? "-", Precision: e.Precision.ToString().ToLowerInvariant());
        var expected = (row["first"], row["last"], row["precision"]);
        return got == expected ? null : $"expected {expected}, got {got} from '{e.Text}'";
    }
}
