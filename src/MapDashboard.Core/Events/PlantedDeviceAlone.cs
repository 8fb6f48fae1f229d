using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 26: "a bomb placed by IS cells under a car wounded two soldiers", "a mine planted by the rebels injured a shepherd",
/// "explosives that the militia had hidden in a cart killed a boy": a planted bomb or mine (PlantedDevice's pattern) in a
/// sentence with no trigger at all, whose harm is told by a verb of killing or wounding after it (cue kinds death-word,
/// wounded-word, killing-word), is a Remote explosive/landmine/IED: "wounded" is no trigger by itself, so PlantedDevice had
/// nothing to add the device to. "A mine planted by IS years ago was found near X" (no harm named) is not this.
/// </summary>
internal static class PlantedDeviceAlone
{
    /// <summary>The planted device as the sentence's only trigger, when it has none and names the harm the device did.</summary>
    public static List<SentenceTrigger> Add(List<SentenceTrigger> triggers, string sentence, EventLexicon lexicon)
    {
        // (A cheap check first: most sentences have a trigger or name no bomb or mine.)
        if (triggers.Count > 0 || !PlantedDevice.Guard.MayMatch(sentence) || PlantedDevice.Pattern.Match(sentence) is not { Success: true } m)
        {
            return triggers;
        }
        var after = sentence[(m.Index + m.Length)..];
        if (!lexicon.NamesCasualties(after))
        {
            return triggers;
        }
        return [new SentenceTrigger(PlantedDevice.Rule, PlantedDevice.Device.Match(sentence, m.Groups["device"].Index), false)];
    }
}
