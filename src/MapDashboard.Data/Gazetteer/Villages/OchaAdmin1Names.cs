using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Data.Gazetteer.Villages;

/// <summary>
/// Gives each first-level division the English name OCHA's common operational datasets use for it (the admin1_en column
/// of gazetteer/sources/ocha_admin1_iso3166.tsv, joined on its ISO 3166-2 code; the file's source column says where the
/// name comes from). OCHA's names differ from Natural Earth's where a report would otherwise misread them: "Rural
/// Damascus" is OCHA's name of Rif Dimashq governorate, not a part of Damascus.
/// </summary>
internal static class OchaAdmin1Names
{
    /// <summary>
    /// The Natural Earth division entries (ids ne1:XX-YY) with OCHA's English name of each added as an alternate name,
    /// with the same "X Governorate", "X countryside" ... forms as the division's own names. Without the table (a test's
    /// sample sources) the entries are returned as they are.
    /// </summary>
    public static List<PlaceEntry> AddTo(IReadOnlyList<PlaceEntry> admin1Entries, string? table, ICollection<SourceError> errors)
    {
        var byIso = Read(table, errors);
        return admin1Entries.Select(entry =>
            entry.Place.Id.StartsWith("ne1:", StringComparison.Ordinal) && byIso.TryGetValue(entry.Place.Id[4..], out var ocha)
                ? entry with { Names = WithNames(entry, ocha) }
                : entry).ToList();
    }

    /// <summary>OCHA's English division names by ISO 3166-2 code, from the P-code table (admin1_pcode, admin1_en, iso_3166_2, source).</summary>
    internal static Dictionary<string, string> Read(string? table, ICollection<SourceError> errors) =>
        IsoCodedTable.Read(table, "admin1_en", needsSource: true, _ => true, errors, "expected an admin-1 English name, an ISO 3166-2 code and a source")
            .GroupBy(pair => pair.Iso, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.OrdinalIgnoreCase);

    private static List<PlaceName> WithNames(PlaceEntry entry, string ochaName)
    {
        var names = entry.Names.ToList();
        // OCHA's table lists Syria's governorates.
        foreach (var name in NaturalEarthTables.DivisionNames(ochaName, "Governorate").Prepend(ochaName))
        {
            if (names.All(n => !string.Equals(n.Name, name, StringComparison.Ordinal)))
            {
                names.Add(new PlaceName(name, "en", "alternate"));
            }
        }
        return names;
    }
}
