using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>Choosing a name's reading inside the compass part of a governorate the text names ("A in southern Idlib").</summary>
public sealed partial class PlaceRanker
{
    /// <summary>The readings in the narrowest of <paramref name="parts"/> that yields an accepted pick, and that part; null when none does.</summary>
    private (List<Scored> Scored, Func<Place, bool> Fit)? InParts(int index, Article article, IReadOnlyList<GeoCandidate> candidates, Place?[] picks, Func<Place, bool>[] parts)
    {
        foreach (var part in parts)
        {
            var scored = Score(index, article, candidates, picks, coherence: true, part);
            if (scored.Count > 0 && Accepts(scored, index, picks, article))
            {
                return (scored, part);
            }
        }
        return null;
    }

    /// <summary>
    /// "A in southern Idlib", "A in the eastern countryside of Homs" where the readings spelled as written (or folding
    /// alike) lie outside the wide part of the governorate the compass word names (<paramref name="parts"/>: narrow, wide,
    /// side, as <see cref="CompassSector.Parts"/> makes them) while exactly one populated place of the focus country one
    /// letter from A's spelling, with A's consonants (<see cref="Article.LookAlikes"/>), lies in its narrow part: that
    /// place is A written with another vowel (one village spelled "Kafr Nabil" and "Kafr Nabl" by two reports), and the readings spelled
    /// alike are namesakes. Only against a reading the locator would keep (<paramref name="fits"/> the governorate, or
    /// within its reach): where it already leaves A unresolved, or A is read only abroad, the other rules stand. Two such
    /// places in the part, or a reading spelled alike in the wide part, settle nothing here.
    /// </summary>
    private GeoCandidate? LookAlikeInNamedPart(int index, Article article, IReadOnlyList<GeoCandidate> candidates, Func<Place, bool>[] parts,
        Func<Place, bool> fits, Func<Place, bool>? outOfReach)
    {
        var mention = article.Mentions[index];
        var alikes = parts.Length < 2 || article.LookAlikes is not { } all || candidates.Any(c => c.Kind <= MatchKind.Folded && parts[1](c.Place)) ? []
            : all[index].Where(a => parts[0](a.Place) && SpellingDistance.AtMostOne(NameFolding.Fold(a.MatchedName), NameFolding.Fold(mention.Text)))
                .DistinctBy(a => a.Place.Id).ToList();
        return alikes.Count == 1 && candidates.Any(c => c.Kind <= MatchKind.Folded && c.Place.CountryCode == alikes[0].Place.CountryCode
            && (fits(c.Place) || outOfReach?.Invoke(c.Place) == false)) ? alikes[0] : null;
    }
}
