using MapDashboard.Core.Control;

namespace MapDashboard.Core.Tests.Control;

/// <summary>Candidate place names in a free-text note (sentences written for these tests).</summary>
public class ControlNoteNamesTests
{
    [Fact]
    public void CapitalisedRuns_AndEveryShorterRunInside_AreProposed()
    {
        var names = ControlNoteNames.Candidates("Rebels took Tall Abu Qasim near al-Marj at dawn.");

        Assert.Contains("Tall Abu Qasim", names);
        Assert.Contains("Abu Qasim", names);
        Assert.Contains("al-Marj", names);
        Assert.DoesNotContain("took", names);
        Assert.DoesNotContain("Tall Abu Qasim near", names);
    }

    [Fact]
    public void PunctuationEndsARun()
    {
        var names = ControlNoteNames.Candidates("On 4 June, Kafr Sallum, Tell Dahab and Ain Sharqi changed hands.");

        Assert.Contains("Kafr Sallum", names);
        Assert.DoesNotContain("June Kafr Sallum", names);
        Assert.DoesNotContain("Kafr Sallum Tell Dahab", names);
        Assert.Contains("Ain Sharqi", names);
    }

    [Fact]
    public void NoText_NoNames()
    {
        Assert.Empty(ControlNoteNames.Candidates(null));
        Assert.Empty(ControlNoteNames.Candidates("nothing capitalised here"));
    }
}
