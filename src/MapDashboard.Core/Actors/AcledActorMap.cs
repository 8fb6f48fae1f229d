namespace MapDashboard.Core.Actors;

/// <summary>
/// ACLED's actor names and the catalogue factions they stand for (Actors/acled-actors.tsv): "QSD: Syrian Democratic
/// Forces" is the SDF, "Operation Olive Branch" the Turkish-backed coalition of the time. Used both ways: to read an
/// ACLED row's actor as a faction (longest name prefix wins, so units map to themselves) and to write a faction under
/// ACLED's name, with ACLED's inter code.
/// </summary>
public sealed class AcledActorMap
{
    private readonly List<Entry> _entries;
    private readonly List<Entry> _inFileOrder;

    private sealed record Entry(string AcledName, string FactionId, int Inter);

    private AcledActorMap(List<Entry> entries)
    {
        _inFileOrder = entries;
        _entries = entries.OrderByDescending(e => e.AcledName.Length).ToList();
    }

    private static readonly Lazy<AcledActorMap> Shipped = new(ReadShipped);

    /// <summary>The map shipped with the application, read once for the process (it is immutable).</summary>
    public static AcledActorMap LoadDefault() => Shipped.Value;

    private static AcledActorMap ReadShipped()
    {
        using var stream = typeof(AcledActorMap).Assembly.GetManifestResourceStream("MapDashboard.Core.Actors.acled-actors.tsv")
            ?? throw new InvalidOperationException("The ACLED actor map resource is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Reads a map in the acled-actors.tsv format (header acled_name, faction_id, inter, source; # comments).</summary>
    public static AcledActorMap Parse(string tsv)
    {
        var entries = new List<Entry>();
        var lineNumber = 0;
        foreach (var line in tsv.Split('\n'))
        {
            lineNumber++;
            var text = line.TrimEnd('\r');
            if (text.Length == 0 || text.StartsWith('#') || text.StartsWith("acled_name\t", StringComparison.Ordinal))
            {
                continue;
            }
            var fields = text.Split('\t');
            if (fields.Length < 4 || !int.TryParse(fields[2], out var inter) || inter is < 1 or > 8 || fields[3].Trim().Length == 0)
            {
                throw new InvalidDataException($"acled-actors.tsv line {lineNumber}: expected acled_name, faction_id, inter (1-8) and a source");
            }
            entries.Add(new Entry(fields[0].Trim(), fields[1].Trim(), inter));
        }
        return new AcledActorMap(entries);
    }

    /// <summary>Every ACLED actor name of the map with the faction it stands for, in file order (side rows left out).</summary>
    public IEnumerable<(string AcledName, string FactionId)> Names =>
        _inFileOrder.Where(e => e.FactionId != "-" && !e.AcledName.StartsWith("side:", StringComparison.Ordinal)).Select(e => (e.AcledName, e.FactionId));

    /// <summary>Every faction id the map names.</summary>
    public IEnumerable<string> FactionIds => _entries.Select(e => e.FactionId).Where(id => id != "-").Distinct();

    /// <summary>The faction an ACLED actor name stands for, or null when the map has no entry for it.</summary>
    public string? FactionOf(string? acledName)
    {
        if (string.IsNullOrWhiteSpace(acledName))
        {
            return null;
        }
        var name = acledName.Trim();
        return _entries.FirstOrDefault(e => e.FactionId != "-" && name.StartsWith(e.AcledName, StringComparison.OrdinalIgnoreCase))?.FactionId;
    }

    /// <summary>ACLED's inter code for a side of the catalogue (used when the faction has no ACLED name of its own).</summary>
    public int? InterOfSide(string sideId) => _inFileOrder.FirstOrDefault(e => e.AcledName == "side:" + sideId)?.Inter;

    /// <summary>ACLED's name for a faction (its first entry in the file), or null.</summary>
    public string? AcledNameOf(string factionId) => _inFileOrder.FirstOrDefault(e => e.FactionId == factionId)?.AcledName;

    /// <summary>ACLED's inter code of a faction when the map names it.</summary>
    public int? InterOf(string factionId) => _inFileOrder.FirstOrDefault(e => e.FactionId == factionId)?.Inter;
}
