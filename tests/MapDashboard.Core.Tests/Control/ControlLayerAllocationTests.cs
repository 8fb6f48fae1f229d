using MapDashboard.Core.Control;

namespace MapDashboard.Core.Tests.Control;

/// <summary>
/// The control layer is computed anew at every slider date: what does not change between dates is not made again.
/// The held state per place and day is kept by the timeline, and the dissolve's sets are reused.
/// </summary>
public sealed class ControlLayerAllocationTests
{
    private static ControlChange Change(int place, int day, string controller) =>
        new($"p{place}", $"Place {place}", 35 + place / 100.0, 38, new DateOnly(2020, 1, 1).AddDays(day), controller, null, "captured", 0.8);

    [Fact]
    public void WhoHeldEachPlace_AtADate_IsReadWithoutNewListsPerPlace()
    {
        var changes = Enumerable.Range(0, 1000).SelectMany(p => new[] { Change(p, 0, "saa"), Change(p, 10 + p % 7, "sdf"), Change(p, 10 + p % 7, "fsa") });
        var timeline = new ControlTimeline(changes);
        var date = new DateOnly(2020, 1, 14);
        var held = timeline.At(date).ToList();
        Assert.Equal(1000, held.Count);
        // Places whose second day is on or before the 14th are contested (two claims that day), the rest held by one.
        Assert.Equal(["sdf", "fsa"], held.Single(h => h.Latest.PlaceId == "p0").Claims);
        Assert.Equal(["saa"], held.Single(h => h.Latest.PlaceId == "p6").Claims);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = 0;
        foreach (var _ in timeline.At(date))
        {
            count++;
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(1000, count);
        // A list of claims per place would be 1000 lists (tens of kilobytes); what is left is the enumerator.
        Assert.True(allocated < 2_000, $"{allocated} bytes for 1000 places");
    }

    [Fact]
    public void DissolvingAgain_ReusesItsSets_AndGivesTheSameRings()
    {
        // A 20 x 20 grid of unit cells: one square, drawn from 1,600 segments whose shared edges cancel.
        static long X(int v) => ControlSegment.Grid(36 + v * 0.01);
        static long Y(int v) => ControlSegment.Grid(35 + v * 0.01);
        var segments = new List<ControlSegment>();
        for (var x = 0; x < 20; x++)
        {
            for (var y = 0; y < 20; y++)
            {
                segments.Add(new(X(x), Y(y), X(x + 1), Y(y)));
                segments.Add(new(X(x + 1), Y(y), X(x + 1), Y(y + 1)));
                segments.Add(new(X(x + 1), Y(y + 1), X(x), Y(y + 1)));
                segments.Add(new(X(x), Y(y + 1), X(x), Y(y)));
            }
        }
        var first = ControlDissolve.Polygons(segments);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var again = ControlDissolve.Polygons(segments);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var polygon = Assert.Single(again);
        Assert.Equal(81, polygon.Shell.Length);
        Assert.Equal(first[0].Shell, polygon.Shell);
        // The output (81 coordinates, about 4 KB) and little else: new sets of 1,600 segments would be over 60 KB.
        Assert.True(allocated < 12_000, $"{allocated} bytes");
    }
}
