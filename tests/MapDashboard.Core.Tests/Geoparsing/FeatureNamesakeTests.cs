using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>The name a feature phrase is named after: after a hill word ("Tal X") or before a feature word ("X Hill").</summary>
public class FeatureNamesakeTests
{
    [Theory]
    [InlineData("Tal Magharbatin", "Magharbatin")]
    [InlineData("Jabal Kafrsajna", "Kafrsajna")]
    [InlineData("Jalqama Hill", "Jalqama")]
    [InlineData("Rajabliyeh Junction", "Rajabliyeh")]
    [InlineData("Zabraqan Dam", "Zabraqan")]
    [InlineData("Mount Beftamun", "Beftamun")]
    public void FeaturePhrase_GivesItsName(string text, string name) =>
        Assert.Equal(name, FeatureNamesake.NamedAfter(text, GeoparsingWords.Default));

    [Theory]
    [InlineData("Magharbatin")]
    [InlineData("Tal")]
    [InlineData("Tal Ali")]
    [InlineData("Abu Hill")]
    [InlineData("Kafr Nabl")]
    public void OtherPhrase_GivesNothing(string text) => Assert.Null(FeatureNamesake.NamedAfter(text, GeoparsingWords.Default));

    [Theory]
    [InlineData("Little Habbaz", "Habbaz")]
    [InlineData("Upper Khirbat Nasr", "Khirbat Nasr")]
    [InlineData("Habbaz al-Saghirah", "Habbaz")]
    [InlineData("Khirbat Nasr Kabir", "Khirbat Nasr")]
    [InlineData("Tall Dhiab Fawqani", "Tall Dhiab")]
    [InlineData("Umm Rijm Al-Tahtaniyah", "Umm Rijm")]
    public void QualifiedVillage_GivesItsBareName(string text, string name) => Assert.Equal(name, NameQualifier.Bare(text));

    [Theory]
    [InlineData("Habbaz")]
    [InlineData("Kabir")]
    [InlineData("Khirbat Nasr")]
    [InlineData("Tall Kabirah Road")]
    public void UnqualifiedName_GivesNoBareName(string text) => Assert.Null(NameQualifier.Bare(text));
}
