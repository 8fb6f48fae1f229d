using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 9's rules on their own, on sentences written for the purpose: who a one-sided act was done to
/// (<see cref="ArmedVictims"/>) and whether a background cue governs its sentence (<see cref="BackgroundScope"/>).
/// </summary>
public class VictimAndBackgroundRuleTests
{
    private static readonly EventLexicon Lexicon = EventLexicon.LoadDefault();

    private static bool Armed(string sentence, string verb, bool passive = false)
    {
        var start = sentence.IndexOf(verb, StringComparison.Ordinal);
        return ArmedVictims.Named(sentence, start, start + verb.Length, passive, Lexicon);
    }

    [Theory]
    [InlineData("Gunmen killed three soldiers at a checkpoint.", "killed")]
    [InlineData("The group detained a dozen rival fighters overnight.", "detained")]
    [InlineData("Masked men shot at a militia commander outside the mosque.", "shot at")]
    public void AnArmedObject_IsAnArmedVictim(string sentence, string verb) => Assert.True(Armed(sentence, verb));

    [Theory]
    [InlineData("Gunmen killed five members of one family in the town.", "killed")]
    [InlineData("Unknown men shot dead a former fighter near the market.", "shot dead")]
    [InlineData("Gunmen killed two civilians and a soldier on the road.", "killed")]
    public void PeopleNamedFirst_OrNoLongerArmed_AreNotArmedVictims(string sentence, string verb) => Assert.False(Armed(sentence, verb));

    [Fact]
    public void InThePassive_TheVictimIsBeforeTheVerb_NotTheAgentAfterIt()
    {
        Assert.False(Armed("A nurse was shot dead by gunmen near the clinic.", "shot dead", passive: true));
        Assert.True(Armed("A rebel commander was shot dead by gunmen near the clinic.", "shot dead", passive: true));
    }

    [Theory]
    [InlineData("The army recaptured the hill, which rebels had previously held for a year.")]
    [InlineData("A mine previously laid by the militants exploded under a tractor.")]
    [InlineData("Troops entered the district that had previously been under rebel control.")]
    public void ABackgroundCueDescribingOneNoun_DoesNotGovernTheSentence(string sentence) =>
        Assert.False(BackgroundScope.Governs(sentence, Lexicon));

    [Theory]
    [InlineData("The army previously controlled the town.")]
    [InlineData("Rebels had previously shelled the district in the past.")]
    [InlineData("The two groups have long fought over the crossing.")]
    public void ABackgroundCueOfTheMainClause_GovernsTheSentence(string sentence) =>
        Assert.True(BackgroundScope.Governs(sentence, Lexicon));
}
