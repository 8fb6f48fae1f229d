using MapDashboard.Core.Actors;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Data.Store;
using MapDashboard.Web.Components.Pages;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>Issue 21.2: an event's popup names its place with the gazetteer's admin path.</summary>
public class EventPopupPlaceTests
{
    private static EventDetail Detail(string placeName, string? admin1) => new(new EventSummary
    {
        Id = 7, DateStart = "2017-01-30", DatePrecision = "day", Type = "Battles", SubType = "Armed clash", PlaceId = "ocha:C9999",
        PlaceName = placeName, Admin1 = admin1, Lat = 36.4, Lon = 37.6, Precision = 1,
    }, [], []);

    [Fact]
    public void Place_WithItsAdminPath_WhenTheGazetteerKnowsIt()
    {
        var village = new Place("ocha:C9999", "Kafr Test", 36.4, 37.6, "P", "PPL", "SY", "Aleppo", "Al Bab", 0, "ocha", Admin3: "Tadaf");
        var factions = FactionCatalogue.LoadDefault();

        var popup = EventPopup.Build(Detail("Kafr Test", "Aleppo"), factions, new ActorRecognizer(factions), village);
        var plain = EventPopup.Build(Detail("Kafr Test", "Aleppo"), factions, new ActorRecognizer(factions));

        Assert.Equal("Kafr Test - Tadaf, Al Bab, Aleppo", popup.Lines.Single(l => l.Label == "Place").Text);
        Assert.Equal("Kafr Test, Aleppo", plain.Lines.Single(l => l.Label == "Place").Text);
    }
}
