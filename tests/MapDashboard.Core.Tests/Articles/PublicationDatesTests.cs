using MapDashboard.Core.Articles;

namespace MapDashboard.Core.Tests.Articles;

public class PublicationDatesTests
{
    private static readonly string[] Pieces =
    [
        "March", "Mar.", "Sept", "sEPTEMBER", "may", "June", "2016", "1999", "2020", "2019-04-03", "1998-13-40", "3", "31", "07",
        "12019", "20201", "2021", "19", ",", ".", "-", "\u00A0", "\n", "  ", " ", "the", "on", "x2016", "(", "\u017Fept",
    ];

    [Theory]
    [InlineData("Published March 3, 2016 and updated 4 April 2016; archived 2016-04-05.")]
    [InlineData("In September\n\n   2015 and in  May 12 ,  2014 the talks of 2013-2014 failed.")]
    [InlineData("x2016 12019 2019 2020-01-02x 2021-02-03 May 2019x March 20192")]
    [InlineData("20 March 2020 2020 May 2020")]
    public void Finds_what_a_scan_of_the_whole_text_finds(string text) => AssertAsScan(text);

    [Fact]
    public void Finds_what_a_scan_of_the_whole_text_finds_in_shuffled_date_pieces()
    {
        var random = new Random(18);
        for (var n = 0; n < 3000; n++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 30)).Select(_ => Pieces[random.Next(Pieces.Length)]);
            var text = string.Concat(parts.Select(p => random.Next(3) == 0 ? p : p + " "));
            AssertAsScan(text);
        }
    }

    private static void AssertAsScan(string text)
    {
        var scanned = new List<(int, int)>();
        for (var m = PublicationDates.Pattern.Match(text); m.Success; m = m.NextMatch())
        {
            scanned.Add((m.Index, m.Length));
        }
        var found = PublicationDates.FindAll(text).Select(f => (f.Index, f.Length)).ToList();
        // FindAll keeps the matches that are calendar dates; each is one of the scan's, in order.
        Assert.True(found.All(scanned.Contains), text);
        var parsed = scanned.Where(s => PublicationDates.FindAll(text.Substring(s.Item1, s.Item2)).Count == 1).ToList();
        Assert.Equal(parsed, found);
    }
}
