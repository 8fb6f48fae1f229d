using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Tests.Text;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// Session 27: the word after a mention ("A neighbourhood", "the A district") and the words before it ("the quarter of A")
/// are read from the text around the mention instead of copying and splitting the whole rest or start of the article; the
/// same words as the split read, over random texts of spaces, line breaks, marks and the city-part words. Sentences invented.
/// </summary>
public class WordsAroundMentionTests
{
    private static readonly string[] Words = ["the", "The", "of", "Of", "neighbourhood", "quarter", "district", "suburb", "Tal", "Hamra", "in", "x"];
    private static readonly string[] Odd = [" ", "  ", "\n", "\u00A0", "\t", ",", ".", ";", ":", ",.", "-", "'"];

    [Fact]
    public void WordAfter_IsTheFirstWordTheSplitReads()
    {
        foreach (var text in RandomSentences.Build(Words, Odd, count: 3000, maxPieces: 9, noSpaceOneIn: 3, seed: 27))
        {
            for (var end = 0; end <= text.Length; end++)
            {
                Assert.Equal(text[end..].TrimStart().Split(' ', 2)[0].TrimEnd(',', '.', ';', ':'), PlaceRanker.WordAfter(text, end));
            }
        }
    }

    [Fact]
    public void CityPartBefore_ReadsTheWordsTheSplitReads()
    {
        var found = 0;
        foreach (var text in RandomSentences.Build(Words, Odd, count: 3000, maxPieces: 9, noSpaceOneIn: 3, seed: 28))
        {
            for (var start = 0; start <= text.Length; start++)
            {
                var expected = SplitReading(text, start);
                Assert.True(expected == LocatorConstraint.CityPartBefore(text, start), $"\"{text[..start]}\": expected {expected}");
                found += expected ? 1 : 0;
            }
        }
        Assert.True(found > 100, $"only {found} city parts before a position");
    }

    [Theory]
    [InlineData("Shelling hit the quarter of Tal Hamra.", 28, true)]
    [InlineData("Shelling hit the old quarter of the Tal Hamra.", 36, true)]
    [InlineData("Shelling hit the edge of Tal Hamra.", 25, false)]
    public void CityPartBefore_FindsTheCityPartWord(string text, int start, bool expected) =>
        Assert.Equal(expected, LocatorConstraint.CityPartBefore(text, start));

    // The reading before session 27, kept as the reference.
    private static bool SplitReading(string text, int start)
    {
        var words = text[..start].TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var k = words.Length - 1;
        if (k >= 0 && words[k] is "the" or "The")
        {
            k--;
        }
        return k >= 1 && words[k] is "of" or "Of" && GeoparsingWords.Default.Contains("city-part", words[k - 1]);
    }
}
