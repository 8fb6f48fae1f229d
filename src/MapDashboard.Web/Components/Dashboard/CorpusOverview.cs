using MapDashboard.Data.Store;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>What the time bar spans: the corpus's first and last day (with imported events), events per month and the undated count.</summary>
public sealed class CorpusOverview(EventQueries queries)
{
    /// <summary>The first and last day of the dated events, ours and imported; null while there are none.</summary>
    public (DateOnly First, DateOnly Last)? Span { get; private set; }

    /// <summary>One bar per month of <see cref="Span"/>.</summary>
    public IReadOnlyList<HistogramBar> Histogram { get; private set; } = [];

    /// <summary>Events whose articles carry no trustworthy date.</summary>
    public long Undated { get; private set; }

    /// <summary>Reads the span, histogram and undated count (again after an ingest or import).</summary>
    public async Task LoadAsync((DateOnly First, DateOnly Last)? imported)
    {
        Span = (await queries.GetDateSpanAsync(), imported) switch
        {
            ({ } ours, { } acled) => (ours.First < acled.First ? ours.First : acled.First, ours.Last > acled.Last ? ours.Last : acled.Last),
            (var ours, var acled) => ours ?? acled,
        };
        Undated = await queries.CountAsync(new EventQuery { UndatedOnly = true });
        Histogram = Span is { } span ? TimeHistogram.Build(span, await queries.CountByMonthAsync()) : [];
    }
}
