using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// "Saraqib came under rebel control", "Douma is now under government control": the holder named by an adjective
/// between "under" and "control" (Lexicon/holder-adjectives.tsv), read as a mention of the faction it stands for, only
/// after a change of state (cue "under-change"): a standing "remained under Kurdish control" or "areas under rebel control"
/// names no one.
/// </summary>
public sealed class HolderAdjectives(string tsv)
{
    private static readonly Lazy<HolderAdjectives> Shipped = new(() => new HolderAdjectives(EventLexicon.Resource("holder-adjectives.tsv")));

    private readonly HolderWords _adjectives = new(tsv, "holder-adjectives.tsv", adjectives => @"\bunder\s+(?:the\s+)?(?<word>" + adjectives + @")\s+control\b");

    /// <summary>The reader over the list shipped with the application.</summary>
    public static HolderAdjectives Default => Shipped.Value;

    /// <summary>The catalogue faction id a side's adjective stands for ("rebel", "army"), or null for another word.</summary>
    public string? FactionIdOf(string adjective) => _adjectives.FactionIdOf(adjective);

    /// <summary>The mentions with the adjective holders of <paramref name="sentence"/> added (in text order); a named actor there wins.</summary>
    public List<ActorMention> Add(string sentence, IReadOnlyList<ActorMention> mentions, FactionCatalogue catalogue, EventLexicon lexicon) =>
        _adjectives.Add(sentence, mentions, catalogue, m => ControlState.ChangeEnds(sentence[..m.Index], lexicon));
}
