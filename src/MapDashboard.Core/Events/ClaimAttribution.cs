using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Events;

/// <summary>
/// Whom a sentence attributes its report to, kept as the event's claim: "according to local sources", "citing the
/// monitoring group", "pro-government sources claimed". The verbs, qualifiers and source nouns are cue kinds of
/// cues.tsv (attribution-verb, source-qualifier, source-noun); a capitalised name after the verb is taken as well.
/// </summary>
public sealed class ClaimAttribution
{
    private readonly Regex _pattern;

    /// <summary>An attribution reader over the lexicon's cue words.</summary>
    public ClaimAttribution(EventLexicon lexicon)
    {
        var nouns = lexicon.CueGroup("source-noun");
        _pattern = new Regex(
            @"\b" + lexicon.CueGroup("attribution-verb") + @"\s+((?:pro-[\w-]+|" + lexicon.CueGroup("source-qualifier") + @")?\s*(?:" + nouns + @"|[A-Z][\w ]{2,30}?))(?=[,.;]|$)"
            + @"|\b((?:Pro|Anti)-[\w-]+\s+" + nouns + @")\s+(?:also\s+)?claimed",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | WordListRegexes.Options);
    }

    /// <summary>The source the sentence names for its report, or null when it names none.</summary>
    public string? Of(string sentence)
    {
        var m = _pattern.Match(sentence);
        return !m.Success ? null : (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Trim();
    }
}
