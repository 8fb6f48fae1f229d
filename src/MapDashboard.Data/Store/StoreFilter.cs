using System.Text;
using Dapper;

namespace MapDashboard.Data.Store;

/// <summary>
/// Builds a WHERE clause and its parameters for the store's event tables: the one time-window and type filter that
/// our events and imported events share, and the conditions only one of them has. Every value is a parameter.
/// </summary>
internal sealed class StoreFilter(string firstCondition, StoreProvider provider)
{
    private readonly StringBuilder _where = new("WHERE " + firstCondition);

    /// <summary>The parameters of the conditions added so far.</summary>
    public DynamicParameters Parameters { get; } = new();

    /// <summary>
    /// Rows overlapping the days <paramref name="from"/>..<paramref name="to"/> (either end open when null): ending on or
    /// after the first day and starting on or before the last, day numbers in <paramref name="startDay"/> and
    /// <paramref name="endDay"/> (the same column for one-day rows). <paramref name="longestSpan"/>, an SQL expression
    /// for the longest row in days, bounds an index scan on the start from below.
    /// </summary>
    public StoreFilter Window(DateOnly? from, DateOnly? to, string startDay, string endDay, string? longestSpan = null)
    {
        if (from is { } first)
        {
            _where.Append(startDay == endDay ? $" AND {startDay} >= @FromDay" : $" AND {endDay} >= @FromDay");
            if (longestSpan is not null && startDay != endDay)
            {
                _where.Append($" AND {startDay} >= @FromDay - {longestSpan}");
            }
            Parameters.Add("FromDay", first.DayNumber);
        }
        if (to is { } last)
        {
            _where.Append($" AND {startDay} <= @ToDay");
            Parameters.Add("ToDay", last.DayNumber);
        }
        return this;
    }

    /// <summary>Rows whose type or sub-type is one of <paramref name="types"/> (no condition when empty).</summary>
    public StoreFilter Types(IReadOnlyCollection<string> types, string typeColumn, string subTypeColumn)
    {
        if (types.Count > 0)
        {
            _where.Append($" AND ({provider.In(typeColumn, "Types")} OR {provider.In(subTypeColumn, "Types")})");
            Parameters.Add("Types", types.ToArray());
        }
        return this;
    }

    /// <summary>Adds a condition and its parameters.</summary>
    public StoreFilter And(string condition, object? parameters = null)
    {
        _where.Append(" AND ").Append(condition);
        if (parameters is not null)
        {
            Parameters.AddDynamicParams(parameters);
        }
        return this;
    }

    /// <summary>The WHERE clause and its parameters.</summary>
    public (string Where, DynamicParameters Parameters) Build() => (_where.ToString(), Parameters);
}
