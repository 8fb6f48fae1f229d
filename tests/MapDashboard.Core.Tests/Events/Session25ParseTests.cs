using System.Text.RegularExpressions;
using MapDashboard.Core.Events;
using MapDashboard.Core.Text;
using MapDashboard.Core.Tests.Text;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 25, parse CPU: the origin test ("a civilian from" right before a place) answered by its pattern run right to
/// left (<see cref="GuardedRegex.IsMatchFromEnd"/>), with the same answers as left to right, as for other patterns of
/// the lexicon (the cause words, "protesting the", among them). Sentences written for these tests, about invented places.
/// </summary>
public class Session25ParseTests
{
    private static readonly EventLexicon Lexicon = EventLexicon.LoadDefault();

    [Theory]
    [InlineData("On Sunday gunmen kidnapped a civilian from ", true)]
    [InlineData("Two farmers originally from the village of ", true)]
    [InlineData("A teacher from ", true)]
    [InlineData("Shelling hit the market, and a civilian from the camp fled to ", false)]
    [InlineData("Troops moved from ", false)]
    [InlineData("", false)]
    public void OriginBefore_FromTheEnd_AnswersAsLeftToRight(string window, bool expected)
    {
        var guarded = GuardedRegex.For(Lexicon.OriginBefore);
        Assert.Equal(expected, Lexicon.OriginBefore.IsMatch(window));
        Assert.Equal(expected, guarded.IsMatchFromEnd(window));
    }

    [Theory]
    [InlineData("Residents gathered in the square protesting the ", true)]
    [InlineData("The group said it acted in revenge for their ", true)]
    [InlineData("Hundreds marched protesting the ", true)]
    [InlineData("Protesting the decision, the council met, and later troops ", false)]
    [InlineData("Rebels ", false)]
    public void CauseBefore_FromTheEnd_AnswersAsLeftToRight(string text, bool expected)
    {
        Assert.Equal(expected, Lexicon.CauseBefore.IsMatch(text));
        Assert.Equal(expected, GuardedRegex.For(Lexicon.CauseBefore).IsMatchFromEnd(text));
    }

    [Fact]
    public void LexiconPatterns_FromTheEnd_AnswerAsLeftToRight_OnRandomTexts()
    {
        Regex[] patterns = [Lexicon.OriginBefore, Lexicon.CauseBefore, Lexicon.CauseLead, Lexicon.ResultBefore, Lexicon.InContainerGap, Lexicon.ContainerGap,
            Lexicon.Object("person"), Lexicon.Cue("negation"), Lexicon.LeadBefore("circumstance-lead", "circumstance-modifier")];
        string[] words = ["a", "the", "civilian", "civilians", "from", "of", "village", "town", "protesting", "killing", "in", "revenge", "for", "their",
            "resulted", "led", "to", "amid", "after", "including", "area", "not", "including", "two", "men", "originally", "near"];
        string[] odd = ["\t", "  ", ",", "-", "'s", "\u212Aill", "Tell Amir", "X"];
        foreach (var regex in patterns)
        {
            var guarded = GuardedRegex.For(regex);
            foreach (var text in RandomSentences.Build(words, odd, 1500, 14, 6, seed: 25))
            {
                Assert.True(regex.IsMatch(text) == guarded.IsMatchFromEnd(text), $"{regex} on '{text}'");
            }
        }
    }
}
