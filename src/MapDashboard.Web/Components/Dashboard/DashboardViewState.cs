using System.Globalization;
using MapDashboard.Data.Store;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// The dashboard's view as its URL keeps it: the date, the time window (and a range's start), the filters, whether the
/// ACLED layer shows, and the map's centre. Pure: read from query parameters (every malformed or unknown value is
/// ignored, never thrown on: links are hand-edited and shared), written back to them, and stepped through time.
/// </summary>
public sealed record DashboardViewState
{
    /// <summary>Days a range starts before its end when the link names no start.</summary>
    public const int DefaultRangeDays = 30;

    /// <summary>The slider's date; null until it is known (the end of the corpus by default).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>How much time before the date the map shows.</summary>
    public TimeWindow Window { get; init; } = TimeWindow.Month;

    /// <summary>The start of a <see cref="TimeWindow.Range"/> window (kept while another window shows).</summary>
    public DateOnly? RangeStart { get; init; }

    /// <summary>Event types shown; empty: all.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>A side whose actors' events are shown, or null.</summary>
    public string? Side { get; init; }

    /// <summary>An actor whose (and whose units') events are shown, or null.</summary>
    public string? Actor { get; init; }

    /// <summary>The lowest confidence shown; 0: any.</summary>
    public double MinConfidence { get; init; }

    /// <summary>The fewest independent reports an event shown has; 1: any.</summary>
    public int MinReports { get; init; } = 1;

    /// <summary>The one article whose events are shown, or null.</summary>
    public long? ArticleId { get; init; }

    /// <summary>Whether the imported ACLED events are drawn.</summary>
    public bool ShowAcled { get; init; } = true;

    /// <summary>The map's centre and zoom, or null for the default view.</summary>
    public MapCentre? Centre { get; init; }

    /// <summary>An area drawn on the map: only the events inside it are listed, counted and exported; null: everywhere.</summary>
    public AreaPolygon? Area { get; init; }

    /// <summary>How many filters narrow the events (types, side, actor, confidence, article).</summary>
    public int ActiveFilterCount =>
        (Types.Count > 0 ? 1 : 0) + (Side is null ? 0 : 1) + (Actor is null ? 0 : 1) + (MinConfidence > 0 ? 1 : 0) + (ArticleId is null ? 0 : 1)
        + (MinReports > 1 ? 1 : 0);

    /// <summary>The first day of the window ending at <see cref="Date"/> (<see cref="DateOnly.MinValue"/> for everything up to it).</summary>
    public DateOnly WindowStart
    {
        get
        {
            var date = Date ?? DateOnly.MinValue;
            return Window switch
            {
                TimeWindow.Day => date,
                TimeWindow.Week => date.AddDays(-6),
                TimeWindow.Month => date.AddMonths(-1).AddDays(1),
                TimeWindow.Year => date.AddYears(-1).AddDays(1),
                TimeWindow.Range => RangeStart is { } start && start < date ? start : date,
                TimeWindow.CalendarMonth => CalendarWindows.MonthStart(date),
                TimeWindow.IsoWeek => CalendarWindows.WeekStart(date),
                _ => DateOnly.MinValue,
            };
        }
    }

    /// <summary>The last day of the window: the slider's date, or the end of its calendar month or ISO week.</summary>
    public DateOnly? WindowEnd => Date is not { } date ? null : Window switch
    {
        TimeWindow.CalendarMonth => CalendarWindows.MonthEnd(date),
        TimeWindow.IsoWeek => CalendarWindows.WeekStart(date).AddDays(6),
        _ => date,
    };

    /// <summary>The window's first day for a query: null when the window is everything up to the date.</summary>
    public DateOnly? WindowFrom => Window == TimeWindow.AllToDate ? null : WindowStart;

    /// <summary>Days one step of the time axis (playback, arrow keys) moves: a quarter of a range.</summary>
    public int StepDays => Window switch
    {
        TimeWindow.Day => 1,
        TimeWindow.Week or TimeWindow.IsoWeek => 7,
        TimeWindow.Month or TimeWindow.CalendarMonth => 30,
        TimeWindow.Range => Math.Max(1, (RangeDays + 1) / 4),
        _ => 91,
    };

    private int RangeDays => Date is { } date && RangeStart is { } start ? Math.Max(0, date.DayNumber - start.DayNumber) : 0;

    /// <summary>Reads the view from query parameters (names as <see cref="ToQuery"/> writes them).</summary>
    public static DashboardViewState FromQuery(IReadOnlyDictionary<string, string?> query, DashboardVocabulary vocabulary)
    {
        string? Get(string name) => query.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        var lat = ParseNumber(Get("lat"));
        var lon = ParseNumber(Get("lon"));
        var zoom = int.TryParse(Get("zoom"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var z) ? z : (int?)null;
        var articleId = long.TryParse(Get("article"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
        return new DashboardViewState
        {
            Date = ParseDate(Get("date")),
            // Enum.TryParse also takes numbers ("3", "99"): only the names are windows.
            Window = Get("window") is { } w && !w.Any(char.IsDigit) && Enum.TryParse<TimeWindow>(w, ignoreCase: true, out var window) ? window : TimeWindow.Month,
            RangeStart = ParseDate(Get("from")),
            Types = (Get("types") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(vocabulary.IsType).Distinct(StringComparer.Ordinal).ToList(),
            Side = Get("side") is { } side && vocabulary.IsSide(side) ? side : null,
            Actor = Get("actor") is { } actor && vocabulary.IsActor(actor) ? actor : null,
            MinConfidence = ParseNumber(Get("confidence")) is { } c && c is > 0 and <= 1 ? c : 0,
            ArticleId = articleId is > 0 ? articleId : null,
            MinReports = int.TryParse(Get("reports"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is > 1 and <= 1000 ? r : 1,
            ShowAcled = Get("acled")?.ToLowerInvariant() is not ("off" or "0" or "false"),
            Centre = lat is >= -90 and <= 90 && lon is >= -180 and <= 180 ? new MapCentre(lat.Value, lon.Value, zoom) : null,
            Area = Get("area") is { } area ? AreaPolygon.Parse(area, out _) : null,
        };
    }

    /// <summary>The query parameters that keep this view (null values remove a parameter).</summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        ["date"] = Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["window"] = Window.ToString().ToLowerInvariant(),
        ["from"] = Window == TimeWindow.Range && Date is not null ? WindowStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        ["types"] = Types.Count > 0 ? string.Join(',', Types) : null,
        ["side"] = Side,
        ["actor"] = Actor,
        ["confidence"] = MinConfidence > 0 ? MinConfidence : null,
        ["article"] = ArticleId,
        ["reports"] = MinReports > 1 ? MinReports : null,
        ["acled"] = ShowAcled ? null : "off",
        ["lat"] = Centre?.Lat,
        ["lon"] = Centre?.Lon,
        ["zoom"] = Centre?.Zoom,
        ["area"] = Area?.Encode(),
    };

    /// <summary>
    /// Places the view in the corpus's span: a date outside it is moved to its nearest end (no date: the last day), and
    /// a range starts within the span, not after its end (no start: <see cref="DefaultRangeDays"/> before it).
    /// </summary>
    public DashboardViewState ClampTo(DateOnly first, DateOnly last)
    {
        var date = Clamp(Date ?? last, first, last);
        var start = Clamp(RangeStart ?? date.AddDays(-DefaultRangeDays), first, date);
        return this with { Date = date, RangeStart = start };
    }

    /// <summary>Moves the date by some days within the span; a range keeps its width.</summary>
    public DashboardViewState MoveBy(int days, DateOnly first, DateOnly last)
    {
        var width = RangeDays;
        if (Window is TimeWindow.CalendarMonth or TimeWindow.IsoWeek && days != 0)
        {
            // A whole calendar step: January, February, March (the slider sits on each window's last day), never drifting.
            return this with { Date = Clamp(CalendarWindows.Step(Window == TimeWindow.CalendarMonth, Date ?? last, Math.Sign(days)), first, last) };
        }
        var date = Clamp((Date ?? last).AddDays(days), first, last);
        return Window == TimeWindow.Range ? this with { Date = date, RangeStart = Clamp(date.AddDays(-width), first, date) } : this with { Date = date };
    }

    /// <summary>The slider moved to a date; a range's start follows when the date passes before it.</summary>
    public DashboardViewState WithDate(DateOnly date, DateOnly first, DateOnly last)
    {
        var clamped = Clamp(date, first, last);
        return this with { Date = clamped, RangeStart = RangeStart is { } start && start > clamped ? clamped : RangeStart };
    }

    /// <summary>The range's start slider moved; the date follows when the start passes after it.</summary>
    public DashboardViewState WithRangeStart(DateOnly start, DateOnly first, DateOnly last)
    {
        var clamped = Clamp(start, first, last);
        return this with { RangeStart = clamped, Date = Date is { } date && date > clamped ? date : clamped };
    }

    /// <summary>Back to the start of the span (a range keeps its width).</summary>
    public DashboardViewState Restart(DateOnly first, DateOnly last) => Window == TimeWindow.Range
        ? this with { Date = Clamp(first.AddDays(RangeDays), first, last), RangeStart = first }
        : this with { Date = first };

    /// <summary>Another window; a range starts where the previous window started (the span's start after "everything").</summary>
    public DashboardViewState WithWindow(TimeWindow window, DateOnly first)
    {
        if (window == TimeWindow.Range && Window != TimeWindow.Range)
        {
            var start = Window == TimeWindow.AllToDate || WindowStart < first ? first : WindowStart;
            return this with { Window = window, RangeStart = start };
        }
        return this with { Window = window };
    }

    /// <summary>Shows one bar of the trends chart: its calendar week or month as the window, the slider on its last day (within the span).</summary>
    public DashboardViewState ShowPeriod(TrendPeriod period, DateOnly first, DateOnly last) => this with
    {
        Window = period.Granularity == Data.Trends.TrendGranularity.Week ? TimeWindow.IsoWeek : TimeWindow.CalendarMonth,
        Date = Clamp(period.End, first, last),
    };

    private static DateOnly Clamp(DateOnly date, DateOnly first, DateOnly last) => date < first ? first : date > last ? last : date;

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static double? ParseNumber(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
}
