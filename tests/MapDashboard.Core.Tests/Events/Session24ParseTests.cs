using System.Text.RegularExpressions;
using MapDashboard.Core.Events;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 24 (s24-parse): the same answers from less work. The clause tail after a capture verb is looked for only at
/// the start of the rest of its clause (TriggerFinder.AtStart); the "from A" of a person is read once per place mention,
/// behind its required words (EventTargets). Sentences written for these tests, over the invented places of
/// <see cref="LocationFixture"/>.
/// </summary>
public class Session24ParseTests
{
    private static readonly EventLexicon Lexicon = EventLexicon.LoadDefault();

    [Theory]
    [InlineData("after three days of fighting.")]
    [InlineData("on Sunday, the group said.")]
    [InlineData("of the hills after the storm.")]
    [InlineData("two days later.")]
    [InlineData("36 hours later, residents said.")]
    [InlineData("afterwards the convoy left.")]
    [InlineData("of the dam the following day.")]
    [InlineData(" after the storm")]
    [InlineData("")]
    public void StartAnchoredClauseTail_MatchesExactlyWhereTheFirstMatchStartsTheText(string text)
    {
        var first = Lexicon.ClauseTail.Match(text);
        Assert.Equal(first.Success && first.Index == 0, TriggerFinder.AtStart(Lexicon.ClauseTail).IsMatch(text));
    }

    [Fact]
    public void StartAnchoredForm_IsBuiltOncePerRegex_AndKeepsItsOptions()
    {
        var anchored = TriggerFinder.AtStart(Lexicon.ClauseTail);
        Assert.Same(anchored, TriggerFinder.AtStart(Lexicon.ClauseTail));
        Assert.Equal(Lexicon.ClauseTail.Options, anchored.Options);
        // A tail further on is not at the start: "took control of the hills after ..." has an object.
        Assert.Matches(Lexicon.ClauseTail, "of the hills after the storm");
        Assert.DoesNotMatch(anchored, "of the hills after the storm");
        Assert.Matches(anchored, "after the storm");
    }

    [Fact]
    public void OriginWords_SkipAWindowWithoutThem()
    {
        var words = RequiredWords.Of(Lexicon.OriginBefore);
        Assert.True(words.SkipsAny);
        Assert.False(words.MayMatch("Masked men abducted two farmers in "));
        Assert.True(words.MayMatch("Masked men abducted two farmers from "));
    }

    [Theory]
    [InlineData("Masked men abducted two farmers from Umm Jarad in Ariha on Sunday.", "t:ariha")]
    [InlineData("Police detained a student originally from Kafr Ward in Hama city on Tuesday.", "t:hama-city")]
    [InlineData("Gunmen kidnapped a merchant from Zuhur in the town of Al-Bab overnight.", "t:al-bab")]
    public void APersonsHomeNamedBeforeTheEventsPlace_IsNotAPlaceOfTheEvent(string text, string place) =>
        Assert.Equal([place], LocationFixture.Code(text).Select(e => e.Location?.Id).Distinct().ToList());

    [Theory]
    [InlineData(" two shepherds near the village", true)]
    [InlineData(" a group of farmers on the road", true)]
    [InlineData(" the hilltop and the checkpoint", false)]
    [InlineData(" several positions on the ridge", false)]
    public void PersonWords_SkipAWindowWithoutThem_NotOneThatMatches(string window, bool person)
    {
        Assert.Equal(person, Lexicon.Object("person").IsMatch(window));
        Assert.Equal(person, Lexicon.MayHoldObject("person", window));
    }
}
