using System.Text.RegularExpressions;

namespace MapDashboard.Core.Dates;

/// <summary>Words that put a following weekday after the article's date (Dates/future-cues.tsv).</summary>
internal static class FutureCues
{
    private static readonly Lazy<Regex> Pattern = new(() =>
    {
        var cues = DataTable.Load("MapDashboard.Core.Dates.future-cues.tsv").Select(r => Regex.Escape(r["cue"]).Replace("\\ ", "\\s+"));
        return new Regex(@"\b(?:" + string.Join('|', cues) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    });

    /// <summary>Whether the words before a weekday (same sentence, nearest 80 characters) speak of the future.</summary>
    public static bool Before(string sentence, int index)
    {
        var from = Math.Max(0, index - 80);
        // (Behind the cue words' guard: most weekdays follow none of them, and the alternation then need not run.)
        return Text.GuardedRegex.For(Pattern.Value).IsMatch(sentence.AsSpan(from, index - from));
    }
}
