using System.Text.RegularExpressions;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 23b: "Shaddadi was taken from the Islamic State by the SDF", "X was taken back from the rebels by government
/// forces": a verb of taking that needs its place as the direct object in the active ("took the town") has it as the
/// subject in the passive. It fits when a place is the subject right before the passive auxiliary and "from" or "by"
/// follows the verb (the side the place was taken from, or its taker), as a hand-over's passive does ("X was ceded to Y").
/// "Civilians in X were taken by gunmen" does not: the place is not the subject of "were taken".
/// </summary>
internal static partial class PassiveTaking
{
    /// <summary>Whether a place is the subject of the passive trigger <paramref name="m"/> and a "from" or "by" phrase follows it.</summary>
    public static bool PlaceSubject(string sentence, Match m, IReadOnlyList<ResolvedPlace> places, int sentenceStart) =>
        FromOrBy().IsMatch(sentence[(m.Index + m.Length)..])
        && places.Any(p => p.Mention.End - sentenceStart <= m.Index && p.Mention.End - sentenceStart >= 0
            && AuxiliaryGap().IsMatch(sentence[(p.Mention.End - sentenceStart)..m.Index]));

    [GeneratedRegex(@"^\s+(?:back\s+|over\s+)?(?:from|by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FromOrBy();

    [GeneratedRegex(@"^\s*(?:was|were|is|are|has\s+been|have\s+been|had\s+been|had\s+reportedly\s+been|was\s+reportedly|was\s+finally|was\s+quickly)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AuxiliaryGap();
}
