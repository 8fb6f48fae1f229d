using MapDashboard.Core.Articles;
using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// The coder's lazy sentence times (<see cref="SentenceDates"/>) and the early stop of <see cref="TemporalDater.ForSentence"/>
/// give what reading every sentence's every expression gave.
/// </summary>
public class SentenceDatesTests
{
    private const string Report =
        "Few days later, shelling hit a market in the north of the valley. Two people were hurt there. "
        + "On Monday, gunmen stormed a farm near the river. Since the truce on March 3, the road had stayed open. "
        + "The group then withdrew to the hills. Fighters took a hill on June 2 and another on June 4. They held it overnight. "
        + "Clashes went on last week, residents said. Nothing else was reported.";

    private static CleanedArticle Article() =>
        ArticlePreprocessor.Process(new ArticleInput("d.txt", Report, ArticleFormat.PlainText) { StatedDates = [new StatedDate(DateClueKind.Feed, "2024-06-20")] });

    // The coder's former loop: every sentence's own time, or the last dated one before it.
    private static List<TemporalExpression> Eager(CleanedArticle article)
    {
        TemporalExpression? last = null;
        var all = new List<TemporalExpression>();
        foreach (var (start, end) in article.Sentences)
        {
            var when = TemporalDater.ForSentence(article.Text[start..end], article.Metadata.Published);
            if (when.Text.Length == 0 && last is not null)
            {
                when = last;
            }
            else if (when.Text.Length > 0 && !when.IsPeriodStart && when.First is not null)
            {
                last = when;
            }
            all.Add(when);
        }
        return all;
    }

    [Theory]
    [InlineData("all")]
    [InlineData("1 4 8")]
    [InlineData("0 3 4")]
    [InlineData("5 6")]
    [InlineData("2 7 8")]
    [InlineData("8")]
    public void When_IsWhatTheEagerReadingGave(string asked)
    {
        var article = Article();
        Assert.NotNull(article.Metadata.Published);
        Assert.Equal(9, article.Sentences.Count);
        var expected = Eager(article);
        var dates = new SentenceDates(article, new HistoryDates(EventLexicon.LoadDefault()));
        var indexes = asked == "all" ? Enumerable.Range(0, article.Sentences.Count) : asked.Split(' ').Select(int.Parse);
        foreach (var index in indexes)
        {
            Assert.Equal(expected[index], dates.When(index));
        }
    }

    [Theory]
    [InlineData("A few days later, on June 2, the town fell, and on June 4 the army came back.")]
    [InlineData("Since the truce on March 3, and again on Monday, the road stayed open until Eid al-Adha.")]
    [InlineData("Every day last week, shelling hit the camp; on May 30 and May 31 it stopped.")]
    [InlineData("The talks of Christmas Day 2023 failed, and on 7 January 2024 fighting resumed yesterday.")]
    [InlineData("Nothing was dated here, the monitor said.")]
    public void ForSentence_IsTheFirstDatedExpressionOfFind(string sentence)
    {
        foreach (var published in new DateOnly?[] { new DateOnly(2024, 6, 20), null })
        {
            var found = TemporalDater.Find(sentence, published);
            var expected = found.FirstOrDefault(e => e.First is not null) ?? found.FirstOrDefault();
            var when = TemporalDater.ForSentence(sentence, published);
            if (expected is null)
            {
                Assert.Equal(0, when.Text.Length);
            }
            else
            {
                Assert.Equal(expected, when);
            }
        }
    }
}
