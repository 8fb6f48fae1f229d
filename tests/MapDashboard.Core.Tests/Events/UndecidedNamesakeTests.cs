namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Issue 22 (session 24): a village name whose readings lie far apart, neither a town nor a seat, is drawn at neither
/// when nothing in the report decides between them ("a dot in the wrong village is worse than no dot"); a governorate
/// holding both draws it near that governorate's seat; a governorate, a locator or a neighbour holding one keeps it.
/// Places of <see cref="LocationFixture"/>: Tall Jamal (Hama, 6,000 people; Deir ez-Zor), Umm Kurum (Raqqa, 4,000;
/// Daraa), Khan Rihan (Homs; Hama, 7,000), Kafr Sinn (two in Aleppo).
/// </summary>
public class UndecidedNamesakeTests
{
    [Theory]
    [InlineData("Militants ambushed a patrol outside Umm Kurum at dawn.")]
    [InlineData("Artillery pounded Khan Rihan for a second day.")]
    [InlineData("A landmine killed a shepherd on the edge of Kafr Sinn.")]
    public void NamesakesNothingDecides_AreNotDrawn(string sentence)
    {
        var e = Assert.Single(LocationFixture.Code(sentence));
        Assert.Null(e.Location);
    }

    // Guards (they passed before the rule too): the rule must not take these points away.
    [Fact]
    public void NamesakesInTheNamedGovernorate_AreDrawnNearItsSeat()
    {
        var e = LocationFixture.Code("Gunmen attacked a checkpoint at Kafr Sinn in the Aleppo countryside.").First();
        Assert.Equal(("t:aleppo-city", 2), (e.Location?.Id, e.Precision));
    }

    [Theory]
    [InlineData("Rebels shelled Umm Kurum in the Daraa countryside.", "t:umm-kurum-daraa")]
    [InlineData("Government forces took Khan Rihan near Rujm.", "t:khan-rihan-homs")]
    [InlineData("The army recaptured Tall Jamal a day after retaking Jubb Qamar.", "t:tall-jamal-hama")]
    public void NamesakeTheReportDecides_IsKept(string sentence, string expected)
    {
        var e = LocationFixture.Code(sentence).First();
        Assert.Equal((expected, 1), (e.Location?.Id, e.Precision));
    }
}
