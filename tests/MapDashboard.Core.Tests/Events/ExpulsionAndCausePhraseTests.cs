using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

public class ExpulsionAndCausePhraseTests
{
    private static readonly FactionCatalogue Catalogue = FactionCatalogue.LoadDefault();
    private static readonly EventLexicon Lexicon = EventLexicon.LoadDefault();

    private static ActorMention Named(string sentence, string text, string faction)
    {
        var at = sentence.IndexOf(text, StringComparison.Ordinal);
        return new ActorMention(at, at + text.Length, text, Catalogue.Get(faction)!, false);
    }

    private static bool Expels(string sentence, string verb, bool passive, params ActorMention[] actors)
    {
        var m = new Regex(@"\b" + verb + @"\b").Match(sentence);
        return Expulsion.Fits(sentence, m, passive, [], 0, actors, Lexicon);
    }

    [Theory]
    [InlineData("Tribal fighters drove the militants out of the town overnight.", "drove")]
    [InlineData("The army chased them from the hills east of the river.", "chased")]
    [InlineData("Loyalist units kicked the insurgents out of two villages.", "kicked")]
    public void AnArmedSideAsObject_ThenOutOfAPlace_IsAnExpulsion(string sentence, string verb) => Assert.True(Expels(sentence, verb, passive: false));

    [Fact]
    public void ANamedActorAsObject_IsAnExpulsion()
    {
        const string sentence = "The army routed Islamic State from the village on Friday.";
        Assert.True(Expels(sentence, "routed", false, Named(sentence, "Islamic State", "islamic-state")));
    }

    [Theory]
    [InlineData("Government forces pushed the militants away from the town.", "pushed")]
    [InlineData("Government forces pushed the militants back from the town.", "pushed")]
    [InlineData("Militiamen forced families out of their homes in the village.", "forced")]
    [InlineData("The shelling forced thousands to flee from the town.", "forced")]
    [InlineData("The convoy drove out of the town at dawn.", "drove")]
    [InlineData("The army pushed reinforcements from the base to the front.", "pushed")]
    public void NoArmedSideOrAWordThatEndsTheObject_IsNoExpulsion(string sentence, string verb) => Assert.False(Expels(sentence, verb, passive: false));

    [Fact]
    public void ThePassive_HasItsSideBeforeTheVerb()
    {
        Assert.True(Expels("The militants were chased out of the town by the army.", "chased", passive: true));
        Assert.False(Expels("The militants were chased back from the town.", "chased", passive: true));
    }

    [Theory]
    [InlineData("Hundreds protested in the square over the killing of a teacher by unknown gunmen.", "unknown gunmen", "unidentified-armed-group", "protested")]
    [InlineData("Students rallied, denouncing the arrest of a lecturer by the army in the morning.", "army", "saa", "rallied")]
    public void AnActorInsideACausePhrase_IsNoParty(string sentence, string text, string faction, string trigger)
    {
        var actor = Named(sentence, text, faction);
        Assert.True(CausePhrase.Holds(sentence, actor, sentence.IndexOf(trigger, StringComparison.Ordinal), Lexicon));
    }

    [Theory]
    [InlineData("Fighting raged over the weekend between the army and the rebels.", "army", "saa", "Fighting")]
    [InlineData("Protesters denounced the killing of a doctor, and the army later shelled the square.", "army", "saa", "shelled")]
    [InlineData("In revenge for the killing of a commander, the army shelled the town.", "army", "saa", "shelled")]
    public void AnActorOutsideACausePhrase_IsKept(string sentence, string text, string faction, string trigger)
    {
        var actor = Named(sentence, text, faction);
        Assert.False(CausePhrase.Holds(sentence, actor, sentence.IndexOf(trigger, StringComparison.Ordinal), Lexicon));
    }
}
