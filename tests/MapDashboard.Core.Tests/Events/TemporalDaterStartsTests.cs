using System.Text.RegularExpressions;
using MapDashboard.Core.Events;
using MapDashboard.Core.Tests.Text;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 27: the dates expression is tried only where one of its matches may start (<see cref="TemporalDater.NextStart"/>),
/// and finds exactly the matches, with the same groups, that the unanchored expression's scan finds: over random sentences
/// built from the pattern's own words, digits, month names glued to other words and look-alike letters.
/// </summary>
public class TemporalDaterStartsTests
{
    [Fact]
    public void TriedAtItsStartsOnly_TheExpressionFindsTheSameMatchesAsItsScan()
    {
        var words = Regex.Matches(TemporalDater.ExpressionPattern.ToString(), "[A-Za-z0-9]{2,}").Select(m => m.Value).Distinct()
            .Concat(["5", "12", "21st", "3rd", "2015", "1998", "the", "convoy", "a", "XJune", "McMarch", "Mayor", "Sept.", "Jan.", "4th", "10", "and", "to", "-", "–", ","])
            .ToArray();
        string[] odd = [" ", "  ", ",", ".", "-", "'", "\u2019", "\u00A0", "\u212A", "\u017F", "\u0130", "\u0131", "é", "_", "\u0663", "on", "in", "last", "since", "a few"];
        var matched = 0;
        foreach (var sentence in RandomSentences.Build(words, odd, count: 6000, maxPieces: 9, noSpaceOneIn: 4, seed: 27))
        {
            var expected = TemporalDater.ExpressionPattern.Matches(sentence).ToList();
            var found = new List<Match>();
            for (var m = TemporalDater.NextExpression(sentence, 0); m.Success; m = TemporalDater.NextExpression(sentence, m.Index + m.Length))
            {
                found.Add(m);
            }
            Assert.True(Describe(expected) == Describe(found), $"\"{sentence}\": scan {Describe(expected)}, at starts {Describe(found)}");
            matched += expected.Count > 0 ? 1 : 0;
        }
        Assert.True(matched > 1500, $"only {matched} random sentences matched the expression");
    }

    [Theory]
    [InlineData("Shops reopened on June 4 and 5 after the storm.", "June 4 and 5")]
    [InlineData("The ferry ran daily until the strike.", "daily")]
    [InlineData("Crews cleared the road some ten days ago.", "some ten days ago")]
    [InlineData("Workers at the McJune 4 to 6 plant struck.", "June 4 to 6")]
    [InlineData("The mayor's office closed in 2019.", "in 2019")]
    public void TriedAtItsStartsOnly_TheExpressionFindsTheTimeWords(string sentence, string expected) =>
        Assert.Equal(expected, TemporalDater.NextExpression(sentence, 0).Value);

    [Theory]
    [InlineData("The ferry ran past the harbour wall.", -1)]
    [InlineData("Lasting repairs took weeks.", -1)]
    [InlineData("Repairs began on the pier.", 14)]
    [InlineData("The McJune plant closed.", 6)]
    public void NextStart_SkipsWordsThatStartNoBranch(string sentence, int first) =>
        Assert.Equal(first, TemporalDater.NextStart(sentence, 0));

    [Fact]
    public void MonthListGuard_NeverSkipsASentenceAMonthListMatches()
    {
        string[] words = ["5", "12", "3rd", "21st", "3 and 4", "5, 6 and 7", "\u0665 and 9", "June 3 and", "May 2,", "of", "on", "June", "May", "Sept", "Jan", "March", "2019", "1999", "the", "talks", "mayor", "JUNE"];
        string[] odd = [" ", "  ", ",", ", ", ".", "-", "\u212A", "\u017F", "\u00A0", "é", "and", "4"];
        var matched = 0;
        foreach (var sentence in RandomSentences.Build(words, odd, count: 6000, maxPieces: 9, noSpaceOneIn: 5, seed: 29))
        {
            if (TemporalDater.DayFirstListPattern.IsMatch(sentence) || TemporalDater.MonthFirstListPattern.IsMatch(sentence))
            {
                matched++;
                Assert.True(TemporalDater.MayListMonthDays(sentence), $"\"{sentence}\" lists days of a month but the guard skipped it");
            }
        }
        Assert.True(matched > 200, $"only {matched} random sentences listed days of a month");
    }

    [Theory]
    [InlineData("Stalls reopened on 3 and 4 June.", true)]
    [InlineData("Stalls reopened on June 3 and 4.", true)]
    [InlineData("Stalls reopened on \u0663 and \u0664 June.", true)]
    [InlineData("Stalls reopened on 3 and 4 of the month.", false)]
    [InlineData("Stalls reopened in June and July.", false)]
    [InlineData("STALLS REOPENED ON 3 AND 4 JUNE.", false)]
    public void MonthListGuard_SkipsSentencesWithoutAMonthOrADigit(string sentence, bool may)
    {
        Assert.Equal(may, TemporalDater.MayListMonthDays(sentence));
        Assert.True(may || TemporalDater.NamedDays(sentence, new DateOnly(2024, 7, 1)).Count == 0);
    }

    private static string Describe(IEnumerable<Match> matches) =>
        string.Join(" | ", matches.Select(m => $"{m.Index}+{m.Length}:" + string.Join(",", m.Groups.Cast<Group>().Where(g => g.Success).Select(g => $"{g.Name}@{g.Index}+{g.Length}"))));
}
