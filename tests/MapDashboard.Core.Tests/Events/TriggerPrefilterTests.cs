using System.Text;
using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// The trigger prefilter never skips a rule whose regex matches the sentence, and does skip the rules a sentence has
/// no words for. Sentences are invented for the test; the random ones are built from the shipped trigger forms.
/// </summary>
public class TriggerPrefilterTests
{
    private static readonly EventLexicon Lexicon = EventLexicon.LoadDefault();
    private static readonly TriggerPrefilter Prefilter = new([.. Lexicon.Triggers.Select(t => t.Pattern)]);

    public static TheoryData<string> Sentences() =>
    [
        "Rebel units captured the hill village of Qasr Tamim after a night of heavy clashes with army troops.",
        "Warplanes struck a bakery in the old market, and mortar shells hit two schools on Sunday.",
        "A roadside bomb exploded beside a patrol; later, gunmen abducted three shepherds and arrested a teacher.",
        "RECAPTURED: the town fell to the brigade; fighters withdrew, re-took the ridge and shelled-out positions.",
        "Residents protested peacefully in the square, and police dispersed the crowd with tear gas.",
        "The two sides signed a ceasefire agreement and set up an observation post near the dam.",
        "Troops\u00A0seized the airport\u2019s terminal, while “militants” looted shops—and burned cars.",
        "Kurdish-led forces took control of Ain Haddad, the \u212Aestrel battalion said; the café was spared.",
        "Clashes erupted; fighting continued near the bridge, and a suicide bomber detonated a vest at the gate.",
        "Nothing happened at the harbour: the weather was calm and the ferries kept to their timetable.",
        "",
    ];

    [Theory]
    [MemberData(nameof(Sentences))]
    public void ARuleWhoseRegexMatches_IsNeverSkipped(string sentence) => AssertNeverSkipsAMatch(sentence);

    [Fact]
    public void RandomSentences_OfTriggerWordsAndOddCharacters_NeverSkipAMatchingRule()
    {
        using var stream = typeof(EventLexicon).Assembly.GetManifestResourceStream("MapDashboard.Core.Events.Lexicon.triggers.tsv")!;
        var forms = new StreamReader(stream).ReadToEnd().Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1)
            .SelectMany(l => l.Split('\t')[0].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
        string[] odd = [" ", "  ", "-", "'", "\u2019", ",", ".", "\u00A0", "\u200D", "\u212A", "\u017F", "é", "_", "2", "the", "village", "town", "people"];
        var random = new Random(18);
        for (var i = 0; i < 1500; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 10); n > 0; n--)
            {
                var piece = random.Next(3) == 0 ? odd[random.Next(odd.Length)] : forms[random.Next(forms.Length)];
                text.Append(random.Next(4) switch { 0 => piece.ToUpperInvariant(), 1 => piece[..1].ToUpperInvariant() + piece[1..], _ => piece });
                text.Append(random.Next(5) == 0 ? "" : " ");
            }
            AssertNeverSkipsAMatch(text.ToString());
        }
    }

    [Fact]
    public void MostRules_AreFiltered_AndASentenceWithoutTheirWords_SkipsThem()
    {
        var filterable = Lexicon.Triggers.Count(t => TriggerPrefilter.FirstRuns(t.Pattern.ToString()) is not null);
        Assert.True(filterable > Lexicon.Triggers.Count / 2, $"only {filterable} of {Lexicon.Triggers.Count} rules can be filtered");
        var possible = Prefilter.Possible("The ferries kept to their timetable on a calm morning.");
        Assert.True(possible.Count(p => p) < Lexicon.Triggers.Count - filterable / 2);
    }

    [Theory]
    [InlineData(@"(?<![\w-])(?:captured|took\s+control|re\-took)(?![\w-])", "captured,took,re")]
    [InlineData(@"(?<![\w-])(?:(?-i:IS)|F16)(?![\w-])", "is,f")]
    public void FirstRuns_AreEachFormsLeadingLetters(string pattern, string expected) =>
        Assert.Equal(expected.Split(','), TriggerPrefilter.FirstRuns(pattern));

    [Theory]
    [InlineData(@"(?<![\w-])(?:shells?)(?![\w-])")]
    [InlineData(@"(?<![\w-])(?:shell\s*fire)(?![\w-])")]
    [InlineData(@"(?<![\w-])(?:re\-?took)(?![\w-])")]
    [InlineData(@"(?<![\w-])(?:2nd\s+attack)(?![\w-])")]
    [InlineData(@"(?<![\w-])(?:caf\u00E9)(?![\w-])")]
    [InlineData(@"\b(?:captured)\b")]
    [InlineData(@"(?<![\w-])(?:cap(?:tured|ture))(?![\w-])")]
    public void FirstRuns_NotWorkedOut_LeaveTheRuleAlwaysPossible(string pattern) => Assert.Null(TriggerPrefilter.FirstRuns(pattern));

    private static void AssertNeverSkipsAMatch(string sentence)
    {
        var possible = Prefilter.Possible(sentence);
        for (var i = 0; i < Lexicon.Triggers.Count; i++)
        {
            if (Lexicon.Triggers[i].Pattern.IsMatch(sentence))
            {
                Assert.True(possible[i], $"rule {i} ({Lexicon.Triggers[i].Class}) matches \"{sentence}\" but was skipped");
            }
        }
    }
}
