using MapDashboard.Core.Events;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Tests.Text;

/// <summary>
/// Sentences holding non-ASCII letters (transliterated place names, accented words, the look-alikes a case-insensitive
/// regex takes for ASCII letters): the trigger rules of whole forms are still found word by word, and the matches
/// collected at their hits are every rule's regex matches. Sentences are invented or random, built from the shipped
/// trigger forms and invented words.
/// </summary>
public class NonAsciiWordStartsTests
{
    private static readonly EventLexicon Lexicon = EventLexicon.LoadDefault();

    [Fact]
    public void AWholeFormRule_IsSkipped_InASentenceWithAnAccentedName_WhenNoneOfItsFormsIsThere()
    {
        // "Shelling" and "hit" are there; "seized" is not: the rules of "seized" are not run although the sentence holds "Ḩ", "ā".
        const string sentence = "Artillery shelling hit the outskirts of \u1E28am\u0101h and B\u00FClb\u00FCl on Sunday.";
        var first = Lexicon.TriggerStarts.FirstPositions(sentence);
        var seized = Enumerable.Range(0, Lexicon.Triggers.Count)
            .Where(i => Lexicon.TriggerStarts.IsWhole(i) && Lexicon.Triggers[i].Forms.Contains("seized", StringComparer.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(seized);
        Assert.All(seized, i => Assert.Equal(-1, first[i]));
        var shelling = Enumerable.Range(0, Lexicon.Triggers.Count).Where(i => Lexicon.Triggers[i].Forms.Contains("shelling", StringComparer.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(shelling);
        Assert.All(shelling, i => Assert.InRange(first[i], 0, sentence.IndexOf("shelling", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("They \u212Aidnapped two men.", true)]
    [InlineData("Militants \u017Feized the village.", false)]
    [InlineData("Gunmen K\u0130DNAPPED a driver.", false)]
    [InlineData("Gunmen k\u0131dnapped a driver.", false)]
    public void ALookAlikeLetter_IsReadAsTheAsciiLetter_SoNoRuleItsRegexMatchesIsSkipped(string sentence, bool aRuleMatches)
    {
        // (.NET's case-insensitive regexes take the Kelvin sign for a k; the long s and the Turkish i's are read as letters all the same.)
        var first = Lexicon.TriggerStarts.FirstPositions(sentence, []);
        var matching = Enumerable.Range(0, Lexicon.Triggers.Count).Where(i => Lexicon.Triggers[i].Pattern.IsMatch(sentence)).ToList();
        Assert.Equal(aRuleMatches, matching.Count > 0);
        Assert.All(matching, i => Assert.InRange(first[i], 0, Lexicon.Triggers[i].Pattern.Match(sentence).Index));
    }

    [Fact]
    public void RandomSentences_WithNonAsciiLetters_CollectEveryRulesRegexMatches()
    {
        using var stream = typeof(EventLexicon).Assembly.GetManifestResourceStream("MapDashboard.Core.Events.Lexicon.triggers.tsv")!;
        var forms = new StreamReader(stream).ReadToEnd().Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1)
            .SelectMany(l => l.Split('\t')[0].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
        string[] odd =
        [
            " ", "-", "'", "\u2019", ",", ".", "\u00A0", "_", "2", "\u0101", "\u1E28", "\u00E9", "\u0130", "\u0131", "\u017F", "\u212A", "\u0301",
            "\u1E28am\u0101h", "\u015Eaf\u012Btah", "Z\u00FCrich", "caf\u00E9", "\u0163aken", "to\u0101k", "the", "village", "control",
        ];
        // Forms written with a look-alike letter inside ("\u212Aidnapped", which the regexes match, "\u017Feized", which they do not).
        var written = forms.Concat(forms.Where(f => f.Contains('k')).Select(f => f.Replace('k', '\u212A')))
            .Concat(forms.Where(f => f.Contains('s')).Select(f => f.Replace('s', '\u017F'))).ToArray();
        var sentences = Tests.Text.RandomSentences.Build(written, odd, count: 1500, maxPieces: 12, noSpaceOneIn: 4, seed: 28)
            .Where(s => s.Any(c => c >= 128 && char.IsLetter(c))).ToList();
        Assert.True(sentences.Count > 800, $"only {sentences.Count} random sentences hold a non-ASCII letter");
        foreach (var sentence in sentences)
        {
            var matches = TriggerMatches.Collect(Lexicon.Triggers, Lexicon.TriggerStarts, sentence);
            var first = Lexicon.TriggerStarts.FirstPositions(sentence);
            for (var i = 0; i < Lexicon.Triggers.Count; i++)
            {
                var expected = Lexicon.Triggers[i].Pattern.Matches(sentence).Select(m => (m.Index, m.Length)).ToList();
                Assert.True(expected.SequenceEqual(matches[i].Select(m => (m.Index, m.Length))), $"rule {i} in \"{sentence}\"");
                Assert.True(expected.Count == 0 || (first[i] >= 0 && first[i] <= expected[0].Index), $"rule {i} first position in \"{sentence}\"");
            }
        }
    }
}
