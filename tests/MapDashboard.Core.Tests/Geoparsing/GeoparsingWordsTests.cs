using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>The geoparser's word-list file: the bundled one loads, and a broken one is refused with the line named.</summary>
public class GeoparsingWordsTests
{
    [Fact]
    public void BundledFile_LoadsEveryKindItUses()
    {
        var words = GeoparsingWords.Default;

        Assert.Contains("province", words.Get("region-after"));
        Assert.True(words.Contains("common-word", "Tuesday"));
        Assert.Contains("JO", words.Neighbours["SY"]);
    }

    [Theory]
    [InlineData("kind\tentry\tsource\nnonsense\tfoo\tgeneral English\n", "line 2: unknown kind 'nonsense'")]
    [InlineData("kind\tentry\tsource\noutlet\tSome Outlet\n", "line 2: expected three non-empty columns")]
    [InlineData("kind\tentry\tsource\noutlet\tSome Outlet\t \n", "line 2: expected three non-empty columns")]
    [InlineData("kind\tentry\tsource\noutlet\tA\tx\noutlet\ta\ty\n", "line 3: 'a' is listed twice as outlet")]
    [InlineData("kind\tentry\tsource\nneighbours\tSY-LB\tx\n", "a neighbours entry is 'CC:CC,CC,...'")]
    [InlineData("entry\tkind\tsource\n", "line 1: the header must be")]
    public void BrokenFile_IsRefusedWithTheLineAndTheProblem(string content, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => GeoparsingWords.Load(new StringReader(content), "test.tsv"));

        Assert.Contains(message, error.Message);
        Assert.StartsWith("test.tsv", error.Message);
    }
}
