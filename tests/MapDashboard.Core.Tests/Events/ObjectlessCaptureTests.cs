using System.Text.RegularExpressions;
using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>A capture verb with no object in its clause takes the place named before (TriggerFinder.Objectless).</summary>
public class ObjectlessCaptureTests
{
    private static readonly Regex Tail = EventLexicon.LoadDefault().ClauseTail;

    private static bool Objectless(string sentence, string trigger)
    {
        var match = new Regex(Regex.Escape(trigger)).Match(sentence);
        Assert.True(match.Success);
        return TriggerFinder.Objectless(sentence, match, Tail);
    }

    [Theory]
    [InlineData("Rebels stormed the base at Kuweires and took control.", "took control")]
    [InlineData("The army fought IS around Qaryatayn, which it was able to take control over.", "take control")]
    [InlineData("The factions entered Jarablus, where they regained control after two days of fighting.", "regained control")]
    [InlineData("Militants attacked Hawija and took over control on Friday.", "took over control")]
    [InlineData("The army besieged Deir Hafer, which troops took control of overnight.", "took control")]
    [InlineData("Insurgents cut off Tal Abyad and seized control three weeks later.", "seized control")]
    [InlineData("Militiamen ringed Hawija, which they took control of 36 hours later.", "took control")]
    [InlineData("The brigade reached Busra and gained control a couple of days afterwards.", "gained control")]
    public void NothingButAStrandedPrepositionOrATimeAfterTheVerb_IsObjectless(string sentence, string trigger) =>
        Assert.True(Objectless(sentence, trigger));

    [Theory]
    [InlineData("The army took control of Deir Hafer after two days.", "took control")]
    [InlineData("Rebels regained control over the hills east of Hama.", "regained control")]
    [InlineData("Raqqa remained under SDF control after the clashes.", "control")]
    [InlineData("The army took control two villages later in the week.", "took control")]
    [InlineData("Rebels seized control of three towns two days later.", "seized control")]
    public void AnObjectOrTheNounControl_IsNotObjectless(string sentence, string trigger) =>
        Assert.False(Objectless(sentence, trigger));
}
