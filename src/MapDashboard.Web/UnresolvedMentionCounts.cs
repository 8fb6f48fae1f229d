using MapDashboard.Data.Store;

namespace MapDashboard.Web;

/// <summary>
/// The dashboard's count of place mentions that could not be located in a window's articles, kept per state of the store:
/// one pass reads the counts per publication date (<see cref="EventQueries.CountUnresolvedMentionsByDateAsync"/>), and
/// every window until the store changes is a sum over them, with the same answer as
/// <see cref="EventQueries.CountUnresolvedMentionsAsync"/> (which joined every unresolved mention to its article at each
/// slider step). A count for one article is asked of the store. One instance shared by all circuits.
/// </summary>
public sealed class UnresolvedMentionCounts(EventQueries queries, Func<long> storeStamp)
{
    private Snapshot? _current;

    /// <summary>Over the store the control layer is built from: its write stamp says when the counts are stale.</summary>
    public UnresolvedMentionCounts(EventQueries queries, ControlLayerService control) : this(queries, () => control.Version)
    {
    }

    /// <summary>Unlocated mentions in the articles published in [from, to] (all articles, undated ones too, when both are null).</summary>
    public async Task<long> CountAsync(DateOnly? from, DateOnly? to, long? articleId = null, CancellationToken cancellationToken = default)
    {
        if (articleId is not null)
        {
            return await queries.CountUnresolvedMentionsAsync(from, to, articleId, cancellationToken);
        }
        var stamp = storeStamp();
        var current = Volatile.Read(ref _current);
        if (current is null || current.Stamp != stamp)
        {
            // Read after the stamp: a write meanwhile leaves a newer stamp, and the next count reads again.
            current = Snapshot.Of(stamp, await queries.CountUnresolvedMentionsByDateAsync(cancellationToken));
            Volatile.Write(ref _current, current);
        }
        return current.Count(from, to);
    }

    /// <summary>The dated counts in date order with running sums (Before[i]: mentions dated before Dates[i]), and the total.</summary>
    private sealed record Snapshot(long Stamp, string[] Dates, long[] Before, long Total)
    {
        public static Snapshot Of(long stamp, IReadOnlyList<(string? Published, long Count)> rows)
        {
            var dated = rows.Where(r => r.Published is not null).OrderBy(r => r.Published, StringComparer.Ordinal).ToList();
            var before = new long[dated.Count + 1];
            for (var i = 0; i < dated.Count; i++)
            {
                before[i + 1] = before[i] + dated[i].Count;
            }
            return new Snapshot(stamp, dated.Select(r => r.Published!).ToArray(), before, rows.Sum(r => r.Count));
        }

        public long Count(DateOnly? from, DateOnly? to)
        {
            if (from is null && to is null)
            {
                return Total;
            }
            // As the store compares the text: published >= from and published <= to (an undated article is in no window).
            var first = from is { } f ? FirstAtLeast(Text(f), inclusive: true) : 0;
            var afterLast = to is { } t ? FirstAtLeast(Text(t), inclusive: false) : Dates.Length;
            return afterLast > first ? Before[afterLast] - Before[first] : 0;
        }

        /// <summary>The first date index at or after <paramref name="date"/> (inclusive) or strictly after it.</summary>
        private int FirstAtLeast(string date, bool inclusive)
        {
            int low = 0, high = Dates.Length;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                var order = string.CompareOrdinal(Dates[middle], date);
                if (order < 0 || (!inclusive && order == 0))
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }
            return low;
        }

        private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }
}
