using System.Globalization;
using Dapper;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Events;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data.Import;

namespace MapDashboard.Data.Control;

/// <summary>
/// ACLED's territory rows (ACLED codebook: "Government regains territory", "Non-state actor overtakes territory",
/// "Non-violent transfer of territory") as control periods marked acled: actor 1 gains the place from the row's date.
/// A row located at the place itself (geo_precision 1) changes that place. A row placed at a nearby town (geo_precision 2)
/// follows the rule of the articles' "near" captures: it never changes the town (the anchor); when its notes name exactly
/// one gazetteer place near the anchor, that village gets the period at its own point; otherwise the change is kept as a
/// place of its own at the anchor's point with precision 2 (a dashed ring on the map, no area). Rows located only by
/// region (geo_precision 3) change nothing. Rebuilt whole from the imported rows after each ACLED import.
/// </summary>
public sealed class AcledControlPeriods(IStoreConnectionFactory factory, ControlPlaceMatcher? matcher, AcledActorMap actors)
{
    /// <summary>The sub-event types in which actor 1 takes the place.</summary>
    public static readonly IReadOnlyList<string> TerritorySubTypes =
        [EventType.GovernmentRegainsTerritory, EventType.NonStateActorOvertakesTerritory, EventType.NonViolentTransfer];

    /// <summary>How much an ACLED row's word counts.</summary>
    public const double Confidence = 0.8;

    /// <summary>Replaces the ACLED periods with those of the rows now imported; returns periods stored and rows left out (actor unknown, undated, or located only by region).</summary>
    public async Task<(int Stored, int LeftOut)> RefreshAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<Row> rows;
        await using (var connection = await factory.OpenConnectionAsync(cancellationToken))
        {
            var sql = string.Format(CultureInfo.InvariantCulture, ImportSql.SelectBySubTypes, factory.Provider.In("sub_type", "types"));
            rows = (await connection.QueryAsync<Row>(new CommandDefinition(sql, new { dataset = AcledImporter.Dataset, types = TerritorySubTypes.ToArray() },
                cancellationToken: cancellationToken))).AsList();
        }
        var drafts = new List<ControlPeriodDraft>();
        foreach (var row in rows)
        {
            if (row.GeoPrecision is > 2 || actors.FactionOf(row.Actor1) is not { } controller
                || !DateOnly.TryParseExact(row.EventDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                continue;
            }
            drafts.Add(row.GeoPrecision == 2 ? await NearAsync(row, controller, date, cancellationToken) : await AtAsync(row, controller, date, cancellationToken));
        }
        await new ControlPeriodStore(factory).ReplaceImportAsync(ControlPeriodStore.Acled, AcledImporter.Dataset, drafts, cancellationToken);
        return (drafts.Count, rows.Count - drafts.Count);
    }

    /// <summary>A row at the place itself: the gazetteer's place of that name at the point, else the point as its own place.</summary>
    private async Task<ControlPeriodDraft> AtAsync(Row row, string controller, DateOnly date, CancellationToken cancellationToken)
    {
        var place = matcher is null || row.Location is null ? null : await matcher.MatchAsync(row.Location, row.Lat, row.Lon, cancellationToken);
        return new ControlPeriodDraft(place?.Id ?? ControlPlaceMatcher.OwnId("acled", row.Lat, row.Lon), place?.Name ?? row.Location ?? row.EventId,
            place?.Lat ?? row.Lat, place?.Lon ?? row.Lon, "settlement", controller, "held", date, Confidence, "acled:" + row.EventId, row.SubType);
    }

    /// <summary>A row "near" its location: the one village its notes name near the anchor, else an approximate place at the anchor.</summary>
    private async Task<ControlPeriodDraft> NearAsync(Row row, string controller, DateOnly date, CancellationToken cancellationToken)
    {
        var anchor = matcher is null || row.Location is null ? null : await matcher.MatchAsync(row.Location, row.Lat, row.Lon, cancellationToken);
        var anchorName = anchor?.Name ?? row.Location ?? "the reported point";
        var note = $"ACLED geo-precision 2: near {anchorName}";
        var villages = matcher is null ? [] : await matcher.NamedNearAsync(row.Notes, row.Lat, row.Lon, anchor?.Id, row.Location, cancellationToken);
        if (villages.Count == 1)
        {
            var village = villages[0];
            return new ControlPeriodDraft(village.Id, village.Name, village.Lat, village.Lon, "settlement", controller, "held", date, Confidence,
                "acled:" + row.EventId, row.SubType, note);
        }
        // No village, or several and no telling which was taken: the change stays beside the anchor, never on it.
        var anchorId = anchor?.Id ?? ControlPlaceMatcher.OwnId("acled", row.Lat, row.Lon);
        return new ControlPeriodDraft($"{ControlChangeExtractor.NearPrefix}{anchorId}:acled-{row.EventId}", $"a place near {anchorName}",
            anchor?.Lat ?? row.Lat, anchor?.Lon ?? row.Lon, "settlement", controller, "held", date, Confidence, "acled:" + row.EventId, row.SubType, note,
            Precision: 2);
    }

    private sealed class Row
    {
        public string EventId { get; set; } = "";
        public string EventDate { get; set; } = "";
        public string SubType { get; set; } = "";
        public string? Actor1 { get; set; }
        public string? Location { get; set; }
        public double Lat { get; set; }
        public double Lon { get; set; }
        public long? GeoPrecision { get; set; }
        public string? Notes { get; set; }
    }
}
