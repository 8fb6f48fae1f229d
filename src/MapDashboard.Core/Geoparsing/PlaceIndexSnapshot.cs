using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// Everything a <see cref="PlaceIndex"/> holds, with its keys already folded: what a prebuilt index file stores, so that
/// loading it needs no folding and no gazetteer query. The index built from a snapshot owns its collections.
/// </summary>
/// <param name="ByFold">Folded key to the (place, name) pairs with that key, in the order the index was built.</param>
/// <param name="BySkeleton">Consonant skeleton to the (place, name) pairs with that skeleton.</param>
/// <param name="LexiconKeys">The recognizer's folded names.</param>
/// <param name="LexiconPrefixes">Every word-prefix of those names.</param>
/// <param name="LexiconSkeletons">The skeletons of the focus area's populated places.</param>
/// <param name="MaxWords">The most words a lexicon name has.</param>
/// <param name="PlaceCount">How many distinct places the index holds.</param>
public sealed record PlaceIndexSnapshot(
    Dictionary<string, (Place Place, string Name)[]> ByFold,
    Dictionary<string, (Place Place, string Name)[]> BySkeleton,
    HashSet<string> LexiconKeys,
    HashSet<string> LexiconPrefixes,
    HashSet<string> LexiconSkeletons,
    int MaxWords,
    int PlaceCount);
