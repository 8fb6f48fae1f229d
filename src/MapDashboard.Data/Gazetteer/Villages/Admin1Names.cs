using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Data.Gazetteer.Villages;

/// <summary>
/// Puts the first-level division of a village source into the gazetteer's own spelling (Natural Earth's name, the one
/// its ADM1 places and GeoNames places carry): by OCHA P-code through gazetteer/sources/ocha_admin1_iso3166.tsv, or by
/// a name such as WOF's region ("Hasaka (Al Haksa)") that folds to one of the division's names, or by a source's label
/// that names a division by a spelling no rule could tie to it (gazetteer/sources/admin1_label_aliases.tsv: WOF's
/// "Days Az Zawr" for Deir ez-Zor), each row with its source.
/// </summary>
public sealed class Admin1Names
{
    private readonly Dictionary<string, string> _byPcode;
    private readonly Dictionary<string, List<(string Name, HashSet<string> Folds, HashSet<string> Skeletons)>> _byCountry;
    private readonly Dictionary<string, string> _byLabel;

    private Admin1Names(Dictionary<string, string> byPcode, Dictionary<string, List<(string, HashSet<string>, HashSet<string>)>> byCountry,
        Dictionary<string, string> byLabel)
    {
        _byPcode = byPcode;
        _byCountry = byCountry;
        _byLabel = byLabel;
    }

    /// <summary>No divisions known: every lookup answers null.</summary>
    public static Admin1Names Empty { get; } = new([], [], []);

    /// <summary>From the Natural Earth admin-1 entries (ids ne1:SY-ID) and the P-code table (admin1_pcode, admin1_en, iso_3166_2, source).</summary>
    public static Admin1Names Create(IEnumerable<PlaceEntry> admin1Entries, string? pcodeTable, ICollection<SourceError> errors,
        string? labelTable = null)
    {
        var byIso = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var byCountry = new Dictionary<string, List<(string, HashSet<string>, HashSet<string>)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in admin1Entries)
        {
            var place = entry.Place;
            if (place.CountryCode is null || !place.Id.StartsWith("ne1:", StringComparison.Ordinal))
            {
                continue;
            }
            byIso[place.Id[4..]] = place.Name;
            var latin = entry.Names.Select(n => n.Name).Where(n => !NameFolding.IsNonLatin(n)).ToList();
            var list = byCountry.TryGetValue(place.CountryCode, out var existing) ? existing : byCountry[place.CountryCode] = [];
            list.Add((place.Name, latin.Select(NameFolding.Fold).ToHashSet(StringComparer.Ordinal), latin.Select(NameFolding.Skeleton).ToHashSet(StringComparer.Ordinal)));
        }
        var byPcode = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (pcode, iso) in IsoCodedTable.Read(pcodeTable, "admin1_pcode", needsSource: false, byIso.ContainsKey, errors,
            "expected an admin-1 P-code and an ISO 3166-2 code Natural Earth knows"))
        {
            byPcode[pcode] = byIso[iso];
        }
        return new Admin1Names(byPcode, byCountry, Labels(labelTable, byIso, errors));
    }

    /// <summary>The division's name for each label of the alias table (label, iso_3166_2, source), keyed by the label's fold.</summary>
    private static Dictionary<string, string> Labels(string? table, Dictionary<string, string> byIso, ICollection<SourceError> errors)
    {
        var byLabel = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (label, iso) in IsoCodedTable.Read(table, "label", needsSource: true, byIso.ContainsKey, errors,
            "expected a label, an ISO 3166-2 code Natural Earth knows and a source"))
        {
            byLabel[NameFolding.Fold(label)] = byIso[iso];
        }
        return byLabel;
    }

    /// <summary>The division's name for an OCHA admin-1 P-code (SY07 gives "Idlib"), or null.</summary>
    public string? ByPcode(string? pcode) => pcode is not null && _byPcode.TryGetValue(pcode, out var name) ? name : null;

    /// <summary>The division of <paramref name="countryCode"/> whose names fold (or, failing that, skeletonize) like <paramref name="name"/>, or null.</summary>
    public string? ByName(string countryCode, string? name)
    {
        if (name is null || !_byCountry.TryGetValue(countryCode, out var divisions))
        {
            return null;
        }
        var fold = NameFolding.Fold(name);
        if (_byLabel.TryGetValue(fold, out var aliased))
        {
            return aliased;
        }
        var byFold = divisions.Where(d => d.Folds.Contains(fold)).ToList();
        if (byFold.Count > 0)
        {
            return byFold.FirstOrDefault(d => NameFolding.Fold(d.Name) == fold).Name ?? byFold[0].Name;
        }
        var skeleton = NameFolding.Skeleton(name);
        var bySkeleton = divisions.Where(d => d.Skeletons.Contains(skeleton)).ToList();
        return bySkeleton.Count == 1 ? bySkeleton[0].Name : null;
    }
}
