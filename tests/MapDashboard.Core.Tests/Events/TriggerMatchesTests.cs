using System.Text.RegularExpressions;
using MapDashboard.Core.Events;
using MapDashboard.Core.Geoparsing;
using Xunit;

namespace MapDashboard.Core.Tests.Events;

public class TriggerMatchesTests
{
    private static TriggerRule Rule(string cls, string pattern) => new(cls, null, new Regex(pattern), "test", [pattern]);

    [Fact]
    public void Ordered_sorts_by_class_then_position_and_keeps_ties_in_order()
    {
        const string sentence = "guards shelled the depot, then raided and shelled it again";
        var shelling = Rule("shelling", "shelled");
        var attack = Rule("attack", "raided");
        var found = new List<SentenceTrigger>();
        foreach (Match m in attack.Pattern.Matches(sentence))
        {
            found.Add(new SentenceTrigger(attack, m, false));
        }
        var shells = shelling.Pattern.Matches(sentence);
        found.Add(new SentenceTrigger(shelling, shells[1], false));
        found.Add(new SentenceTrigger(shelling, shells[0], false));
        // The same match twice, as two rules of one class can give it: both kept, in the order found.
        var twin = new SentenceTrigger(shelling, shells[0], true);
        found.Add(twin);

        var expected = found.OrderBy(t => Array.IndexOf(new[] { "shelling", "attack" }, t.Class)).ThenBy(t => t.Match.Index).ToList();
        var ordered = TriggerMatches.Ordered(found, ["shelling", "attack"]);

        Assert.Equal(expected, ordered);
        Assert.Equal([shells[0].Index, shells[0].Index, shells[1].Index, sentence.IndexOf("raided", StringComparison.Ordinal)], ordered.Select(t => t.Match.Index));
        Assert.True(ordered[1].Passive);
    }

    [Fact]
    public void Collect_skips_impossible_rules_and_battles_keep_rule_order()
    {
        const string sentence = "fighters clashed near the bridge and clashed again after the raid";
        var rules = new[] { Rule("clash", "clashed"), Rule("shelling", "shelled"), Rule("assault", "raid") };
        var matches = TriggerMatches.Collect(rules, [0, -1, 10], sentence);

        Assert.Equal(2, matches[0].Count);
        Assert.Empty(matches[1]);
        Assert.Single(matches[2]);
        Assert.Equal(["clashed", "clashed", "raid"], TriggerMatches.Battles(rules, matches).Select(m => m.Value));
    }

    [Fact]
    public void Collect_by_whole_form_hits_gives_every_rule_the_matches_its_regex_finds()
    {
        var lexicon = EventLexicon.LoadDefault();
        using var stream = typeof(EventLexicon).Assembly.GetManifestResourceStream("MapDashboard.Core.Events.Lexicon.triggers.tsv")!;
        var forms = new StreamReader(stream).ReadToEnd().Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1)
            .SelectMany(l => l.Split('\t')[0].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
        string[] odd = [" ", "  ", "-", "'", "\u2019", ",", ".", "\u00A0", "\u212A", "_", "2", "the", "village", "control", "full", "clashes", "took"];
        string[] written =
        [
            "Rebels took control of the hill, then took full control of the town and clashed with troops; they took it again.",
            "Troops shelled the village, re-took the ridge and shelled-out positions; SHELLED again, shelled_ nothing.",
            "Clashes erupted and clashes continued; fighters clashed, clashed\u00A0again and exchanged fire with police.",
        ];
        foreach (var sentence in written.Concat(Tests.Text.RandomSentences.Build(forms, odd, count: 800, maxPieces: 12, noSpaceOneIn: 6, seed: 26)))
        {
            var matches = TriggerMatches.Collect(lexicon.Triggers, lexicon.TriggerStarts, sentence);
            for (var i = 0; i < lexicon.Triggers.Count; i++)
            {
                var expected = lexicon.Triggers[i].Pattern.Matches(sentence).Select(m => (m.Index, m.Length));
                Assert.True(expected.SequenceEqual(matches[i].Select(m => (m.Index, m.Length))), $"rule {i} in \"{sentence}\"");
            }
        }
    }

    [Fact]
    public void NonPlaceSpans_asked_twice_about_one_text_give_equal_lists_the_caller_owns()
    {
        const string text = "Fighters of Liwa al-Fajr entered the market, Abu Karim al-Tell told the Riverside Post.";
        var first = NonPlaceSpans.Find(text);
        var fresh = NonPlaceSpans.Find(new string(text.AsSpan()));
        first.Clear();
        var again = NonPlaceSpans.Find(text);

        Assert.NotEmpty(fresh);
        Assert.Equal(fresh, again);
    }
}
