using MapDashboard.Core.Actors;
using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

public class AcledDerivedFieldsTests
{
    private static readonly AcledDerivedFields Fields = AcledDerivedFields.CreateDefault();

    [Theory]
    [InlineData(EventType.ArmedClash, "Political violence")]
    [InlineData(EventType.PeacefulProtest, "Demonstrations")]
    [InlineData(EventType.ExcessiveForce, "Political violence; Demonstrations")]
    [InlineData(EventType.BaseEstablished, "Strategic developments")]
    public void DisorderType_FollowsTheSubType(string subType, string disorder) => Assert.Equal(disorder, Fields.DisorderType(subType));

    [Fact]
    public void Taxonomy_HasAll25SubTypes_OfTheSixTypes()
    {
        var taxonomy = EventLexicon.LoadDefault().Taxonomy;
        Assert.Equal(25, taxonomy.Count);
        Assert.Equal(EventType.All.Order(), taxonomy.Values.Select(t => t.Type).Distinct().Order());
        Assert.All(EventType.SubTypes.SelectMany(kv => kv.Value.Select(s => (kv.Key, s))), t => Assert.Equal(t.Key, taxonomy[t.s].Type));
    }

    [Theory]
    [InlineData("saa", "rebels", "12")]
    [InlineData("tiger-forces", "islamic-state", "12")]
    [InlineData("sdf", "islamic-state", "22")]
    [InlineData("turkish-armed-forces", "sdf", "28")]
    [InlineData("unidentified-armed-group", "civilians", "37")]
    [InlineData("protesters", null, "60")]
    public void Interaction_IsBothInterCodesLowerFirst(string actor1, string? actor2, string interaction) =>
        Assert.Equal(interaction, Fields.Interaction(actor1, actor2));

    [Fact]
    public void CivilianTargeting_OnlyForViolenceAgainstCivilians()
    {
        Assert.Equal("Civilian targeting", Fields.CivilianTargeting(EventType.Attack, "civilians"));
        Assert.Equal("Civilian targeting", Fields.CivilianTargeting(EventType.AirDroneStrike, "civilians"));
        Assert.Null(Fields.CivilianTargeting(EventType.ArmedClash, "rebels"));
        Assert.Null(Fields.CivilianTargeting(EventType.PeacefulProtest, null));
    }

    [Fact]
    public void AcledActorMap_NamesOnlyCatalogueFactions_AndReadsUnitsAsThemselves()
    {
        var map = AcledActorMap.LoadDefault();
        var catalogue = FactionCatalogue.LoadDefault();
        Assert.All(map.FactionIds, id => Assert.NotNull(catalogue.Get(id)));
        Assert.Equal("tiger-forces", map.FactionOf("Military Forces of Syria (2000-) Tiger Paramilitary Forces (Qawat al Nimr)"));
        Assert.Equal("saa", map.FactionOf("Military Forces of Syria (2000-)"));
        Assert.Equal("syrian-national-army", map.FactionOf("Operation Olive Branch"));
        Assert.Null(map.FactionOf("Some Militia Nobody Mapped"));
        Assert.Equal("QSD: Syrian Democratic Forces", map.AcledNameOf("sdf"));
    }
}
