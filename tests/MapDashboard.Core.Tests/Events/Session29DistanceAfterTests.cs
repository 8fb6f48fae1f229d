using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 29, second coding round (issue 22): a clause opened by a time distance and "after" ("two years after the army
/// captured the town", "A year after X took Y, ...") tells history, so its trigger does not code the report; a protest
/// word inside it leaves the protesters of the main clause to name the protest (EventTaxonomy.md, "Session 29b").
/// </summary>
public class Session29DistanceAfterTests
{
    [Theory]
    [InlineData("Rebels attacked army posts near Latamna on Friday, two years after the army had captured the town.", EventType.ArmedClash)]
    [InlineData("A year after Turkish-backed factions took Afrin, a car bomb killed seven people in the town.", EventType.RemoteExplosive)]
    [InlineData("Jets struck Hajin on Monday, months after the SDF seized it from the Islamic State.", EventType.AirDroneStrike)]
    public void TriggerOfADistanceAfterClause_DoesNotCodeTheReport(string text, string expected)
    {
        Assert.Equal(expected, CodingBattery.Code(text).First().SubType);
    }

    [Theory]
    [InlineData("The army took Hish on Thursday, two years after losing it to the rebels.", EventType.GovernmentRegainsTerritory)]
    [InlineData("Protesters filled the main square of Idlib on Friday, eight years after the first demonstrations against the government.", EventType.PeacefulProtest)]
    public void MainClauseBeforeTheHistory_StillCodesTheReport(string text, string expected)
    {
        Assert.Equal(expected, CodingBattery.Code(text).First().SubType);
    }
}
