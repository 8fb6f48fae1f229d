using Dapper;

namespace MapDashboard.Data.Store;

/// <summary>The read side of imported events (ACLED): a window, box and type filter for the map and the API, a count, one event.</summary>
public sealed class ImportedEventQueries(IStoreConnectionFactory factory)
{
    private const string Columns = """
        id AS Id, dataset AS Dataset, event_id AS EventId, event_date AS EventDate, time_precision AS TimePrecision, type AS Type, sub_type AS SubType,
        actor1 AS Actor1, assoc_actor_1 AS AssocActor1, actor2 AS Actor2, assoc_actor_2 AS AssocActor2, country AS Country, admin1 AS Admin1,
        admin2 AS Admin2, location AS Location, lat AS Lat, lon AS Lon, geo_precision AS GeoPrecision, fatalities AS Fatalities, source AS Source,
        notes AS Notes, import_file AS ImportFile, line AS Line, imported_at AS ImportedAt
        """;

    /// <summary>The events matching the query, ordered by date then id.</summary>
    public async Task<IReadOnlyList<ImportedEvent>> FindAsync(ImportedEventQuery query, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = Filter(query, factory.Provider);
        parameters.Add("Limit", Math.Clamp(query.Limit, 1, 100_000));
        parameters.Add("Offset", Math.Max(0, query.Offset));
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ImportedEvent>(new CommandDefinition(
            $"SELECT {Columns} FROM imported_events {where} ORDER BY day, id LIMIT @Limit OFFSET @Offset", parameters, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>How many events match the query (ignoring paging).</summary>
    public async Task<long> CountAsync(ImportedEventQuery query, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = Filter(query, factory.Provider);
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM imported_events {where}", parameters, cancellationToken: cancellationToken));
    }

    /// <summary>One imported event, or null when there is none with that id.</summary>
    public async Task<ImportedEvent?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ImportedEvent>(new CommandDefinition(
            $"SELECT {Columns} FROM imported_events WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>The first and last day of a dataset's events, or null when it has none.</summary>
    public async Task<(DateOnly First, DateOnly Last)?> GetDateSpanAsync(string dataset = Import.AcledImporter.Dataset, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var span = await connection.QuerySingleAsync<(long? First, long? Last)>(new CommandDefinition(
            "SELECT MIN(day), MAX(day) FROM imported_events WHERE dataset = @dataset", new { dataset }, cancellationToken: cancellationToken));
        return span.First is { } first && span.Last is { } last ? (DateOnly.FromDayNumber((int)first), DateOnly.FromDayNumber((int)last)) : null;
    }

    private static (string Where, DynamicParameters Parameters) Filter(ImportedEventQuery query, StoreProvider provider)
    {
        var filter = new StoreFilter("dataset = @Dataset", provider).Window(query.From, query.To, "day", "day");
        filter.Parameters.Add("Dataset", query.Dataset);
        if (query.Bounds is { } box)
        {
            box.Validate();
            filter.And("lon BETWEEN @MinLon AND @MaxLon AND lat BETWEEN @MinLat AND @MaxLat", new { box.MinLon, box.MaxLon, box.MinLat, box.MaxLat });
        }
        return filter.Types(query.Types, "type", "sub_type").Build();
    }
}
