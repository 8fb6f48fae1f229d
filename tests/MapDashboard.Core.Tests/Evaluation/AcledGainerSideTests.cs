using MapDashboard.Core.Actors;
using MapDashboard.Core.Evaluation;
using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Evaluation;

/// <summary>
/// The gainer's-side figure of the ACLED agreement: a territory row agrees when the coder's gainer stood on the same side of
/// the war as the human actor 1 (a unit or an allied faction of that side counts), never across sides, never for an
/// unknown id, and foreign states each stand alone.
/// </summary>
public sealed class AcledGainerSideTests
{
    private static readonly DateOnly Day = new(2018, 3, 2);
    private static readonly FactionCatalogue Catalogue = FactionCatalogue.LoadDefault();

    private static AcledCodedRow Row(string subType, string? actor1) =>
        new("r", Day, "Battles", subType, actor1, actor1, null, "A village", 35.0, 37.0, 0, "A report.");

    private static AcledPrediction Gained(string? gainer) =>
        new(true, "Battles", EventType.GovernmentRegainsTerritory, gainer, 35.0, 37.0, null, "A village", Day, gainer, 0, 1);

    private static AcledAgreement Score(params (AcledCodedRow, AcledPrediction)[] pairs) =>
        AcledAgreementScorer.Score(pairs, (id, date) => Catalogue.Get(id) is { } f ? Catalogue.TopLevel(Catalogue.AsOf(f, date)).Id : id,
            (id, date) => GainerSide.Of(Catalogue, id, date));

    [Theory]
    [InlineData("ndf", "saa", 1, 1)]                  // a unit of the army: both figures agree (units are their army)
    [InlineData("pro-government-militia", "saa", 0, 1)] // a militia of the government's camp, the army named: side agrees
    [InlineData("hezbollah", "saa", 0, 1)]            // an allied faction of the same side
    [InlineData("ahrar-al-sham", "faylaq-al-sham", 0, 1)]
    [InlineData("saa", "saa", 1, 1)]                  // the same faction: both figures agree
    [InlineData("islamic-state", "saa", 0, 0)]        // the other side gained: neither agrees
    [InlineData("hayat-tahrir-al-sham", "ahrar-al-sham", 0, 0)] // jihadist and opposition are not one side
    [InlineData("russian-aerospace-forces", "us-led-coalition", 0, 0)] // foreign states each stand alone
    [InlineData("unidentified-armed-group", "saa", 0, 0)]
    [InlineData("no-such-faction", "no-such-faction", 1, 0)] // an id the catalogue lacks has no side
    public void GainerSide_AgreesOnlyWithinOneSide(string human, string gainer, int direction, int side)
    {
        var scores = Score((Row(EventType.GovernmentRegainsTerritory, human), Gained(gainer)));

        Assert.Equal(direction, scores.DirectionAgree);
        Assert.Equal(side, scores.GainerSideAgree);
    }

    [Fact]
    public void GainerSide_CountsTerritoryRowsWithAGainerOnly_AndIsAbsentWithoutASideMap()
    {
        var pairs = new[]
        {
            (Row(EventType.GovernmentRegainsTerritory, "ndf"), Gained("saa")),
            (Row(EventType.ArmedClash, "ndf"), Gained("saa")),                    // not a territory row
            (Row(EventType.NonStateActorOvertakesTerritory, "islamic-state"), Gained(null)), // no change found
        };

        Assert.Equal(1, Score(pairs).GainerSideAgree);
        Assert.Null(AcledAgreementScorer.Score(pairs, (id, _) => id).GainerSideAgree);
    }
}
