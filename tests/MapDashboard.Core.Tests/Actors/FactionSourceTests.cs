using System.Text;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Tests.Actors;

/// <summary>The faction catalogue is data with provenance: every entry says where its names come from.</summary>
public class FactionSourceTests
{
    [Fact]
    public void TheShippedCatalogue_Loads_SoEveryFactionHasASource() =>
        Assert.NotEmpty(FactionCatalogue.LoadDefault().Factions);

    [Theory]
    [InlineData("")]
    [InlineData(", \"source\": \"  \"")]
    public void AFactionWithoutASource_IsRefused_WithItsId(string source)
    {
        var json = "{\"sides\": [{\"id\": \"unknown\", \"name\": \"Unknown\", \"colour\": \"#9e9e9e\"}], \"factions\": ["
            + "{\"id\": \"marsh-guard\", \"name\": \"Marsh Guard\", \"side\": \"unknown\"" + source + ", \"aliases\": [\"the guard\"]}]}";

        var error = Assert.Throws<InvalidDataException>(() => FactionCatalogue.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Contains("'marsh-guard' has no source", error.Message);
    }
}
