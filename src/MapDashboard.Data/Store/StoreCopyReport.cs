namespace MapDashboard.Data.Store;

/// <summary>
/// What a copy of a SQLite store into PostgreSQL did: rows per table on both sides (counted in the copy's own snapshot of
/// the source and inside the target's transaction), whether the copy was committed, and how long it took.
/// </summary>
public sealed record StoreCopyReport(IReadOnlyList<StoreCopyReport.TableCount> Tables, bool Committed, TimeSpan Elapsed)
{
    /// <summary>Rows of one table in the source and in the target; <paramref name="Derived"/> for a table rebuilt rather than copied.</summary>
    public sealed record TableCount(string Table, long Source, long Target, bool Derived = false)
    {
        /// <summary>Whether both sides hold as many rows.</summary>
        public bool Matches => Source == Target;
    }

    /// <summary>Whether every table holds as many rows in the target as in the source.</summary>
    public bool AllMatch => Tables.All(t => t.Matches);

    /// <summary>Rows copied (derived tables not counted).</summary>
    public long RowsCopied => Tables.Where(t => !t.Derived).Sum(t => t.Target);

    /// <summary>Rows copied per second of the whole run.</summary>
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? RowsCopied / Elapsed.TotalSeconds : 0;
}
