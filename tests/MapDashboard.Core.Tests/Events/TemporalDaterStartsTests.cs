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

    private static string Describe(IEnumerable<Match> matches) =>
        string.Join(" | ", matches.Select(m => $"{m.Index}+{m.Length}:" + string.Join(",", m.Groups.Cast<Group>().Where(g => g.Success).Select(g => $"{g.Name}@{g.Index}+{g.Length}"))));
}
