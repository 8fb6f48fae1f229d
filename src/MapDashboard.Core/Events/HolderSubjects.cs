using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// "Within hours government seized the road", "Opposition captures the hill": a common noun naming a side
/// (Lexicon/holder-possessives.tsv) right before a verb of taking or advancing is the subject of that verb, so a mention of
/// the faction it stands for, written in lower case or opening the sentence. Elsewhere ("the government said",
/// "anti-government protests", "the Lions of the East Army took X") the noun names no one.
/// </summary>
public sealed class HolderSubjects(string tsv)
{
    private static readonly Lazy<HolderSubjects> Shipped = new(() => new HolderSubjects(EventLexicon.Resource("holder-possessives.tsv")));

    private readonly HolderWords _nouns = new(tsv, "holder-possessives.tsv", nouns => @"(?<![\w'’-])(?<word>" + nouns + @")\s+");

    /// <summary>The reader over the list shipped with the application.</summary>
    public static HolderSubjects Default => Shipped.Value;

    /// <summary>The mentions with the nouns of <paramref name="sentence"/> that stand right before a territory or advance trigger added (in text order); a named actor there wins.</summary>
    public List<ActorMention> Add(string sentence, IReadOnlyList<ActorMention> mentions, FactionCatalogue catalogue, EventLexicon lexicon) =>
        _nouns.Add(sentence, mentions, catalogue, m =>
        {
            // A capital inside the sentence is part of a name the catalogue does not know ("the Lions of the East Army took X").
            var at = m.Index + m.Length;
            return (char.IsLower(sentence[m.Index]) || !sentence[..m.Index].Any(char.IsLetterOrDigit)) && lexicon.TriggerStartsAt(sentence, at, HolderWords.TakesGround);
        });
}
