using MapDashboard.Data.Store;

namespace MapDashboard.Data.Tests.Store;

/// <summary>Issue 17.14: the drawn area's URL form is read strictly (a simple polygon) and written back the same.</summary>
public sealed class AreaPolygonTests
{
    [Fact]
    public void ClockwiseRing_IsStoredCounterClockwise_AndEncodesAsItIsRead()
    {
        var area = AreaPolygon.Parse("37.1,36.2;37.1,36.5;37.6,36.5;37.6,36.2", out var error)!;

        Assert.Null(error);
        Assert.Equal("37.6,36.2;37.6,36.5;37.1,36.5;37.1,36.2", area.Encode());
        Assert.Equal(area, AreaPolygon.Parse(area.Encode(), out _));
        Assert.Equal(new BoundingBox(37.1, 36.2, 37.6, 36.5), area.Bounds);
        Assert.Equal("POLYGON((37.6 36.2, 37.6 36.5, 37.1 36.5, 37.1 36.2, 37.6 36.2))", area.ToWkt());
    }

    [Fact]
    public void ClosedRing_DropsTheRepeatedVertex()
    {
        Assert.Equal(3, AreaPolygon.Parse("36,35;37,35;37,36;36,35", out _)!.Vertices.Count);
    }

    [Theory]
    [InlineData("abc", "not a vertex")]
    [InlineData("36,35;37,35", "3 to 100 vertices")]
    [InlineData("36,35;37,35;38,35", "enclose no area")]
    [InlineData("0,0;1,1;1,0;0,1", "cross")]
    [InlineData("200,35;37,35;37,36", "outside")]
    [InlineData("36,35;37,35;NaN,36", "not a vertex")]
    public void NotASimplePolygon_IsRefusedWithTheReason(string text, string reason)
    {
        Assert.Null(AreaPolygon.Parse(text, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Covers_AnL_ShapedArea_KeepsItsInsideAndEdge_NotItsNotch()
    {
        // An L: the square 36..38 x 35..37 without its north-east quarter 37..38 x 36..37.
        var area = AreaPolygon.Parse("36,35;38,35;38,36;37,36;37,37;36,37", out _)!;

        Assert.True(area.Covers(36.5, 36.5));
        Assert.True(area.Covers(37.5, 35.5));
        Assert.True(area.Covers(38, 35.5)); // on the edge, as the stores count it
        Assert.False(area.Covers(37.5, 36.5)); // inside the box, outside the L
        Assert.False(area.Covers(39, 35.5));
    }
}
