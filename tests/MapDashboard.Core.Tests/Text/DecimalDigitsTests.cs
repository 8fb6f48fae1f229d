using MapDashboard.Core.Articles;
using MapDashboard.Core.Events;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Tests.Text;

/// <summary>
/// Numbers and dates written in Arabic-Indic or Persian digits: the patterns' \d matches them, and reading them with
/// int.Parse threw, which stopped a whole geoparse run at the first such article. Sentences written for this test.
/// </summary>
public class DecimalDigitsTests
{
    private static readonly FatalityCounter Counter = new(EventLexicon.LoadDefault());

    [Theory]
    [InlineData("2016", 2016)]
    [InlineData("\u0662\u0660\u0661\u0666", 2016)]
    [InlineData("\u06F1\u06F2", 12)]
    [InlineData("1\u0662", 12)]
    [InlineData("0", 0)]
    [InlineData("2147483647", int.MaxValue)]
    public void TryParse_ReadsDigitsOfAnyScript(string digits, int expected)
    {
        Assert.True(DecimalDigits.TryParse(digits, out var value));
        Assert.Equal(expected, value);
        Assert.Equal(expected, DecimalDigits.Parse(digits));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12a")]
    [InlineData("-3")]
    [InlineData("1,200")]
    [InlineData("2147483648")]
    [InlineData("\u00BD")]
    public void TryParse_RefusesWhatIsNotARunOfDecimalDigits(string text)
    {
        Assert.False(DecimalDigits.TryParse(text, out _));
        Assert.Throws<FormatException>(() => DecimalDigits.Parse(text));
    }

    [Fact]
    public void ACountInArabicIndicDigits_IsRead()
    {
        Assert.Equal(3, Counter.Count("Shelling on the market killed \u0663 shoppers, the council said."));
    }

    [Theory]
    [InlineData("The camp was shelled on 3/\u0664/\u0662\u0660\u0661\u0666 and again in the evening.")]
    [InlineData("Posted \u0662\u0660\u0661\u0666-\u0660\u0665-\u0661\u0662 by the local council.")]
    [InlineData("On \u0661\u0662 May 2016 the bakery reopened.")]
    public void DatesWithArabicIndicDigits_DoNotThrow(string line)
    {
        var found = PublicationDates.FindAll(line);
        Assert.All(found, f => Assert.InRange(f.Date.Year, 1900, 2100));
    }

    [Theory]
    [InlineData("On \u0661\u0664 June, gunmen shot a guard at the crossing.", 14)]
    [InlineData("On 14 June \u0662\u0660\u0662\u0660 gunmen shot a guard at the crossing.", 14)]
    [InlineData("Gunmen shot a guard at the crossing on \u0661\u0664/6/2020.", 14)]
    public void EventDatesWithArabicIndicDigits_AreReadOrLeft_NeverThrow(string sentence, int day)
    {
        var found = TemporalDater.Find(sentence, new DateOnly(2020, 6, 15));
        Assert.All(found, e => Assert.True(e.First is null || e.First.Value.Day == day));
    }
}
