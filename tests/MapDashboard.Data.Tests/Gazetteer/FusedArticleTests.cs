using MapDashboard.Data.Gazetteer.Villages;

namespace MapDashboard.Data.Tests.Gazetteer;

/// <summary>
/// An OCHA name written with the Arabic article fused to it ("Alsayer" for الساير) is also known without it; a name that
/// only starts with the same letters ("Alma" for علما) or whose Arabic name has no article keeps its one spelling.
/// </summary>
public class FusedArticleTests
{
    [Theory]
    [InlineData("Alsayer", "\u0627\u0644\u0633\u0627\u064A\u0631", "Sayer")]
    [InlineData("Elhisan", "\u0627\u0644\u062D\u0635\u0627\u0646", "Hisan")]
    [InlineData("Alsayed Ali", "\u0627\u0644\u0633\u064A\u062F \u0639\u0644\u064A", "Sayed Ali")]
    [InlineData("alMazraa", "\u0627\u0644\u0645\u0632\u0631\u0639\u0629", "Mazraa")]
    public void ArticleInTheArabicName_GivesTheNameWithoutIt(string english, string arabic, string expected) =>
        Assert.Equal(expected, FusedArticle.Without(english, arabic));

    [Theory]
    [InlineData("Almadar", "\u0639\u0644\u0645\u062F\u0627\u0631")]
    [InlineData("Alqin", "\u0639\u0644\u0642\u064A\u0646")]
    [InlineData("Aleppo", "\u0627\u0644\u062D\u0644\u0628")]
    [InlineData("Alsayer", null)]
    [InlineData("Albab", "\u0627\u0644\u0628\u0627\u0628")]
    public void NoArticleOrTooShort_GivesNothing(string english, string? arabic) =>
        Assert.Null(FusedArticle.Without(english, arabic));

    [Fact]
    public void AnOchaCommunity_IsFoundByItsNameWithoutTheFusedArticle()
    {
        var community = new OchaCommunity("C9999", "Altalila", "\u0627\u0644\u062A\u0644\u064A\u0644\u0629", null, null, null, "Homs", "SY04", 34.6, 38.3, "ocha");
        var record = VillageMerger.FromOcha(community, Admin1Names.Empty);
        Assert.Contains(record.Names, n => n.Name == "Talila" && n.Kind == "alternate");
        Assert.Contains("talila", record.Folds);
    }
}
