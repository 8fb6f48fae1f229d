using MapDashboard.Core.Actors;
using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

public class HolderSubjectsTests
{
    private static readonly FactionCatalogue Catalogue = FactionCatalogue.LoadDefault();
    private static readonly EventLexicon Lexicon = EventLexicon.LoadDefault();

    private static List<ActorMention> Read(string sentence) => HolderSubjects.Default.Add(sentence, [], Catalogue, Lexicon);

    [Theory]
    [InlineData("Within two days government seized the road to the border.", "government", "saa")]
    [InlineData("Opposition captures the hill after a night of fighting.", "Opposition", "rebels")]
    [InlineData("Late on Sunday the regime retook the airport.", "regime", "saa")]
    public void ANounRightBeforeAVerbOfTaking_NamesThatSide(string sentence, string text, string faction)
    {
        var mention = Assert.Single(Read(sentence));

        Assert.Equal((text, faction), (mention.Text, mention.Faction.Id));
    }

    [Theory]
    [InlineData("The government said the road to the border was open.")]
    [InlineData("Anti-government fighters seized the road to the border.")]
    [InlineData("Fighters of the Lions of the East Army took control of the hill.")]
    [InlineData("The opposition spokesman denied the report.")]
    public void ANounElsewhere_NamesNoOne(string sentence) => Assert.Empty(Read(sentence));

    [Fact]
    public void ANamedActorAtTheNoun_IsKeptAlone()
    {
        const string sentence = "Overnight the army captured the hill.";
        var at = sentence.IndexOf("army", StringComparison.Ordinal);
        var named = new ActorMention(at, at + "army".Length, "army", Catalogue.Get("saa")!, false);

        var mentions = HolderSubjects.Default.Add(sentence, [named], Catalogue, Lexicon);

        Assert.Same(named, Assert.Single(mentions));
    }
}
