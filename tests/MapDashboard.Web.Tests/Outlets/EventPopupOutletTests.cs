using MapDashboard.Core.Actors;
using MapDashboard.Data.Outlets;
using MapDashboard.Data.Store;
using MapDashboard.Web.Components.Pages;

namespace MapDashboard.Web.Tests.Outlets;

/// <summary>Issue #19.5: a popup names each report's outlet with what the outlets table says of it.</summary>
public class EventPopupOutletTests
{
    [Fact]
    public void SourceAndCopy_AreNamedWithTheirOutletsFacts_AndAnOutletWithoutFactsByNameOnly()
    {
        var detail = new EventDetail(new EventSummary
        {
            Id = 3, DateStart = "2019-03-04", DatePrecision = "day", Type = "Battles", SubType = "Armed clash", PlaceId = "gn:1", PlaceName = "Kafr Test",
            Lat = 35.5, Lon = 36.6, Precision = 1,
        }, [], [new EventSource { ArticleId = 1, Title = "Hills taken", Outlet = "valley wire", Published = "2019-03-04", Source = "a.txt", Excerpt = "Fighting." }])
        {
            Appearances = [new ArticleAppearance { ArticleId = 1, Source = "b.txt", Title = "Hills taken", Outlet = "Echo Daily", Published = "2019-03-05", Kind = "copy" }],
            OutletFacts = [new Outlet { Name = "Valley Wire", HomeCountry = "Lebanon", HomeCountryRef = "ref", Owner = "Valley Media", OwnerRef = "ref", Language = "Arabic", LanguageRef = "ref" }],
        };
        var factions = FactionCatalogue.LoadDefault();

        var popup = EventPopup.Build(detail, factions, new ActorRecognizer(factions));

        Assert.Equal("Hills taken — valley wire (Lebanon; owner: Valley Media; Arabic), 2019-03-04", popup.Lines.Single(l => l.Label == "Source").Text);
        Assert.Equal("Hills taken — Echo Daily, 2019-03-05 (copy)", popup.Lines.Single(l => l.Label == "Also in").Text);
    }
}
