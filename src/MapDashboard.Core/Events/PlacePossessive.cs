using System.Text.RegularExpressions;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Events;

/// <summary>
/// "Aleppo's A area", "Idlib province's A", "the B district's northern A area": a place in the possessive right before
/// another place only says where that place lies, as a locator does; the event is at the place it possesses.
/// </summary>
internal static partial class PlacePossessive
{
    /// <summary>The places of <paramref name="points"/> (the event's candidates) named in the possessive right before another place of the sentence, each with that place.</summary>
    public static Dictionary<ResolvedPlace, ResolvedPlace> Possessors(List<ResolvedPlace> points, List<ResolvedPlace> places, string sentence, int sentenceStart)
    {
        var ordered = EventTargets.InSentence(places, sentence, sentenceStart);
        var possessors = new Dictionary<ResolvedPlace, ResolvedPlace>();
        for (var i = 0; i + 1 < ordered.Count; i++)
        {
            var (owner, owned) = (ordered[i], ordered[i + 1]);
            if (points.Contains(owner) && owner.Mention.End <= owned.Mention.Start
                && Gap().IsMatch(sentence.AsSpan(owner.Mention.End - sentenceStart, owned.Mention.Start - owner.Mention.End)))
            {
                possessors[owner] = owned;
            }
        }
        return possessors;
    }

    // What may stand between B and A in "B's A": up to two lower-case words before the possessive ("province", "district"),
    // and up to two after it ("northern", "rural").
    [GeneratedRegex(@"^\s*(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:\p{Ll}[\p{Ll}-]*)?['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Gap();
}
