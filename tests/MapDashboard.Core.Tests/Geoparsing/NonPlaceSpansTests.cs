using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Tests.Geoparsing;

public class NonPlaceSpansTests
{
    [Fact]
    public void Most_patterns_are_skipped_on_an_article_holding_none_of_their_words()
    {
        var skipping = NonPlaceSpans.GuardsSkip.ToList();

        Assert.Equal(11, skipping.Count);
        Assert.True(skipping.Count(s => s) >= 9, string.Join(",", skipping));
    }

    [Theory]
    [InlineData("Delegates of the Greenvale Party met in Harbor Town on Monday.", "Greenvale Party")]
    [InlineData("Officials of the Lakeside regime denied the report.", "Lakeside")]
    [InlineData("A statement by Abu Yusuf al-Harbi was read at the gate.", "Abu Yusuf al-Harbi")]
    [InlineData("Fighters of the Greenvale al-Ahrar Brigade crossed the river.", "Greenvale al-Ahrar Brigade")]
    [InlineData("The Harbor Town Shield militia held the bridge.", "Harbor Town Shield")]
    public void A_span_whose_words_the_article_holds_is_still_found(string text, string span)
    {
        var spans = NonPlaceSpans.Find(text);

        Assert.Contains(spans, s => text[s.Start..s.End].Contains(span, StringComparison.Ordinal));
    }

    [Fact]
    public void A_group_name_is_not_cut_inside_a_longer_capitalised_run()
    {
        const string text = "Rebels fought the Sun Al Moon Al River Movement at dawn.";

        var spans = NonPlaceSpans.Find(text);

        Assert.DoesNotContain(spans, s => text[s.Start..s.End].StartsWith("Moon", StringComparison.Ordinal)
            || text[s.Start..s.End].StartsWith("Al Moon", StringComparison.Ordinal));
    }
}
