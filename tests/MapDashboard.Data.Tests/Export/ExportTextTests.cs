using MapDashboard.Data.Export;

namespace MapDashboard.Data.Tests.Export;

/// <summary>Issue 16.2: the export text cleaner on its own (ExportSanitisingTests covers every format end to end).</summary>
public class ExportTextTests
{
    [Fact]
    public void Issue16_LoneSurrogates_BecomeReplacementCharacters_PairsStay_JoinersStay()
    {
        var text = "a\uD800b\uDC00c\uD83D\uDE00d\u200C\u200De\u0008f";

        var clean = ExportText.Clean(text);

        Assert.Equal("a\uFFFDb\uFFFDc\uD83D\uDE00d\u200C\u200De f", clean);
        Assert.Equal("plain text, untouched", ExportText.Clean("plain text, untouched"));
    }
}
