using System.Globalization;
using System.Text.RegularExpressions;
using MapDashboard.Core.Dates;
using MapDashboard.Core.Events;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Tests.Text;

/// <summary>
/// The required-word tests before the dates regex, the holiday pattern, the weekday list and the fatality patterns never skip a sentence the regex would match
/// (random sentences built from the patterns' own words, so a word added to a pattern is tried too), and do skip
/// sentences without such words. The fixed sentences are invented for the test.
/// </summary>
public class RequiredWordsTests
{
    private static readonly FatalityCounter Fatalities = new(EventLexicon.LoadDefault());

    [Theory]
    [InlineData("")]
    [InlineData("en-US")]
    [InlineData("tr-TR")]
    [InlineData("az-Latn-AZ")]
    public void TheLookalikes_AreEveryNonAsciiCharacter_ACaseInsensitiveRegexTakesForAnAsciiLetter(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var found = new HashSet<char>();
            foreach (var options in new[] { RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexOptions.IgnoreCase })
            {
                var regex = new Regex("^[a-z]$", options);
                for (var c = 128; c <= char.MaxValue; c++)
                {
                    if (!char.IsSurrogate((char)c) && regex.IsMatch(((char)c).ToString()))
                    {
                        found.Add((char)c);
                    }
                }
            }
            Assert.Subset(RequiredWords.AsciiLetterLookalikes.ToHashSet(), found);
            Assert.Contains('\u212A', found);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("Fighters shelled the town and the army answered.", false)]
    [InlineData("The convoy reached the crossing after dark.", false)]
    [InlineData("The convoy reached the crossing on Tuesday.", true)]
    [InlineData("Talks resumed in March 2016.", true)]
    [InlineData("Talks resumed in 2016.", true)]
    [InlineData("The \u212Aurdish convoy reached the crossing.", true)]
    [InlineData("Aid was stored in the warehouse in the north of the valley.", false)]
    [InlineData("Three clinics closed in the past two weeks.", true)]
    [InlineData("Three clinics closed in the last 10 days.", true)]
    public void DatesPrefilter_SkipsOnlySentencesWithoutTimeWords(string sentence, bool may) =>
        Assert.Equal(may, TemporalDater.MayHoldExpression(sentence));

    [Fact]
    public void DatesPrefilter_NeverSkipsASentenceTheExpressionMatches()
    {
        var words = Words(TemporalDater.ExpressionPattern.ToString()).Concat(["5", "12", "21st", "2015", "1998", "2020", "the", "convoy", "town"]);
        var matched = AssertNeverSkips(words, s => TemporalDater.ExpressionPattern.IsMatch(s), TemporalDater.MayHoldExpression);
        Assert.True(matched > 500, $"only {matched} random sentences matched the expression");
    }

    [Theory]
    [InlineData("The convoy reached the crossing after dark.", false, false)]
    [InlineData("Markets reopened after Ramadan in the northern towns.", true, false)]
    [InlineData("Fighting resumed during Eid al-Fitr 2019 near the dam.", true, false)]
    [InlineData("Drones struck the depot on Monday and Tuesday.", false, true)]
    [InlineData("Drones struck the depot on Monday, Tuesday and on Friday.", false, true)]
    [InlineData("Talks were held on 3 and 4 May in the capital.", false, false)]
    [InlineData("Talks were held on monday and tuesday in the capital.", false, false)]
    public void HolidayAndWeekdayListPrefilters_SkipOnlySentencesWithoutTheirWords(string sentence, bool holiday, bool weekdays)
    {
        Assert.Equal(holiday, HolidayCalendar.Default.MayHold(sentence));
        Assert.Equal(weekdays, TemporalDater.MayListWeekdays(sentence));
    }

    [Fact]
    public void HolidayPrefilter_NeverSkipsASentenceTheHolidayPatternMatches()
    {
        var pattern = HolidayCalendar.Default.Pattern;
        var words = Words(pattern.ToString()).Concat(["2016", "1438", "2021", "the", "convoy", "town", "Eid", "al-Adha"]);
        var matched = AssertNeverSkips(words, pattern.IsMatch, HolidayCalendar.Default.MayHold);
        Assert.True(matched > 200, $"only {matched} random sentences matched the holiday pattern");
    }

    [Fact]
    public void WeekdayListPrefilter_NeverSkipsASentenceTheWeekdayListMatches()
    {
        var pattern = TemporalDater.WeekdayListPattern;
        var words = Words(pattern.ToString()).Concat(["and", "and", "and", ", and", "on", "the", "convoy"]);
        var matched = AssertNeverSkips(words, pattern.IsMatch, TemporalDater.MayListWeekdays);
        Assert.True(matched > 30, $"only {matched} random sentences matched the weekday list");
    }

    [Theory]
    [InlineData("Fighters shelled the town and the army answered.", false)]
    [InlineData("Three soldiers were killed.", true)]
    [InlineData("No casualties were reported.", true)]
    [InlineData("The strike left 4 civilians dead.", true)]
    public void FatalityPrefilter_SkipsOnlySentencesWithoutDeathWords(string sentence, bool may) =>
        Assert.Equal(may, Fatalities.MayReport(sentence));

    [Fact]
    public void FatalityPrefilter_NeverSkipsASentenceAFatalityPatternMatches()
    {
        var patterns = Fatalities.Patterns.ToList();
        var words = patterns.SelectMany(p => Words(p.ToString())).Concat(EventLexicon.LoadDefault().FatalityWords.Keys)
            .Concat(["5", "12", "1,200", "the", "civilians", "wounded"]);
        // (Session 28: twice the sentences, as the patterns' vocabulary grew with the relatives and the toll's verbs.)
        var matched = AssertNeverSkips(words, s => patterns.Any(p => p.IsMatch(s)), Fatalities.MayReport, count: 8000);
        Assert.True(matched > 200, $"only {matched} random sentences matched a fatality pattern");
    }

    [Fact]
    public void CountPrefilter_NeverSkipsASentenceTheCountPatternMatches()
    {
        var words = Words(Fatalities.CountPattern.ToString()).Concat(EventLexicon.LoadDefault().FatalityWords.Keys).Concat(["5", "12", "the", "civilians"]);
        var matched = AssertNeverSkips(words, Fatalities.CountPattern.IsMatch, Fatalities.MayCount);
        Assert.True(matched > 200, $"only {matched} random sentences matched the count pattern");
        Assert.False(Fatalities.MayCount("The strike left 4 civilians wounded."));
    }

    [Fact]
    public void ThePrefilters_AreReadFromTheirPatterns()
    {
        Assert.True(RequiredWords.Of(TemporalDater.ExpressionPattern).SkipsAny);
        Assert.True(RequiredWords.Of([.. Fatalities.Patterns]).SkipsAny);
        Assert.True(RequiredWords.Of(Fatalities.CountPattern).SkipsAny);
        Assert.True(RequiredWords.Of(HolidayCalendar.Default.Pattern).SkipsAny);
        Assert.True(RequiredWords.Of(TemporalDater.WeekdayListPattern).SkipsAny);
    }

    [Fact]
    public void ListCuePrefilter_NeverSkipsASentenceTheCuePatternMatches()
    {
        var pattern = PlaceListCues.Pattern;
        var required = RequiredWords.Of(pattern);
        Assert.True(required.SkipsAny);
        var words = Words(pattern.ToString()).Concat(["the", "convoy", "Tal", "Hamra"]);
        var matched = AssertNeverSkips(words, pattern.IsMatch, s => required.MayMatch(s));
        Assert.True(matched > 200, $"only {matched} random sentences matched a list cue");
        Assert.False(required.MayMatch("Fighters shelled the town and the army answered."));
    }

    [Fact]
    public void MentionContextPrefilters_NeverSkipAWindowTheirCuePatternMatches()
    {
        Assert.Equal(14, MentionContext.Patterns.Count);
        foreach (var cue in MentionContext.Patterns)
        {
            Assert.True(cue.SkipsAny, $"no required word read from {cue.Regex}");
            var words = Words(cue.Regex.ToString()).Concat(["the", "of", "Tal", "Hamra"]);
            // The windows are anchored at the mention: a space before the text (words after it) or after it (words before).
            var matched = AssertNeverSkips(words, s => Either(s, cue.Regex.IsMatch), s => Either(s, t => cue.IsMatch(t)));
            Assert.True(matched > 50, $"only {matched} random windows matched {cue.Regex}");
        }
        Assert.False(MentionContext.Patterns[0].IsMatch("Fighters shelled the town and the army answered "));
    }

    private static bool Either(string sentence, Func<string, bool> test) =>
        test(sentence) || test(" " + sentence) || test(sentence + " ");

    [Theory]
    [InlineData(@"\bin the (?:past|last)\s+\d+\s+days\b", "The shelter in the old school was full.", false)]
    [InlineData(@"\bin the (?:past|last)\s+\d+\s+days\b", "Rain fell in the past 3 days.", true)]
    [InlineData(@"\bof a (?:ceasefire|truce)\b", "The sound of a siren carried across the port.", false)]
    [InlineData(@"\bof a (?:ceasefire|truce)\b", "Talk of a truce spread.", true)]
    public void ASequence_RequiresItsLongestWordPart_NotARunOfShortCommonWords(string pattern, string text, bool may)
    {
        var required = RequiredWords.Of(new Regex(pattern, RegexOptions.IgnoreCase));
        Assert.Equal(may, required.MayMatch(text));
        Assert.True(!new Regex(pattern, RegexOptions.IgnoreCase).IsMatch(text) || may);
    }

    [Fact]
    public void RequiredWords_AreAscii()
    {
        Assert.Throws<ArgumentException>(() => new RequiredWords(["caf\u00E9"], []));
        Assert.Throws<ArgumentException>(() => new RequiredWords([], [""]));
    }

    /// <summary>The letter and digit runs of a pattern's text: its literal words, and pieces of them.</summary>
    private static IEnumerable<string> Words(string pattern) =>
        Regex.Matches(pattern, "[A-Za-z0-9]{2,}").Select(m => m.Value).Distinct();

    private static int AssertNeverSkips(IEnumerable<string> vocabulary, Func<string, bool> matches, Func<string, bool> may, int count = 4000)
    {
        var words = vocabulary.ToArray();
        string[] odd = [" ", " ", " ", "  ", ",", ".", "-", "'", "\u2019", "\u00A0", "\u212A", "\u017F", "\u0130", "\u0131", "é", "of", "on", "in", "last", "since"];
        var matched = 0;
        foreach (var sentence in RandomSentences.Build(words, odd, count: count, maxPieces: 8, noSpaceOneIn: 4))
        {
            if (matches(sentence))
            {
                matched++;
                Assert.True(may(sentence), $"\"{sentence}\" matches but the prefilter skipped it");
            }
        }
        return matched;
    }
}
