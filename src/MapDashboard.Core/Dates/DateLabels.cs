using System.Text.RegularExpressions;

namespace MapDashboard.Core.Dates;

/// <summary>What a label before a date says about it (from Dates/date-labels.tsv).</summary>
internal enum DateLabelMeaning
{
    Published,
    Updated,
    Crawl,
}

/// <summary>The labels of date lines ("Updated:", "Retrieved"), read once from the embedded word list.</summary>
internal static class DateLabels
{
    private static readonly Lazy<(Regex Pattern, Dictionary<string, DateLabelMeaning> Meanings)> Table = new(() =>
    {
        var rows = DataTable.Load("MapDashboard.Core.Dates.date-labels.tsv");
        var meanings = rows.ToDictionary(r => r["label"].ToLowerInvariant(), r => Enum.Parse<DateLabelMeaning>(r["meaning"], ignoreCase: true), StringComparer.Ordinal);
        var alternatives = string.Join('|', meanings.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        return (new Regex(@"^\W*(?<label>" + alternatives + @")\b\s*(?:on|at)?\s*:?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), meanings);
    });

    /// <summary>The meaning of the label the line starts with, or null when it starts with none.</summary>
    public static DateLabelMeaning? Of(string line)
    {
        var (pattern, meanings) = Table.Value;
        var m = pattern.Match(line);
        return m.Success ? meanings[m.Groups["label"].Value.ToLowerInvariant()] : null;
    }
}
