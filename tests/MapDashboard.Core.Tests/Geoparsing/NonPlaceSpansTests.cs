using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Tests.Geoparsing;

public class NonPlaceSpansTests
{
    [Fact]
    public void Most_patterns_are_skipped_on_an_article_holding_none_of_their_words()
    {
        var skipping = NonPlaceSpans.GuardsSkip.ToList();

        Assert.Equal(10, skipping.Count);
        Assert.True(skipping.Count(s => s) >= 8, string.Join(",", skipping));
    }

    [Theory]
    [InlineData("Delegates of the Greenvale Party met in Harbor Town on Monday.", "Greenvale Party")]
    [InlineData("Officials of the Lakeside regime denied the report.", "Lakeside")]
    [InlineData("A statement by Abu Yusuf al-Harbi was read at the gate.", "Abu Yusuf al-Harbi")]
    public void A_span_whose_words_the_article_holds_is_still_found(string text, string span)
    {
        var spans = NonPlaceSpans.Find(text);

        Assert.Contains(spans, s => text[s.Start..s.End].Contains(span, StringComparison.Ordinal));
    }
}
