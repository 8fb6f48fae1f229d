using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// "The rebels took the village before the army regained control of it hours later", "IS seized the post, but the troops
/// retook it the same night": a capture undone in the same sentence by another side, told after a word of what came next
/// (cue kind <c>reversal</c>) and a verb of taking back (<c>recapture-verb</c>), left the place with the side that held it.
/// The coder reads it as the battle (ACLED codes no change of hands), not as the first side's gain nor as the second side's.
/// A taking back by the same side ("took X, then retook Y") is another capture, not a reversal.
/// </summary>
internal static partial class ReversedCapture
{
    /// <summary>Whether the capture at <paramref name="trigger"/> is taken back later in <paramref name="sentence"/> by a side other than <paramref name="taker"/>'s.</summary>
    public static bool Follows(string sentence, Match trigger, ActorMention? taker, IReadOnlyList<ActorMention> found, EventLexicon lexicon)
    {
        var from = trigger.Index + trigger.Length;
        var stop = Stop.Match(sentence, from) is { Success: true } s ? s.Index : sentence.Length;
        var next = lexicon.Cue("reversal").Match(sentence[..stop], from);
        if (!next.Success || taker is null)
        {
            return false;
        }
        var back = lexicon.Cue("recapture-verb").Match(sentence[..stop], next.Index + next.Length);
        // The side taking it back stands between the word of what came next and its verb, or after a passive's "by".
        return back.Success && back.Index - (next.Index + next.Length) <= 80
            && found.Any(a => a.Faction.Id != taker.Faction.Id && a.Start >= next.Index + next.Length
                && (a.End <= back.Index || (a.Start <= back.Index + back.Length + 12 && ByBefore.IsMatch(sentence[(back.Index + back.Length)..a.Start]))));
    }

    /// <summary>
    /// "IS seized X at dawn; the army retook it by nightfall", "IS overran X. By evening the army had recaptured the town.":
    /// the clause after a semicolon, or else the next sentence, takes the place back (a verb of taking back whose side,
    /// named before it, is another than <paramref name="taker"/>'s, and whose object refers back: "it", "the town") on the
    /// same day (grammar kind <c>same-day-later</c>). Taken back on another day, the capture stands (two events).
    /// </summary>
    public static bool FollowsLater(string sentence, string nextSentence, Match trigger, ActorMention? taker, Func<string, List<ActorMention>> recognize,
        Func<string, int, bool> refersBack, EventLexicon lexicon)
    {
        var from = trigger.Index + trigger.Length;
        var clause = Stop.Match(sentence, from) is { Success: true } s ? sentence[(s.Index + s.Length)..] : nextSentence;
        if (taker is null || clause.Length == 0 || !lexicon.Cue("same-day-later").IsMatch(clause)
            || lexicon.Cue("recapture-verb").Match(clause) is not { Success: true, Index: <= 80 } back
            || !(refersBack(clause, back.Index + back.Length) || ItInside().IsMatch(back.Value)))
        {
            return false;
        }
        return recognize(clause[..back.Index]).Any(a => a.Faction.Id != taker.Faction.Id);
    }

    [GeneratedRegex(@"\sit\s", RegexOptions.IgnoreCase)]
    private static partial Regex ItInside();

    private static readonly Regex Stop = new(@"[.;]\s", RegexOptions.CultureInvariant);

    private static readonly Regex ByBefore = new(@"^\s+by\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
