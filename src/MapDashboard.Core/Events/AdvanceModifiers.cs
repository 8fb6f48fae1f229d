using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// The advance forms of triggers.tsv with a slot for the words that modify them, so that no modified phrase needs a line of
/// its own: a verb that takes an advance noun there ("made advances", "achieved progress", "gained ground") takes any of
/// them after an optional article and one to three modifiers (grammar-words kinds advance-noun, advance-modifier: "achieved
/// a slight advance", "made new and rapid gains", "gained considerable ground"); a verb of advancing before its preposition
/// ("advancing in", "pushed into") takes one or two adverbs between them (kind advance-adverb: "advancing steadily in",
/// "is advancing now in"). Quantifiers that deny the noun ("little progress", "no advances") are no modifiers: the plain
/// forms' rules for them stand.
/// </summary>
internal static class AdvanceModifiers
{
    /// <summary>
    /// The regex alternatives (no word boundaries) the advance <paramref name="forms"/> gain from the lexicon's modifier
    /// kinds, and the words they start with (for the trigger finder's prefilter, which looks only at a form's first word).
    /// </summary>
    public static (string Pattern, IReadOnlyList<string> Leads) Alternatives(IReadOnlyList<string> forms, EventLexicon lexicon)
    {
        var nouns = WordSet(lexicon.CueForms("advance-noun"));
        var modifiers = WordSet(lexicon.CueForms("advance-modifier"));
        var prepositions = WordSet(lexicon.CueForms("advance-preposition"));
        var heads = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var verbs = new List<string>();
        var leads = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var words in forms.Select(f => f.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            if (words.Length >= 2 && nouns.Contains(words[^1]))
            {
                // The verb alone: "made an advance", "made major advances" and "made advances" share the head "made".
                var head = words[..^1].Reverse().SkipWhile(w => w is "a" or "an" || modifiers.Contains(w)).Reverse().ToArray();
                if (head.Length > 0 && !head.Any(nouns.Contains))
                {
                    heads.Add(string.Join(' ', head));
                    leads.Add(head[0]);
                }
            }
            else if (words.Length == 2 && prepositions.Contains(words[1]) && !nouns.Contains(words[0]))
            {
                leads.Add(words[0]);
                verbs.Add(Regex.Escape(words[0]) + @"\s+(?:" + lexicon.CueGroup("advance-adverb") + @"\s+){1,2}" + Regex.Escape(words[1]));
            }
        }
        var modifier = lexicon.CueGroup("advance-modifier");
        var modified = heads.Select(h => Regex.Escape(h).Replace("\\ ", @"\s+") + @"\s+(?:(?:a|an)\s+)?(?:" + modifier + @"(?:\s*,\s*|\s+and\s+|\s+)){1,3}"
            + lexicon.CueGroup("advance-noun"));
        return (string.Join("|", modified.Concat(verbs)), [.. leads]);
    }

    private static HashSet<string> WordSet(IReadOnlyList<string> words) => new(words, StringComparer.OrdinalIgnoreCase);
}
