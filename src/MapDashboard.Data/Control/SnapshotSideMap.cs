namespace MapDashboard.Data.Control;

/// <summary>
/// The sides a control snapshot names and the catalogue faction holding a place for each (gazetteer/control/snapshot-sides.tsv:
/// side, faction_id, source; # comments).
/// </summary>
public sealed class SnapshotSideMap
{
    /// <summary>The map's file name in the control folder.</summary>
    public const string FileName = "snapshot-sides.tsv";

    private readonly Dictionary<string, string> _factions;

    private SnapshotSideMap(Dictionary<string, string> factions) => _factions = factions;

    /// <summary>Reads the map file.</summary>
    /// <exception cref="InvalidDataException">A line lacks a side, a faction or its source.</exception>
    public static SnapshotSideMap Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    /// <summary>Reads a map in the file's format.</summary>
    /// <exception cref="InvalidDataException">A line lacks a side, a faction or its source.</exception>
    public static SnapshotSideMap Parse(string tsv, string name = FileName)
    {
        var factions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var number = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("side\t", StringComparison.Ordinal))
            {
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length < 3 || fields.Take(3).Any(f => f.Trim().Length == 0))
            {
                throw new InvalidDataException($"{name} line {number}: expected side, faction_id and source separated by tabs");
            }
            factions[fields[0].Trim()] = fields[1].Trim();
        }
        return new SnapshotSideMap(factions);
    }

    /// <summary>The faction holding a place for a snapshot's side, or null when the map does not know the side.</summary>
    public string? FactionOf(string side) => _factions.GetValueOrDefault(side.Trim());
}
