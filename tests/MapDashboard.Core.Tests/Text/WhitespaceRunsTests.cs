using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Tests.Text;

/// <summary>The collapse equals <c>Regex.Replace(text, @"\s+", " ")</c> on random texts, and keeps an unchanged text's instance.</summary>
public class WhitespaceRunsTests
{
    [Fact]
    public void Collapse_EqualsTheRegexReplace()
    {
        string[] pieces = ["a", "Free", "Army", " ", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2009", "\u0085", "\u200B", "-", "'"];
        var random = new Random(18);
        for (var n = 0; n < 5000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(Regex.Replace(text, @"\s+", " "), WhitespaceRuns.Collapse(text));
        }
    }

    [Fact]
    public void Collapse_KeepsAnUnchangedText()
    {
        const string text = "Free Syrian Army ";
        Assert.Same(text, WhitespaceRuns.Collapse(text));
        Assert.Equal("a b", WhitespaceRuns.Collapse("a \t b"));
        Assert.Equal(new string('x', 600) + " y", WhitespaceRuns.Collapse(new string('x', 600) + "\t\t y"));
    }
}
