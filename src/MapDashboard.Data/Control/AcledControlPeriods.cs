using System.Globalization;
using Dapper;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Events;
using MapDashboard.Data.Import;

namespace MapDashboard.Data.Control;

/// <summary>
/// ACLED's territory rows (ACLED codebook: "Government regains territory", "Non-state actor overtakes territory",
/// "Non-violent transfer of territory") as control periods marked acled: actor 1 gains the place from the row's date.
/// Only rows located at the place itself (geo_precision 1) change it: a row placed at a nearby town stands for somewhere
/// near it, and never changes the town. Rebuilt whole from the imported rows after each ACLED import.
/// </summary>
public sealed class AcledControlPeriods(IStoreConnectionFactory factory, ControlPlaceMatcher? matcher, AcledActorMap actors)
{
    /// <summary>The sub-event types in which actor 1 takes the place.</summary>
    public static readonly IReadOnlyList<string> TerritorySubTypes =
        [EventType.GovernmentRegainsTerritory, EventType.NonStateActorOvertakesTerritory, EventType.NonViolentTransfer];

    /// <summary>How much an ACLED row's word counts.</summary>
    public const double Confidence = 0.8;

    /// <summary>Replaces the ACLED periods with those of the rows now imported; returns periods stored and rows left out (actor unknown, or located only near).</summary>
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
            if (row.GeoPrecision is > 1 || actors.FactionOf(row.Actor1) is not { } controller
                || !DateOnly.TryParseExact(row.EventDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                continue;
            }
            var place = matcher is null || row.Location is null ? null : await matcher.MatchAsync(row.Location, row.Lat, row.Lon, cancellationToken);
            drafts.Add(new ControlPeriodDraft(place?.Id ?? ControlPlaceMatcher.OwnId("acled", row.Lat, row.Lon), place?.Name ?? row.Location ?? row.EventId,
                place?.Lat ?? row.Lat, place?.Lon ?? row.Lon, "settlement", controller, "held", date, Confidence, "acled:" + row.EventId, row.SubType));
        }
        await new ControlPeriodStore(factory).ReplaceImportAsync(ControlPeriodStore.Acled, AcledImporter.Dataset, drafts, cancellationToken);
        return (drafts.Count, rows.Count - drafts.Count);
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
    }
}
