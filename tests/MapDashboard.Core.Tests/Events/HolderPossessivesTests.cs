using MapDashboard.Core.Actors;
using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

public class HolderPossessivesTests
{
    private static readonly FactionCatalogue Catalogue = FactionCatalogue.LoadDefault();
    private static readonly EventLexicon Lexicon = EventLexicon.LoadDefault();

    private static List<ActorMention> Read(string sentence) => HolderPossessives.Default.Add(sentence, [], Catalogue, Lexicon);

    [Theory]
    [InlineData("Families returned to Qusayr after the government's recapture of the town.", "government", "saa")]
    [InlineData("Markets closed in Ariha during the regime’s shelling of the city.", "regime", "saa")]
    [InlineData("Observers noted the opposition's capture of two hills.", "opposition", "rebels")]
    public void APossessorBeforeATrigger_NamesThatSide(string sentence, string text, string faction)
    {
        var mention = Assert.Single(Read(sentence));

        Assert.Equal((text, faction), (mention.Text, mention.Faction.Id));
    }

    [Theory]
    [InlineData("The government's spokesman spoke to reporters in Hama.")]
    [InlineData("The regime's budget for the year was published.")]
    [InlineData("Rebels attacked the government in Damascus.")]
    public void APossessorBeforeAnotherNoun_NamesNoOne(string sentence) => Assert.Empty(Read(sentence));

    [Fact]
    public void ANamedActorAtThePossessor_IsKeptAlone()
    {
        const string sentence = "Days after the regime's capture of the hill.";
        var at = sentence.IndexOf("regime", StringComparison.Ordinal);
        var named = new ActorMention(at, at + "regime".Length, "regime", Catalogue.Get("saa")!, false);

        var mentions = HolderPossessives.Default.Add(sentence, [named], Catalogue, Lexicon);

        Assert.Same(named, Assert.Single(mentions));
    }

    [Fact]
    public void ARowWithoutASource_IsAClearError()
    {
        var error = Assert.Throws<InvalidDataException>(() => new HolderPossessives("noun\tfaction\tsource\ngovernment\tsaa\t\n"));

        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void ThePossessorOfACapture_IsItsFirstActor()
    {
        var sentence = "Shops reopened weeks after the government's seizure of the hill.";
        var mentions = Read(sentence);
        var trigger = sentence.IndexOf("seizure", StringComparison.Ordinal);

        var (actor1, _, _) = ActorRoles.Assign(sentence, trigger, trigger + "seizure of".Length, false, false, mentions, a => a.Faction.Side);

        Assert.Equal("saa", actor1?.Faction.Id);
    }
}
