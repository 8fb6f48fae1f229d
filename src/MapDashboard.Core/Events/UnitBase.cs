using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Events;

/// <summary>
/// "stormed Brigade 82 in A", "clashes around the 117th Brigade base in A", "an attack on the base of the 47th Division
/// in A": a base named by its unit's number (cue kinds <c>unit-word</c>, <c>unit-base-word</c>) and tied to a town right
/// after it is where the event happened, and it is not the town: the event is drawn near the town (its point, precision
/// 2), shown "Brigade 82 (near A)", as an unknown place the text ties to a known one is; a capture of the base does not
/// flip the town. Only when the base is named after the event's trigger ("the 47th Brigade in A shelled ..." names the
/// unit as an actor) and the town is a populated place the sentence's event was to be drawn at.
/// </summary>
public static class UnitBase
{
    private static readonly ConditionalWeakTable<EventLexicon, Regex> Patterns = new();

    /// <summary>The event places with each town named right after a unit's base replaced by the base drawn near the town.</summary>
    public static List<ResolvedPlace> NearTown(List<ResolvedPlace> targets, string sentence, int sentenceStart, int triggerEnd, EventLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(lexicon);
        List<ResolvedPlace>? result = null;
        for (var k = 0; k < targets.Count; k++)
        {
            var p = targets[k];
            var at = p.Mention.Start - sentenceStart;
            if (p.Place is not { IsArea: false, FeatureClass: "P" } town || at <= triggerEnd || at > sentence.Length)
            {
                continue;
            }
            // A unit's number is written in digits: a window without one is passed over before the pattern runs.
            if (sentence.AsSpan(triggerEnd, at - triggerEnd).IndexOfAnyInRange('0', '9') < 0 || Pattern(lexicon).Match(sentence, triggerEnd, at - triggerEnd) is not { Success: true } m)
            {
                continue;
            }
            var unit = m.Groups["unit"];
            var start = sentenceStart + unit.Index;
            var mention = new PlaceMention(unit.Value, start, start + unit.Length, MentionCue.Near, null, false, p.Mention.SentenceStart, p.Mention.SentenceEnd);
            var shift = p.Mention.Start - start;
            var based = new ResolvedPlace(mention, p.OriginalStart - shift, p.OriginalStart - shift + unit.Length, unit.Value, null, 2, p.Confidence,
                $"a base named by its unit's number, in or near {town.Name}: drawn near the town", null, 0, Anchor: town);
            (result ??= [.. targets])[k] = based;
        }
        return result ?? targets;
    }

    /// <summary>"the 93rd Brigade in", "Brigade 82 near", "the 117th Air Defence Brigade base outside the town of" (up to the town).</summary>
    private static Regex Pattern(EventLexicon lexicon) => Patterns.GetValue(lexicon, l => new Regex(
        @"(?<unit>(?<![\w-])(?:\d+(?:st|nd|rd|th)?\s+(?:(?-i:\p{Lu})[\p{L}-]*\s+){0,3}" + l.CueGroup("unit-word") + @"|" + l.CueGroup("unit-word") + @"\s+\d+)(?![\w-])"
        + @"(?:\s+(?:(?-i:\p{Lu})[\p{L}-]*\s+)?" + l.CueGroup("unit-base-word") + @"(?![\w-]))?)"
        + @"\s*,?\s+(?:in|at|near|outside|of)\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | WordListRegexes.Options));
}
