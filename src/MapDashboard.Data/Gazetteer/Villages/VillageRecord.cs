using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Data.Gazetteer.Villages;

/// <summary>
/// One place of a village source while the build merges them: its place, every name it is known by, the ids it merged
/// (the concordance), and the keys two spellings of the same village meet on.
/// </summary>
internal sealed class VillageRecord
{
    public VillageRecord(Place place, IEnumerable<PlaceName> names)
    {
        Place = place;
        foreach (var name in names)
        {
            AddName(name);
        }
    }

    public Place Place { get; set; }

    public List<PlaceName> Names { get; } = [];

    public List<string> OtherIds { get; } = [];

    /// <summary>Whether GeoNames cities500 holds it (its name and feature code are then the ones the world uses).</summary>
    public bool InCities500 { get; init; }

    public HashSet<string> Folds { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Skeletons { get; } = new(StringComparer.Ordinal);

    public HashSet<string> ArabicKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a name (once) and its keys.</summary>
    public void AddName(PlaceName name)
    {
        if (name.Name.Length == 0 || Names.Any(n => n.Name == name.Name))
        {
            return;
        }
        Names.Add(name);
        var fold = NameFolding.Fold(name.Name);
        if (fold.Length == 0)
        {
            return;
        }
        if (NameFolding.IsNonLatin(name.Name))
        {
            ArabicKeys.Add(fold.Replace(" ", "", StringComparison.Ordinal));
            return;
        }
        Folds.Add(fold);
        var skeleton = NameFolding.Skeleton(name.Name);
        if (skeleton.Replace(" ", "", StringComparison.Ordinal).Length >= 3)
        {
            Skeletons.Add(skeleton);
        }
    }

    /// <summary>How well the names of two records meet: 3 folded key, 2 Arabic name, 1 consonant skeleton, 0 not at all.</summary>
    public int NameMatch(VillageRecord other) =>
        Folds.Overlaps(other.Folds) ? 3 : ArabicKeys.Overlaps(other.ArabicKeys) ? 2 : Skeletons.Overlaps(other.Skeletons) ? 1 : 0;

    /// <summary>The record as a gazetteer entry: its names, with the ids it merged as concordance ids.</summary>
    public PlaceEntry ToEntry() => new(Place, Names, OtherIds: OtherIds.Distinct(StringComparer.Ordinal).Where(i => i != Place.Id).ToList());
}
