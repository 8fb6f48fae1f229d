using System.Text;
using MapDashboard.LoadBench;

namespace MapDashboard.LoadBench.Tests;

public class ControlLayerBytesTests
{
    [Fact]
    public void ALayer_IsSplitByFeatureKind_AndThePartsAddUpToTheFeatures()
    {
        const string area = """{"type":"Feature","properties":{"layer":"area","label":"Held by X","places":[{"text":"Tell Madeup","date":"2019-01-02"}]},"geometry":{"type":"MultiPolygon","coordinates":[[[[1,2],[3,4],[1,2]]]]}}""";
        const string front = """{"type":"Feature","properties":{"layer":"front","label":"Front line: X / Y"},"geometry":{"type":"MultiLineString","coordinates":[[[1,2],[3,4]]]}}""";
        const string point = """{"type":"Feature","properties":{"layer":"place","side":"X","label":"Khirbet Invented: held by X"},"geometry":{"type":"Point","coordinates":[1.5,2.5]}}""";
        var json = $$"""{"type":"FeatureCollection","date":"2019-01-03","features":[{{area}},{{front}},{{point}}]}""";

        var parts = ControlLayerBytes.Split(json);

        Assert.Equal(ControlLayerBytes.Parts, parts.Keys);
        Assert.Equal("""[{"text":"Tell Madeup","date":"2019-01-02"}]""".Length, parts["area-places"]);
        Assert.Equal("\"Khirbet Invented: held by X\"".Length, parts["point-labels"]);
        Assert.Equal(front.Length, parts["fronts"]);
        Assert.Equal("""{"type":"Point","coordinates":[1.5,2.5]}""".Length, parts["point-geometry"]);
        // Each feature is its properties, its geometry and the few bytes of the feature's own envelope around them.
        const int envelope = 44; // {"type":"Feature","properties":,"geometry":}
        Assert.Equal(Encoding.UTF8.GetByteCount(area + point) - 2 * envelope,
            parts["area-geometry"] + parts["area-places"] + parts["area-properties"] + parts["point-labels"] + parts["point-properties"] + parts["point-geometry"]);
    }

    [Fact]
    public void ALayerWithoutEvidenceListsOrLabels_HasNoneCounted()
    {
        const string json = """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"layer":"place","placeId":"p"},"geometry":{"type":"Point","coordinates":[1,2]}}]}""";

        var parts = ControlLayerBytes.Split(json);

        Assert.Equal(0, parts["point-labels"]);
        Assert.Equal(0, parts["area-places"]);
        Assert.Equal("""{"layer":"place","placeId":"p"}""".Length, parts["point-properties"]);
    }

    [Fact]
    public void APointsTable_CountsItsPositionsAsGeometry_AndTheRestAsProperties()
    {
        const string table = """{"rows":[[36.25,35.5,0,"p:1","Tell Madeup"],[37.125,34.75,0,"p:2","Kafr Invented"]],"styles":[{"kind":"hill","colour":"#123456"}]}""";
        var json = $$"""{"type":"FeatureCollection","features":[],"points":{{table}}}""";

        var parts = ControlLayerBytes.Split(json);

        Assert.Equal("36.2535.537.12534.75".Length, parts["point-geometry"]);
        Assert.Equal(table.Length - parts["point-geometry"], parts["point-properties"]);
        Assert.Equal(0, parts["point-labels"]);
    }
}
