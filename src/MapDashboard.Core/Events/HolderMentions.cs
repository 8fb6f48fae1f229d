using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// The sides a sentence names by common words rather than by name, added to its recognised actors: the holder adjective of
/// "under rebel control" (<see cref="HolderAdjectives"/>), the possessor of "the government's capture of X"
/// (<see cref="HolderPossessives"/>), the adjective of "a rebel push into X", of "rebel rockets" and of "a government checkpoint" (<see cref="HolderAttributives"/>) and the bare
/// subject of "government seized X" (<see cref="HolderSubjects"/>) and the side heading "Turkish and allied forces" (<see cref="HolderAllies"/>); session 28: the adjective first in the object of a violent act, "struck an army bus" (<see cref="TargetAttributive"/>).
/// </summary>
public static class HolderMentions
{
    /// <summary>The recognised mentions of <paramref name="sentence"/> with the shipped holder words added, in text order.</summary>
    public static List<ActorMention> Add(string sentence, IReadOnlyList<ActorMention> recognised, FactionCatalogue catalogue, EventLexicon lexicon)
    {
        var named = HolderAdjectives.Default.Add(sentence, recognised, catalogue, lexicon);
        named = HolderPossessives.Default.Add(sentence, named, catalogue, lexicon);
        named = HolderAttributives.Movement.Add(sentence, named, catalogue, lexicon);
        named = HolderAttributives.Weapons.Add(sentence, named, catalogue, lexicon);
        named = HolderAttributives.Assault.Add(sentence, named, catalogue, lexicon);
        named = HolderAttributives.Ground.Add(sentence, named, catalogue, lexicon);
        named = TargetAttributive.Add(sentence, named, catalogue, lexicon);
        named = HolderAllies.Default.Add(sentence, named, catalogue);
        return HolderSubjects.Default.Add(sentence, named, catalogue, lexicon);
    }
}
