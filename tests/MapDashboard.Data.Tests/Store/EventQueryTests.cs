using System.Reflection;
using MapDashboard.Data.Store;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// Issue 17.10: whoever adds a filter to <see cref="EventQuery"/> also makes <see cref="EventQuery.FiltersBeyondTime"/>
/// see it (the "changed hands" list relied on a hand-kept list that missed the drawn area and the reports filter).
/// </summary>
public sealed class EventQueryTests
{
    /// <summary>The properties that say when or how many, not which events.</summary>
    private static readonly HashSet<string> TimeAndPaging = [nameof(EventQuery.From), nameof(EventQuery.To), nameof(EventQuery.UndatedOnly),
        nameof(EventQuery.Limit), nameof(EventQuery.Offset), nameof(EventQuery.FiltersBeyondTime)];

    private static readonly AreaPolygon Square = AreaPolygon.Parse("36,35;37,35;37,36;36,36", out _)!;

    /// <summary>A value of each filter that narrows the events.</summary>
    private static readonly Dictionary<string, object> Narrowing = new()
    {
        [nameof(EventQuery.Bounds)] = new BoundingBox(36, 35, 37, 36),
        [nameof(EventQuery.Area)] = Square,
        [nameof(EventQuery.Types)] = new List<string> { "Battles" },
        [nameof(EventQuery.Actors)] = new List<string> { "saa" },
        [nameof(EventQuery.ArticleId)] = 7L,
        [nameof(EventQuery.MinConfidence)] = 0.5,
        [nameof(EventQuery.MinReports)] = 2,
    };

    public static TheoryData<string> Filters() => [.. typeof(EventQuery).GetProperties().Select(p => p.Name).Where(n => !TimeAndPaging.Contains(n))];

    [Theory]
    [MemberData(nameof(Filters))]
    public void EveryFilter_MakesTheQueryFilterBeyondTime(string property)
    {
        Assert.True(Narrowing.TryGetValue(property, out var value),
            $"EventQuery.{property} is new: say here whether it filters events (and make FiltersBeyondTime see it) or belongs to the window or paging");
        var query = new EventQuery();
        typeof(EventQuery).GetProperty(property)!.GetSetMethod(nonPublic: true)!.Invoke(query, [value]);

        Assert.True(query.FiltersBeyondTime, property);
    }

    [Fact]
    public void TheWindowAndPaging_AreNotFilters()
    {
        var query = new EventQuery { From = new DateOnly(2017, 1, 1), To = new DateOnly(2017, 1, 31), Limit = 10, Offset = 20, MinReports = 1 };

        Assert.False(query.FiltersBeyondTime);
        Assert.False(new EventQuery { UndatedOnly = true }.FiltersBeyondTime);
    }
}
