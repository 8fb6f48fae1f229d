using MapDashboard.Core.Events;
using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Tests.Text;

/// <summary>
/// The leading-run index over the trigger rules' forms (the trigger finder's prefilter) never skips a rule whose regex
/// matches the sentence, and does skip the rules a sentence has no words for. Sentences are invented for the test; the
/// random ones are built from the shipped trigger forms.
/// </summary>
public class LeadingRunIndexTests
{
    private static readonly EventLexicon Lexicon = EventLexicon.LoadDefault();
    private static readonly LeadingRunIndex Prefilter = new([.. Lexicon.Triggers.Select(t => t.Forms)]);

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
        foreach (var sentence in RandomSentences.Build(forms, odd, count: 1500, maxPieces: 10, noSpaceOneIn: 5))
        {
            AssertNeverSkipsAMatch(sentence);
        }
    }

    [Fact]
    public void MostRules_AreFiltered_AndASentenceWithoutTheirWords_SkipsThem()
    {
        var filterable = Lexicon.Triggers.Count(t => t.Forms.All(f => LeadingRunIndex.LeadingRun(f) is not null));
        Assert.True(filterable > Lexicon.Triggers.Count / 2, $"only {filterable} of {Lexicon.Triggers.Count} rules can be filtered");
        var possible = Prefilter.Possible("The ferries kept to their timetable on a calm morning.");
        Assert.True(possible.Count(p => p) < Lexicon.Triggers.Count - filterable / 2);
    }

    [Theory]
    [InlineData("captured|took control|re-took", "captured,took,re")]
    [InlineData("IS|F16|al-Nahr|Umar's", "is,f,al,umar")]
    [InlineData("Shelled  Out|shell.fire", "shelled,shell")]
    public void LeadingRuns_AreEachFormsLeadingLetters_InLowerCase(string forms, string expected) =>
        Assert.Equal(expected.Split(','), EventLexicon.Forms(forms).Select(LeadingRunIndex.LeadingRun));

    [Theory]
    [InlineData("2nd attack")]
    [InlineData("café")]
    [InlineData("caf\u00E9 raid")]
    [InlineData("éclat")]
    [InlineData("-took")]
    [InlineData("'Umar")]
    [InlineData(" shelled")]
    public void LeadingRun_NotWorkedOut_LeavesTheEntryAlwaysPossible(string form)
    {
        Assert.Null(LeadingRunIndex.LeadingRun(form));
        var index = new LeadingRunIndex([["shelled"], [form]]);
        Assert.Equal([false, true], index.Possible("Nothing happened."));
    }

    [Fact]
    public void AnEntryWithoutForms_IsAlwaysPossible_AndOneWithForms_OnlyWithItsWords()
    {
        var index = new LeadingRunIndex([[], ["took control", "seized"]]);
        Assert.Equal([true, false], index.Possible("The army held the town."));
        Assert.Equal([true, true], index.Possible("The army SEIZED the town."));
        Assert.Equal([true, true], index.Possible("The army took the town."));
        // A non-ASCII letter anywhere leaves every entry possible (the Kelvin sign is a k to a case-insensitive regex).
        Assert.Equal([true, true], index.Possible("The \u212Aurdish army held the town."));
    }

    [Fact]
    public void EntriesAt_AreThoseOfTheWordsRun_OrNotWorkedOut_BeforeANonAsciiLetter()
    {
        var index = new LeadingRunIndex([["al-Nahr Front"], ["Alpha"], ["9th Division"]]);
        Assert.True(index.TryEntriesAt("the al-Nahr Front", 4, out var atAl));
        Assert.Equal([0, 2], atAl);
        Assert.True(index.TryEntriesAt("the alpha unit", 4, out var atAlpha));
        Assert.Equal([1, 2], atAlpha);
        Assert.True(index.TryEntriesAt("the 9th Division", 4, out var atNine));
        Assert.Equal([2], atNine);
        Assert.True(index.TryEntriesAt("the army", 4, out var atArmy));
        Assert.Equal([2], atArmy);
        Assert.False(index.TryEntriesAt("the alphé unit", 4, out _));
        Assert.False(index.TryEntriesAt("the \u212Alpha", 4, out _));
    }

    [Fact]
    public void FirstPositions_AreEachEntrysFirstPossibleWordStart()
    {
        var index = new LeadingRunIndex([["took control", "seized"], ["held"], ["2nd attack"]]);
        Assert.Equal([17, 5, 0], index.FirstPositions("They held it and SEIZED it, then took control."));
        Assert.Equal([-1, -1, 0], index.FirstPositions("Nothing happened."));
        Assert.Equal([0, 0, 0], index.FirstPositions("Nothing happened in Zürich; they held it."));
    }

    [Fact]
    public void WholeForms_SkipAnEntryWhoseLeadingWordIsThere_ButNoWholeForm()
    {
        var runs = new LeadingRunIndex([["took control", "seized"], ["held"]]);
        var whole = new LeadingRunIndex([["took control", "seized"], ["held"]], [true, false]);
        Assert.Equal([5, -1], runs.FirstPositions("They took the town and took over the hill."));
        Assert.Equal([-1, -1], whole.FirstPositions("They took the town and took over the hill."));
        Assert.Equal([23, 5], whole.FirstPositions("They held the town and TOOK\u00A0 Control of the hill."));
        Assert.Equal([-1, -1], whole.FirstPositions("They took controls and seized-up."));
        // Only the words a match starts with are known for an entry not marked whole: its leading run is enough.
        Assert.Equal([-1, 27], whole.FirstPositions("They helder the town; they held out."));
        Assert.Equal([-1, 5], whole.FirstPositions("They held-up the town."));
        // A non-ASCII letter: the whole forms are still found word by word; an entry known only by its leading words may match anywhere.
        Assert.Equal([8, 0], whole.FirstPositions("Nothing took control in Zürich."));
        Assert.Equal([-1, 0], whole.FirstPositions("Nothing was taken in Zürich."));
    }

    [Theory]
    [InlineData("took  control.", 0, "took control", true)]
    [InlineData("They TOOK\tControl", 5, "took control", true)]
    [InlineData("took\u2009control", 0, "took control", true)]
    [InlineData("took control-", 0, "took control", false)]
    [InlineData("took controls", 0, "took control", false)]
    [InlineData("took control_", 0, "took control", false)]
    [InlineData("tookcontrol", 0, "took control", false)]
    [InlineData("took  control", 0, "took  control", true)]
    [InlineData("took control", 0, "took  control", false)]
    [InlineData("re-took it", 0, "re-took", true)]
    [InlineData("re took it", 0, "re-took", false)]
    [InlineData("took", 0, "took control", false)]
    [InlineData("\u212Aurdish forces", 0, "Kurdish forces", true)]
    [InlineData("the CAFÉ raid", 4, "café raid", true)]
    public void WholeFormAt_PassesWhereTheFormsRegexMatches(string text, int position, string form, bool expected)
    {
        Assert.Equal(expected, LeadingRunIndex.WholeFormAt(text, position, form));
        var regex = new Regex(@"(?<![\w-])(?:" + Regex.Escape(form).Replace("\\ ", @"\s+") + @")(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        Assert.Equal(expected, regex.Match(text, position) is { Success: true } m && m.Index == position);
    }

    [Fact]
    public void TheLexiconsPlainRules_AreCheckedByWholeForms_AndTheRulesWithModifiers_ByTheirLeads()
    {
        var whole = Lexicon.Triggers.Where(EventLexicon.IsOfWholeForms).ToList();
        Assert.True(whole.Count > Lexicon.Triggers.Count * 3 / 4, $"only {whole.Count} of {Lexicon.Triggers.Count} rules are of whole forms");
        Assert.DoesNotContain(whole, r => r.Source.Contains("with modifiers", StringComparison.Ordinal));
        Assert.Contains(Lexicon.Triggers, r => r.Source.Contains("with modifiers", StringComparison.Ordinal));
        // A sentence holding a leading word of many rules but none of their whole forms leaves fewer rules to run.
        const string sentence = "They took the first step, and the group said it was in the area.";
        Assert.True(Lexicon.TriggerStarts.FirstPositions(sentence).Count(p => p >= 0) < Prefilter.FirstPositions(sentence).Count(p => p >= 0));
    }

    private static void AssertNeverSkipsAMatch(string sentence)
    {
        var first = Prefilter.FirstPositions(sentence);
        var whole = Lexicon.TriggerStarts.FirstPositions(sentence);
        for (var i = 0; i < Lexicon.Triggers.Count; i++)
        {
            if (Lexicon.Triggers[i].Pattern.Match(sentence) is { Success: true } m)
            {
                Assert.True(first[i] >= 0 && first[i] <= m.Index, $"rule {i} ({Lexicon.Triggers[i].Class}) matches \"{sentence}\" at {m.Index} but its first position is {first[i]}");
                Assert.True(whole[i] >= 0 && whole[i] <= m.Index, $"rule {i} ({Lexicon.Triggers[i].Class}) matches \"{sentence}\" at {m.Index} but its first whole-form position is {whole[i]}");
            }
        }
    }
}
