using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Whether a background cue (cues.tsv "background": "previously", "in the past", "used to" ...) makes the whole sentence
/// history. A cue inside a relative clause ("the town, which had previously been held by IS") or in a participle that
/// describes a noun ("a mine previously planted by IS") tells the earlier state of one thing; the sentence's own verb
/// still reports the news of the day. Any other background cue keeps the sentence out.
/// </summary>
public static partial class BackgroundScope
{
    /// <summary>True when a background cue of the sentence governs it (the sentence is history or commentary).</summary>
    public static bool Governs(string sentence, EventLexicon lexicon) =>
        lexicon.Cue("background").Matches(sentence).Any(m => !Describes(sentence, m));

    private static bool Describes(string sentence, Match cue)
    {
        var before = sentence[Math.Max(0, cue.Index - 50)..cue.Index];
        var after = sentence[(cue.Index + cue.Length)..];
        return RelativeBefore.IsMatch(before) || (Adverb.IsMatch(cue.Value) && ParticipleAfter.IsMatch(after) && !AuxiliaryBefore.IsMatch(before))
            // Session 23: "Rebels, who had lost X to the army last year, shelled ...": a relative clause between commas of any length.
            || (RelativeBetweenCommas.IsMatch(sentence[..cue.Index]) && ClauseCloses.IsMatch(after));
    }

    private static readonly Regex RelativeBetweenCommas = EventLexicon.GrammarRegex(l => @",\s*" + l.CueGroup("relative-pronoun") + @"\b[^,;]*$", RegexOptions.IgnoreCase);

    private static readonly Regex ClauseCloses = new(@"^[^,;]*,", RegexOptions.None);

    /// <summary>"which was previously", "that the army had previously", "where rebels previously": a relative clause up to the cue.</summary>
    private static readonly Regex RelativeBefore = EventLexicon.GrammarRegex(l => @"(?:^|[\s,(])" + l.CueGroup("relative-pronoun") + @"\s+(?:[\w'’-]+\s+){0,4}$", RegexOptions.IgnoreCase);

    private static readonly Regex Adverb = EventLexicon.GrammarRegex(l => "^" + l.CueGroup("background-adverb") + "$", RegexOptions.IgnoreCase);

    /// <summary>"previously planted by", "previously held in": a passive participle with its agent or place.</summary>
    private static readonly Regex ParticipleAfter = EventLexicon.GrammarRegex(
        l => @"^\s+(?:\w+ed|" + l.CueGroup("listed-participle") + @")\s+" + l.CueGroup("participle-preposition") + @"\b", RegexOptions.IgnoreCase);

    /// <summary>"rebels had previously": an auxiliary right before the adverb makes the participle the clause's own verb.</summary>
    private static readonly Regex AuxiliaryBefore = EventLexicon.GrammarRegex(l => @"\b" + l.CueGroup("auxiliary") + @"\s+$", RegexOptions.IgnoreCase);
}
