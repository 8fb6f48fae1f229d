using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// "The IS-held village of X fell after three days of fighting with the rebels": a place said to fall, with no "to" naming who
/// took it, changed hands only when the sentence names who held it (an attributive "IS-held", "army-controlled" in the
/// subject, same clause). The holder becomes a mention of its side, the subject of the loss, and the coder's loss rules
/// (LoserSide) give the place to the opponent the sentence or the battle before it names. "X fell after a week of fighting"
/// names no holder and stays the battle (no guessed direction).
/// </summary>
internal static partial class HeldPlaceFall
{
    /// <summary>
    /// Whether the fall verb at <paramref name="m"/> has a holder attributive in its subject (only the place's name, "of", "the" and
    /// nouns of territory between: "the IS-held village of X fell", not "rockets fired from the IS-held village fell") and no
    /// particle after it ("fell on Sunday" is a day; "fell on the town", "fell to X", "fell silent" are other verbs).
    /// </summary>
    public static bool Fits(string sentence, Match m, Regex territoryNoun)
    {
        var after = sentence[(m.Index + m.Length)..];
        return HolderBefore(sentence, m.Index) is { } holder && SubjectHead(sentence[..holder.Index])
            && SubjectGap(sentence[(holder.Index + holder.Length)..m.Index], territoryNoun)
            && !ParticleAfter().IsMatch(after) && !(OnAfter().IsMatch(after) && !OnDay().IsMatch(after));
    }

    // The attributive opens the subject: only an article before it in its clause ("The IS-held town", "On Monday, the army-held
    // village"), not "Shells launched from the rebel-held village", where the place is inside another subject.
    private static bool SubjectHead(string before) => ArticleOnly().IsMatch(before[(before.LastIndexOfAny([',', ';', ':']) + 1)..]);

    [GeneratedRegex(@"^\s*(?:the|a|an)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleOnly();

    private static bool SubjectGap(string gap, Regex territoryNoun) =>
        gap.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).All(w => w is "of" or "the" || char.IsUpper(w[0])
            || (territoryNoun.Match(w) is { Success: true } n && n.Length == w.Length));

    /// <summary>
    /// <paramref name="found"/> with the holder of a place that fell added as a mention of its side (a named actor there wins):
    /// the name before "-held" as the actor catalogue reads it, else as a holder adjective ("rebel", "army").
    /// </summary>
    public static List<ActorMention> AddHolder(string sentence, List<ActorMention> found, FactionCatalogue catalogue, Func<string, List<ActorMention>> recognize, Regex territoryNoun)
    {
        foreach (Match fall in Fall().Matches(sentence))
        {
            if (!Fits(sentence, fall, territoryNoun) || HolderBefore(sentence, fall.Index) is not { } holder)
            {
                continue;
            }
            // ("The IS-held": the two-word form may take in the article; then the last word is the name.)
            foreach (var (start, text) in Names(holder.Groups["holder"]))
            {
                if (found.Any(a => a.Start < start + text.Length && start < a.End))
                {
                    return found;
                }
                var faction = recognize(text) is [{ } only] && only.Text.Length == text.Length ? only.Faction
                    : HolderAdjectives.Default.FactionIdOf(text) is { } id ? catalogue.Get(id) : null;
                if (faction is not null)
                {
                    return found.Append(new ActorMention(start, start + text.Length, text, faction, false)).OrderBy(a => a.Start).ToList();
                }
            }
            return found;
        }
        return found;
    }

    private static IEnumerable<(int Start, string Text)> Names(Group holder)
    {
        yield return (holder.Index, holder.Value);
        if (holder.Value.IndexOf(' ') is > 0 and var space)
        {
            yield return (holder.Index + space + 1, holder.Value[(space + 1)..]);
        }
    }

    private static Match? HolderBefore(string sentence, int verbStart)
    {
        var from = Math.Max(0, verbStart - 80);
        var last = Attributive().Matches(sentence[from..verbStart]).LastOrDefault();
        return last is not null && !ClauseBreak().IsMatch(sentence[(from + last.Index + last.Length)..verbStart])
            ? Attributive().Match(sentence, from + last.Index) : null;
    }

    // "IS-held", "Islamic State-held", "army-controlled": one or two words joined to the participle by a hyphen.
    [GeneratedRegex(@"\b(?<holder>[A-Za-z][\w'’]*(?: [A-Z][\w'’]*)?)-(?:held|controlled)\b")]
    private static partial Regex Attributive();

    [GeneratedRegex(@"\b(?:fell|has fallen|have fallen|had fallen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Fall();

    [GeneratedRegex(@"[,;:]|\.\s|\b(?:and|but|while|after|as|when)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^\s+on\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnAfter();

    // "fell on Sunday", "fell on 3 May": a day after "on" (a capitalised word or a number).
    [GeneratedRegex(@"^\s+on\s+(?:[A-Z]|\d)")]
    private static partial Regex OnDay();

    // "fell to X", "fell into the hands of", "fell silent", "fell back": another verb, or the gainer named (the "fell to" trigger).
    [GeneratedRegex(@"^\s+(?:to|into|under|back|silent|quiet|short|apart|victim|ill|asleep|below|behind|from|by|off|out|through)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ParticleAfter();
}
