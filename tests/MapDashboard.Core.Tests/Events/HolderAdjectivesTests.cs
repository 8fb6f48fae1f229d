using MapDashboard.Core.Actors;
using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

public class HolderAdjectivesTests
{
    private static readonly FactionCatalogue Catalogue = FactionCatalogue.LoadDefault();

    private static List<ActorMention> Read(string sentence) =>
        HolderAdjectives.Default.Add(sentence, [], Catalogue, EventLexicon.LoadDefault());

    [Fact]
    public void AChangeUnderAnAdjectiveHolder_NamesThatHolder()
    {
        var mention = Assert.Single(Read("By dawn the village had come under opposition control."));

        Assert.Equal(("opposition", "rebels"), (mention.Text, mention.Faction.Id));
    }

    [Theory]
    [InlineData("The hill remained under regime control throughout the week.")]
    [InlineData("Artillery hit villages under government control.")]
    [InlineData("The convoy travelled under rebel escort.")]
    public void AStandingStateOrAnotherNoun_NamesNoOne(string sentence) => Assert.Empty(Read(sentence));

    [Fact]
    public void ANamedActorAtTheAdjective_IsKeptAlone()
    {
        var named = new ActorMention(31, 36, "rebel", Catalogue.Get("hayat-tahrir-al-sham")!, false);

        var mentions = HolderAdjectives.Default.Add("The crossing was now under the rebel control.", [named], Catalogue, EventLexicon.LoadDefault());

        Assert.Equal("hayat-tahrir-al-sham", Assert.Single(mentions).Faction.Id);
    }

    [Fact]
    public void ARowWithoutASource_IsAClearError()
    {
        var error = Assert.Throws<InvalidDataException>(() => new HolderAdjectives("adjective\tfaction\tsource\nrebel\trebels\t\n"));

        Assert.Contains("line 2", error.Message);
    }
}
