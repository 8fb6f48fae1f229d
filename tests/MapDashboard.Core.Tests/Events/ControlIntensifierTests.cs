using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>Trigger forms ending in "control" read with a degree word before it ("took complete control").</summary>
public class ControlIntensifierTests
{
    private static readonly string[] Degrees = ["full", "complete"];

    [Fact]
    public void AFormEndingInControl_GetsOneVariantPerDegreeWord()
    {
        var forms = EventLexicon.WithIntensifiers(["taking control", "seized"], Degrees);

        Assert.Equal(["taking control", "seized", "taking full control", "taking complete control"], forms);
    }

    [Fact]
    public void AFormThatAlreadyHoldsADegreeWord_OrIsAVariantAlreadyListed_IsNotDoubled()
    {
        var forms = EventLexicon.WithIntensifiers(["took full control", "took control"], Degrees);

        Assert.Equal(["took full control", "took control", "took complete control"], forms);
    }

    [Fact]
    public void ControlAloneOrInsideAForm_IsLeftAsItIs()
    {
        Assert.Equal(["control", "control of", "lost control of"], EventLexicon.WithIntensifiers(["control", "control of", "lost control of"], Degrees));
    }

    [Theory]
    [InlineData("Rebels were taking complete control of the town", "taking complete control")]
    [InlineData("The army has established effective control over the district", "established effective control")]
    [InlineData("Kurdish fighters took total control of the dam", "took total control")]
    public void TheShippedLexicon_MatchesADegreeWordBeforeControl(string sentence, string expected)
    {
        var territory = EventLexicon.LoadDefault().Triggers.Where(t => t.Class == "territory").ToList();

        Assert.Contains(territory, t => t.Pattern.Match(sentence) is { Success: true } m && m.Value == expected);
    }
}
