using System.Text.RegularExpressions;
using MapDashboard.Core.Events;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Tests.Text;

/// <summary>
/// The word-list alternations written grouped by their start (<see cref="AlternationOrder"/>) instead of longest first:
/// forms sharing a start stand side by side, and every regex built so matches exactly as the longest-first one did,
/// over the shipped lexicon's triggers, cues and objects and over forms made up to press the edge cases.
/// </summary>
public class AlternationOrderTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // The alternation as EventLexicon wrote it before: longest first, a space as \s+, all-capital forms case-sensitive.
    private static string LongestFirst(IEnumerable<string> forms) => string.Join("|", forms.OrderByDescending(f => f.Length)
        .Select(f => (Pattern: Regex.Escape(f).Replace("\\ ", @"\s+"), Caps: f.Length > 1 && f.All(c => !char.IsLetter(c) || char.IsUpper(c))))
        .Select(f => f.Caps ? "(?-i:" + f.Pattern + ")" : f.Pattern));

    private static string Matches(Regex regex, string text) =>
        string.Join(";", regex.Matches(text).Select(m => $"{m.Index}:{m.Length}:{string.Join(",", m.Groups.Values.Skip(1).Select(g => g.Success ? g.Index + "+" + g.Length : "-"))}"));

    [Fact]
    public void Grouped_PutsFormsSharingAStartSideBySide_EachBeforeAnyFormThatStartsIt()
    {
        string[] longestFirst = ["taking over the full control", "took over the full control", "taking over the total control", "took control of", "took control", "taking", "took"];
        Assert.Equal(["taking over the full control", "taking over the total control", "taking", "took control of", "took control", "took over the full control", "took"],
            AlternationOrder.Grouped(longestFirst));
    }

    [Fact]
    public void Grouped_KeepsTheOrderOfFormsEqualInLowerCase()
    {
        Assert.Equal(["ab", "IS", "is"], AlternationOrder.Grouped(["IS", "is", "ab"]));
        Assert.Equal(["ab", "is", "IS"], AlternationOrder.Grouped(["is", "IS", "ab"]));
    }

    [Theory]
    [InlineData("Ümran")]
    [InlineData("took  control")]
    [InlineData("took\tcontrol")]
    [InlineData(" took")]
    [InlineData("took ")]
    public void Grouped_LeavesTheListAsGiven_WhenAFormIsNotPlain(string odd)
    {
        string[] longestFirst = ["taking over", "took over", odd, "taking"];
        Assert.False(AlternationOrder.IsPlain(odd));
        Assert.Same(longestFirst, AlternationOrder.Grouped(longestFirst));
    }

    [Fact]
    public void LexiconRegexes_AreWrittenGroupedByTheirStart()
    {
        var pattern = EventLexicon.Compile(["taking over the full control", "seized", "took over the full control", "taking over"]).ToString();
        Assert.Contains(@"(?:seized|taking\s+over\s+the\s+full\s+control|taking\s+over|took\s+over\s+the\s+full\s+control)", pattern);
    }

    [Fact]
    public void ShippedTriggersCuesAndObjects_MatchAsLongestFirst_OnRandomSentencesOfTheirWords()
    {
        var lexicon = EventLexicon.LoadDefault();
        var lists = lexicon.Triggers.Where(t => t.Pattern.ToString() == EventLexicon.Compile(t.Forms).ToString()).Select(t => t.Forms)
            .Concat(new[] { "negation", "attempt", "modality", "clause-tail", "settlement-noun", "person-noun" }
                .Where(k => { try { lexicon.CueForms(k); return true; } catch (InvalidDataException) { return false; } })
                .Select(lexicon.CueForms))
            .ToList();
        Assert.True(lists.Count > 40);
        foreach (var forms in lists)
        {
            var words = forms.SelectMany(f => f.Split(' ')).Distinct().ToArray();
            string[] odd = ["\t", "  ", ",", "-", "'s", "\u212Aill", "the", "of", "I", "\u0130S", "x"];
            var grouped = EventLexicon.Compile(forms);
            var before = new Regex(@"(?<![\w-])(?:" + LongestFirst(forms) + @")(?![\w-])", Options);
            foreach (var text in RandomSentences.Build(words, odd, 300, 12, 5).Concat(forms))
            {
                Assert.Equal(Matches(before, text), Matches(grouped, text));
            }
        }
    }

    [Fact]
    public void MadeUpForms_MatchAsLongestFirst_InsideLargerPatterns()
    {
        // Prefixes of each other, equal in lower case, all-capital, with marks; followed by a word, by nothing, in a look-behind.
        string[] forms = ["al", "al-Bab", "AL", "Al Bab", "al bab town", "ISIS", "is", "IS", "its", "it", "it's", "a b", "a", "ab", "a b c", "b.c.", "b.c"];
        var grouped = "(?:" + string.Join("|", AlternationOrder.Grouped([.. forms.OrderByDescending(f => f.Length)])
            .Select(f => (Pattern: Regex.Escape(f).Replace("\\ ", @"\s+"), Caps: f.Length > 1 && f.All(c => !char.IsLetter(c) || char.IsUpper(c))))
            .Select(f => f.Caps ? "(?-i:" + f.Pattern + ")" : f.Pattern)) + ")";
        var before = "(?:" + LongestFirst(forms) + ")";
        Assert.NotEqual(before, grouped);
        string[] shapes = [@"\b(?<w>{0})\s+(?<n>\w+)", @"(?<w>{0})", @"(?<w>{0})(?<rest>[\w.-]*)\b", @"(?<!\b{0}\s+)\b\w+", @"^\s*(?<w>{0})\s*$"];
        var words = forms.SelectMany(f => f.Split(' ')).Append("town").Append("c").Distinct().ToArray();
        foreach (var shape in shapes)
        {
            var a = new Regex(string.Format(shape, before), Options);
            var b = new Regex(string.Format(shape, grouped), Options);
            foreach (var text in RandomSentences.Build(words, ["\t", "  ", ".", "-", "'", "\u212A"], 2000, 8, 4, seed: 25))
            {
                Assert.Equal(Matches(a, text), Matches(b, text));
            }
        }
    }
}
