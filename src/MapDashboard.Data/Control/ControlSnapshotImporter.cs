using MapDashboard.Core.Actors;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Import;
using MapDashboard.Data.Store;

namespace MapDashboard.Data.Control;

/// <summary>
/// Imports a control snapshot as baseline periods: each usable row's side becomes a catalogue faction (through the side
/// map, or as a faction id itself), its point the gazetteer place of the same folded name nearest to it within
/// <see cref="ControlPlaceMatcher.RadiusKm"/>, else its own point. The file's rows replace those it gave before, in one transaction;
/// a snapshot informs dates from its as_of on, never before.
/// </summary>
public sealed class ControlSnapshotImporter(IStoreConnectionFactory factory, IGazetteer gazetteer, SnapshotSideMap sides, FactionCatalogue factions)
{
    private readonly ControlPlaceMatcher _matcher = new(gazetteer);

    /// <summary>How much a snapshot's word counts against an article's or ACLED's.</summary>
    public const double Confidence = 0.6;

    /// <summary>
    /// The importer a checkout composes: the store, the gazetteer database at <paramref name="gazetteerPath"/>, the side
    /// map of the checkout's control folder and the default faction catalogue (the command line and the tests share it).
    /// </summary>
    public static ControlSnapshotImporter ForCheckout(RepositoryLayout layout, IStoreConnectionFactory store, string gazetteerPath) =>
        new(store, new SqliteGazetteer(gazetteerPath), SnapshotSideMap.Load(Path.Combine(layout.ControlFolder, SnapshotSideMap.FileName)),
            FactionCatalogue.LoadDefault());

    /// <summary>Imports a file from disk.</summary>
    /// <exception cref="ImportFileException">The file cannot be read, is not a snapshot, or has rows without a date.</exception>
    public async Task<ControlImportReport> ImportFileAsync(string path, DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ImportFileException($"{path}: cannot be read: {ex.Message}", ex);
        }
        await using (stream)
        {
            return await ImportAsync(stream, Path.GetFileName(path), asOf, cancellationToken);
        }
    }

    /// <summary>Imports CSV from <paramref name="input"/>, named <paramref name="fileName"/> (the snapshot's name in the store and its evidence).</summary>
    /// <exception cref="ImportFileException">The input is not a snapshot, or has rows without a date and no <paramref name="asOf"/>.</exception>
    public async Task<ControlImportReport> ImportAsync(Stream input, string fileName, DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        var (rows, errors) = await SnapshotReader.ReadAsync(input, fileName, cancellationToken);
        if (rows.FirstOrDefault(r => (r.AsOf ?? asOf) is null) is { } undated)
        {
            throw new ImportFileException($"{fileName}: line {undated.Line} has no as_of date; give the snapshot's date with --as-of YYYY-MM-DD");
        }
        if (rows.Count == 0)
        {
            throw new ImportFileException($"{fileName}: no usable rows ({errors.Count} unusable)");
        }

        var drafts = new List<ControlPeriodDraft>();
        var seen = new HashSet<(string, string, DateOnly)>();
        long unknown = 0, duplicates = 0, matched = 0;
        foreach (var row in rows)
        {
            if (Controller(row) is not { } controller)
            {
                unknown++;
                continue;
            }
            var place = await _matcher.MatchAsync(row.Name, row.Lat, row.Lon, cancellationToken);
            var date = (row.AsOf ?? asOf)!.Value;
            if (!seen.Add((place?.Id ?? OwnId(row), controller, date)))
            {
                duplicates++;
                continue;
            }
            matched += place is null ? 0 : 1;
            var note = string.Join("; ", new[] { row.Parties.Count > 1 ? string.Join("+", row.Parties) : null, row.Source, row.Link }.OfType<string>());
            drafts.Add(new ControlPeriodDraft(place?.Id ?? OwnId(row), place?.Name ?? row.Name, place?.Lat ?? row.Lat, place?.Lon ?? row.Lon, row.Kind,
                controller, row.Status, date, Confidence, "snapshot:" + fileName, "held (snapshot)", note.Length == 0 ? null : note));
        }

        await new EventStore(factory).InitializeAsync(cancellationToken);
        await new ControlPeriodStore(factory).ReplaceImportAsync(ControlPeriodStore.Baseline, fileName, drafts, cancellationToken);
        return new ControlImportReport(fileName, rows.Count + errors.Count, drafts.Count, matched, drafts.Count - matched, unknown, duplicates, errors);
    }

    /// <summary>The faction drawn for a row: its side's (the first party's when shared or contested), or null when unknown.</summary>
    private string? Controller(SnapshotRow row)
    {
        var side = row.Status is "shared" or "contested" || row.Side is "shared" or "contested" ? row.Parties.FirstOrDefault() : row.Side;
        if (side is null)
        {
            return null;
        }
        return sides.FactionOf(side) ?? (factions.Get(side) is { } faction ? faction.Id : null);
    }

    private static string OwnId(SnapshotRow row) => ControlPlaceMatcher.OwnId("snap", row.Lat, row.Lon);
}
