using MapDashboard.Core.Articles;

namespace MapDashboard.Core.Tests.Dates;

public class PathDateCluesTests
{
    [Theory]
    [InlineData("https://example.org/world/2019/11/03/a-story", 2019, 11, 3, DatePrecision.Day, DateClueKind.UrlPath)]
    [InlineData("https://example.org/world/2019/11/a-story", 2019, 11, 1, DatePrecision.Month, DateClueKind.UrlPath)]
    [InlineData("https://example.org/2019/a-story", 2019, 1, 1, DatePrecision.Year, DateClueKind.UrlPath)]
    [InlineData("inbox/2019-11-03-a-story.html", 2019, 11, 3, DatePrecision.Day, DateClueKind.FileName)]
    [InlineData(@"C:\inbox\story_20191103_final.txt", 2019, 11, 3, DatePrecision.Day, DateClueKind.FileName)]
    public void DatesInAddressesAndFileNames_AreFound(string source, int y, int m, int d, DatePrecision precision, DateClueKind kind)
    {
        var clue = PathDateClues.Find(source);
        Assert.Equal((new DateOnly(y, m, d), precision, kind), (clue!.Date!.Value, clue.Precision!.Value, clue.Kind));
    }

    [Theory]
    [InlineData("seeds/000_09762929eed88172.txt")]
    [InlineData("uploads/a20191103b.txt")]
    [InlineData("report-2019-13-45.txt")]
    [InlineData("inbox/2019/story.txt")]
    [InlineData("")]
    public void HashesImpossibleDatesAndFolderYears_AreNoClue(string source) => Assert.Null(PathDateClues.Find(source));
}
