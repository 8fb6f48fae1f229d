using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 27b (issue 22): two mends s27-coding left, each a general rule with three sentences of our own and a negative
/// case (EVALUATION.md, "s27b-coding").
/// </summary>
public class Session27bCodingTests
{
    private static List<CodedEvent> All(string text) => CodingBattery.Code(text);

    private static readonly FatalityCounter Counter = new(EventLexicon.LoadDefault());

    // (Measured before any change: the modal cue is matched as a whole word, never followed by a hyphen, so "would-be"
    // already left these coded; the tests keep it so.)
    [Theory]
    [InlineData("Police arrested a would-be kidnapper in Homs on Tuesday.")]
    [InlineData("Guards shot dead a would-be suicide bomber outside a mosque in Homs.")]
    [InlineData("A would-be assassin was arrested by police in Daraa.")]
    public void WouldBe_IsAnAdjective_NotAModal(string text) =>
        Assert.NotEmpty(All(text));

    [Theory]
    [InlineData("a would-be assassin", false)]
    [InlineData("the army would attack", true)]
    public void TheModalCue_IsTheWholeWordOnly(string text, bool modal) =>
        Assert.Equal(modal, EventLexicon.LoadDefault().Cue("modality").IsMatch(text));

    [Fact]
    public void WouldAlone_IsStillAModal() =>
        Assert.Empty(All("The army would attack the town of Kafr Nabl if the rebels refused."));

    [Theory]
    [InlineData("A man accused of theft was beaten to death by villagers near Tal Tamr.")]
    [InlineData("A shepherd was stabbed to death near Palmyra on Monday.")]
    [InlineData("A young woman was stoned to death in Raqqa.")]
    [InlineData("An old farmer was hacked to death by unknown assailants.")]
    [InlineData("A shopkeeper accused of hoarding bread was beaten to death by a mob in Azaz.")]
    [InlineData("A young driver from the next village has been killed at the checkpoint.")]
    public void ASinglePersonPutToDeath_CountsOne(string text) =>
        Assert.Equal(1, Counter.Count(text));

    [Theory]
    [InlineData("Villagers were beaten to death by the militia.")]
    [InlineData("A crowd was dispersed by police in Homs.")]
    [InlineData("A man was beaten by soldiers in Daraa.")]
    public void APluralOrNoDeath_CountsNoOne(string text) =>
        Assert.Null(Counter.Count(text));
}
