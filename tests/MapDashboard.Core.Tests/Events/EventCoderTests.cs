using MapDashboard.Core.Actors;
using MapDashboard.Core.Articles;
using MapDashboard.Core.Events;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Tests.Pipeline;

namespace MapDashboard.Core.Tests.Events;

/// <summary>Known sentences from the seeds, geoparsed over a small index of real entries, then coded.</summary>
public class EventCoderTests
{
    private static Place P(string id, string name, double lat, double lon, string code, long population, string cls = "P") =>
        new(id, name, lat, lon, cls, code, "SY", null, null, population, id.StartsWith("gn:") ? "geonames" : "curated");

    private static readonly Place AlBab = P("gn:174018", "Al Bāb", 36.37051, 37.5157, "PPLA2", 130745);
    private static readonly Place AlBara = P("cur:al-bara", "al-Bara", 35.683, 36.533, "PPL", 0);
    private static readonly Place SinAirbase = P("cur:al-sin-airbase", "Sayqal Military Airbase", 33.68222, 37.21389, "AIRB", 0, "S");
    private static readonly Place Aleppo = P("gn:170063", "Aleppo", 36.20124, 37.16117, "PPLA", 1602264);

    private static readonly Geoparser Parser = TestPipeline.GeoparserOver(PlaceIndex.Build(
        [("al-Bab", AlBab), ("al-Bara", AlBara), ("al-Sin air base", SinAirbase), ("Aleppo", Aleppo)]));

    private static readonly EventCoder Coder = new(new ActorRecognizer(FactionCatalogue.LoadDefault()));

    private static List<CodedEvent> Code(string text, DateOnly? published)
    {
        var result = Parser.Parse(new ArticleInput("t.txt", text, ArticleFormat.PlainText));
        var dated = result with { Article = result.Article with { Metadata = result.Article.Metadata with { Published = published } } };
        return Coder.Code(dated);
    }

    [Fact]
    public void LiberatedVillages_AreOneCaptureEachWithAControlChange()
    {
        var events = Code("The Syrian army’s Tiger Forces have liberated al-Brije, Sheikh Dan, Mushayrifa and Tuman in the eastern Aleppo countryside near the ISIS stronghold of al-Bab.", new DateOnly(2017, 1, 30));

        Assert.Equal(["al-Brije", "Sheikh Dan", "Mushayrifa", "Tuman"], events.Select(e => e.Where.OriginalText));
        foreach (var e in events)
        {
            Assert.Equal((EventType.Battles, EventType.GovernmentRegainsTerritory), (e.Type, e.SubType));
            Assert.Equal(("saa", "islamic-state"), (e.Actor1, e.Actor2));
            Assert.Equal((AlBab, 2), (e.Location, e.Precision));
            Assert.Equal(("saa", "liberated"), (e.ControlChange!.NewController, e.ControlChange.Verb));
            Assert.StartsWith("The Syrian army’s Tiger Forces have liberated", e.Excerpt);
            Assert.Equal($"{e.Where.OriginalText} (near Al Bāb)", e.PlaceName);
        }
    }

    [Fact]
    public void Airstrikes_NearTwoVillages_AreTwoDatedEvents()
    {
        var events = Code("Early on June 14, the Russian Aerospace Forces reportedly carried out airstrikes on positions of Hayat Tahrir al-Sham near the villages of al-Bara and Deir Sunbul in southern Idlib.", new DateOnly(2020, 6, 15));

        Assert.Equal(["al-Bara", "Deir Sunbul"], events.Select(e => e.Where.OriginalText));
        Assert.All(events, e =>
        {
            Assert.Equal(EventType.AirDroneStrike, e.SubType);
            Assert.Equal(("russian-aerospace-forces", "hayat-tahrir-al-sham"), (e.Actor1, e.Actor2));
            Assert.Equal(new DateOnly(2020, 6, 14), e.When.First);
            Assert.Null(e.ControlChange);
        });
    }

    [Fact]
    public void FailedAdvance_IsAClashWithoutControlChange_AndKeepsItsAttribution()
    {
        var events = Code("But the terrorists failed to reach the al-Sin air base after they captured checkpoints, according to pro-government sources.", new DateOnly(2017, 1, 30));

        var e = Assert.Single(events);
        Assert.Equal(EventType.ArmedClash, e.SubType);
        Assert.Null(e.ControlChange);
        Assert.Equal("pro-government sources", e.ClaimedBy);
    }

    [Fact]
    public void TakingControlOfAnOffensive_IsNotTerritory()
    {
        var events = Code("Fighting intensified near al-Bab on Christmas Day when Brigadier General Suheil al-Hassan took control of the offensive.", new DateOnly(2018, 1, 8));

        Assert.All(events, e => Assert.Null(e.ControlChange));
        Assert.Equal(new DateOnly(2017, 12, 25), Assert.Single(events).When.First);
    }

    [Fact]
    public void SentenceThatPointsBack_IsTheSameEventAtThePlaceOfThePreviousSentence()
    {
        var events = Code("The army continues pressure on ISIS militants near al-Bab. Clashes in the area take place every day.", new DateOnly(2017, 1, 30));

        // One event per place and day (issue 22): the clashes "in the area" are the pressure near al-Bab, one event.
        var carried = Assert.Single(events);
        Assert.Equal(AlBab, carried.Location);
        Assert.Equal(("saa", EventType.ArmedClash), (carried.Actor1, carried.SubType));
        Assert.Null(carried.ControlChange);
    }

    [Fact]
    public void BackgroundAndOpinion_YieldNoEvents()
    {
        Assert.Empty(Code("The creation of two big coalitions shows a separation of militant groups near Aleppo.", new DateOnly(2017, 1, 30)));
    }

    [Fact]
    public void CaptureInAnUndatedArticle_KeepsItsYear()
    {
        var e = Assert.Single(Code("Regime troops captured Aleppo city in 2015 from the opposition.", null));

        Assert.Equal((EventType.GovernmentRegainsTerritory, "saa", "rebels"), (e.SubType, e.Actor1, e.ControlChange!.PreviousController));
        Assert.Equal((new DateOnly(2015, 1, 1), TimePrecision.Year), (e.When.First!.Value, e.When.Precision));
    }

    [Theory]
    [InlineData("Government forces captured al-Bara on Monday, aiming to reach Aleppo.", "cur:al-bara", "gn:170063")]
    [InlineData("Army units captured al-Bara and drove the rebels back into Aleppo on Tuesday.", "cur:al-bara", "gn:170063")]
    [InlineData("Islamic State fighters seized al-Bab on Friday and advanced towards Aleppo.", "gn:174018", "gn:170063")]
    [InlineData("Government forces captured al-Bara on Sunday while besieging the rebels in Aleppo.", "cur:al-bara", "gn:170063")]
    public void PlaceNamedAsAnAimADestinationOrTheOtherSidesGround_IsNotTaken(string sentence, string taken, string notTaken)
    {
        var events = Code(sentence, new DateOnly(2017, 3, 10));

        Assert.Contains(events, e => e.Location?.Id == taken && e.ControlChange is not null);
        Assert.DoesNotContain(events, e => e.Location?.Id == notTaken && e.ControlChange is not null);
    }
}
