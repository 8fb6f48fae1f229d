using System.Globalization;
using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Dates;

/// <summary>
/// Holidays and Hijri months as data (Dates/holidays.tsv, holiday-names.tsv, hijri-months.tsv): a holiday's days in a
/// given year come from its dated row when the table lists that year, else from its rule (a fixed month-day, or a day of
/// the Umm al-Qura calendar). A Hijri month the holiday table does not name ("Muharram 2017") is computed the same way.
/// </summary>
internal sealed class HolidayCalendar
{
    /// <summary>The calendar shipped in Core's data files.</summary>
    public static HolidayCalendar Default => Shared.Value;

    private static readonly Lazy<HolidayCalendar> Shared = new(() => new HolidayCalendar());

    private static readonly UmAlQuraCalendar Hijri = new();

    private readonly Dictionary<string, string> _canonical = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Row>> _rows = new(StringComparer.OrdinalIgnoreCase);

    private sealed record Row(int? Year, string First, string Last, string Source);

    /// <summary>One occurrence: its first and last day and where the dates come from.</summary>
    public sealed record Occurrence(DateOnly First, DateOnly Last, string Source);

    private HolidayCalendar()
    {
        foreach (var row in DataTable.Load("MapDashboard.Core.Dates.holidays.tsv"))
        {
            var year = row["year"] == "*" ? (int?)null : int.Parse(row["year"], CultureInfo.InvariantCulture);
            if (!_rows.TryGetValue(row["name"], out var list))
            {
                _rows[row["name"]] = list = [];
            }
            list.Add(new Row(year, row["first"], row["last"], row["source"]));
        }
        foreach (var row in DataTable.Load("MapDashboard.Core.Dates.holiday-names.tsv"))
        {
            _canonical[row["variant"]] = row["name"];
        }
        foreach (var row in DataTable.Load("MapDashboard.Core.Dates.hijri-months.tsv"))
        {
            var name = "hijri month " + row["month"];
            if (_canonical.TryAdd(row["variant"], name) && !_rows.ContainsKey(name))
            {
                var month = int.Parse(row["month"], CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture);
                _rows[name] = [new Row(null, $"hijri {month}-01", $"hijri {month}-end", row["source"] + "; days from the Umm al-Qura calendar")];
            }
        }
        var alternatives = string.Join('|', _canonical.Keys.OrderByDescending(k => k.Length).Select(k => Regex.Escape(k).Replace("'", "['’]?").Replace("\\ ", "[\\s-]")));
        Pattern = new Regex(@"\b(?<holiday>" + alternatives + @")\b(?:,?\s+(?<hyear>(?:19|20|14)\d{2})\b)?", RegexOptions.CultureInvariant);
        _words = RequiredWords.Of(Pattern);
    }

    /// <summary>Holiday names and Hijri months, capitalised as written, with an optional Gregorian or Hijri year.</summary>
    public Regex Pattern { get; }

    // Every match of Pattern holds one of these words (read from the pattern itself), so a sentence holding none of them
    // is not scanned: the pattern runs interpreted over every sentence, and few sentences name a holiday.
    private readonly RequiredWords _words;

    /// <summary>False when <paramref name="text"/> surely holds no match of <see cref="Pattern"/>; true when it may.</summary>
    public bool MayHold(string text) => _words.MayMatch(text);

    /// <summary>
    /// The occurrence a mention means: of the year written (Gregorian, or Hijri from 1400), else the latest that began
    /// on or before the publication date; null when it cannot be known.
    /// </summary>
    public Occurrence? Resolve(string written, int? year, DateOnly? published)
    {
        var key = _canonical.Keys.FirstOrDefault(k => Normalize(k) == Normalize(written));
        if (key is null || !_rows.TryGetValue(_canonical[key], out var rows))
        {
            return null;
        }
        if (year is null && _canonical[key].StartsWith("hijri month", StringComparison.Ordinal))
        {
            return null; // a Hijri month name without a year may be a person's name ("Rajab", "Safar")
        }
        if (year is >= 1400 and < 1500)
        {
            return rows.Where(r => r.Year is not null).Select(r => Dated(r)).FirstOrDefault(o => o is not null && HijriYear(o.First) == year)
                ?? Rule(rows, hijriYear: year.Value);
        }
        if (year is { } y)
        {
            return InYear(rows, y);
        }
        if (published is not { } p)
        {
            return null;
        }
        return new[] { InYear(rows, p.Year), InYear(rows, p.Year - 1) }.Where(o => o is not null && o.First <= p).MaxBy(o => o!.First);
    }

    /// <summary>Whether the words are a Hijri month name that dates nothing without a year.</summary>
    public bool NeedsYear(string written) =>
        _canonical.Keys.FirstOrDefault(k => Normalize(k) == Normalize(written)) is { } key && _canonical[key].StartsWith("hijri month", StringComparison.Ordinal);

    private Occurrence? InYear(List<Row> rows, int year)
    {
        if (rows.FirstOrDefault(r => r.Year == year) is { } dated)
        {
            return Dated(dated);
        }
        var rule = rows.FirstOrDefault(r => r.Year is null);
        if (rule is null)
        {
            return null;
        }
        if (!rule.First.StartsWith("hijri ", StringComparison.Ordinal))
        {
            var first = FixedDay(rule.First, year);
            var last = FixedDay(rule.Last, year);
            return first is { } f && last is { } l ? new Occurrence(f, l, rule.Source) : null;
        }
        var approx = (int)Math.Round((year - 622) * 365.2425 / 354.367);
        return Enumerable.Range(approx - 2, 5).Select(h => Rule(rows, h)).FirstOrDefault(o => o is not null && o.First.Year == year);
    }

    private static Occurrence? Rule(List<Row> rows, int hijriYear)
    {
        var rule = rows.FirstOrDefault(r => r.Year is null && r.First.StartsWith("hijri ", StringComparison.Ordinal));
        if (rule is null)
        {
            return null;
        }
        var first = HijriDay(rule.First, hijriYear);
        var last = HijriDay(rule.Last, hijriYear);
        return first is { } f && last is { } l ? new Occurrence(f, l, rule.Source) : null;
    }

    private static Occurrence? Dated(Row row) =>
        DateOnly.TryParseExact(row.First, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
        && DateOnly.TryParseExact(row.Last, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last)
            ? new Occurrence(first, last, row.Source)
            : null;

    private static DateOnly? FixedDay(string monthDay, int year)
    {
        var parts = monthDay.Split('-');
        return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var m) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var d)
            ? Articles.DateTexts.Make(year, m, d)
            : null;
    }

    /// <summary>"hijri 09-01" or "hijri 09-end" in a Hijri year, as a Gregorian day; null outside the calendar's range.</summary>
    private static DateOnly? HijriDay(string spec, int hijriYear)
    {
        var parts = spec["hijri ".Length..].Split('-');
        try
        {
            var month = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var day = parts[1] == "end" ? Hijri.GetDaysInMonth(hijriYear, month) : int.Parse(parts[1], CultureInfo.InvariantCulture);
            var date = DateOnly.FromDateTime(Hijri.ToDateTime(hijriYear, month, day, 0, 0, 0, 0));
            return date.Year is >= 1900 and <= 2100 ? date : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // outside the Umm al-Qura calendar's years (1318-1500 AH)
        }
    }

    private static int? HijriYear(DateOnly date)
    {
        try
        {
            return Hijri.GetYear(date.ToDateTime(TimeOnly.MinValue));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static string Normalize(string text) =>
        Regex.Replace(text.ToLowerInvariant().Replace("’", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal), @"[\s-]+", " ");
}
