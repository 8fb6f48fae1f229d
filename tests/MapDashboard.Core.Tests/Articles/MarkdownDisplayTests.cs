using MapDashboard.Core.Articles;

namespace MapDashboard.Core.Tests.Articles;

public class MarkdownDisplayTests
{
    private static string Shown(string text)
    {
        var visible = MarkdownDisplay.Visible(text);
        return new string(text.Where((_, i) => visible[i]).ToArray());
    }

    [Fact]
    public void HeadingMarkers_LinkTargets_AndEmphasis_AreHidden_TheirTextShown()
    {
        const string text = "## River towns\n\nFiled by [Our Desk](#top) with **fresh** reports.\n";
        Assert.Equal("River towns\n\nFiled by Our Desk with fresh reports.\n", Shown(text));
    }

    [Fact]
    public void PlainTextAndMarkupLikeCharactersInsideWords_StayAsWritten()
    {
        const string text = "Water_cuts reached 3 * 4 districts (see below).";
        Assert.Equal(text, Shown(text));
    }

    [Fact]
    public void Headings_AreTheLinesStartingWithOneToSixHashesAndASpace()
    {
        const string text = "# One\nnot #a heading\n####### seven\n### Three";
        var headings = MarkdownDisplay.Headings(text).Select(h => text[h.Start..h.End]).ToList();
        Assert.Equal(["# One", "### Three"], headings);
    }
}
