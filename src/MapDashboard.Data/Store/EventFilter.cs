using Dapper;

namespace MapDashboard.Data.Store;

/// <summary>The WHERE clause of an <see cref="EventQuery"/> over <c>events e</c>, shared by the window reads, the clustering and the export.</summary>
internal static class EventFilter
{
    /// <summary>The longest event in days (an expression index answers it at once): bounds a window's index scan from below.</summary>
    public const string LongestSpan = "(SELECT COALESCE(MAX(day_end - day_start), 0) FROM events)";

    /// <summary>The query's conditions and parameters (the window as @FromDay and @ToDay).</summary>
    public static (string Where, DynamicParameters Parameters) Build(EventQuery query, StoreProvider provider)
    {
        var filter = new StoreFilter("e.deleted = 0", provider);
        if (query.UndatedOnly)
        {
            filter.And("e.day_start IS NULL");
        }
        else
        {
            filter.Window(query.From, query.To, "e.day_start", "e.day_end", LongestSpan);
        }
        if (query.Bounds is { } box)
        {
            box.Validate();
            filter.And(InBox(provider, ""), new { box.MinLon, box.MaxLon, box.MinLat, box.MaxLat });
        }
        if (query.Area is { } area)
        {
            // The area's rectangle through the spatial index, then the polygon itself (edges included in both stores).
            var around = area.Bounds;
            var parameters = new DynamicParameters(new { AreaMinLon = around.MinLon, AreaMaxLon = around.MaxLon, AreaMinLat = around.MinLat, AreaMaxLat = around.MaxLat });
            parameters.Add("AreaShape", provider == StoreProvider.Postgres ? area.ToWkt() : area.ToGeopolyJson());
            filter.And(InBox(provider, "Area") + (provider == StoreProvider.Postgres
                ? " AND ST_Covers(ST_GeomFromText(@AreaShape, 4326), e.geom)"
                : " AND geopoly_contains_point(@AreaShape, e.lon, e.lat) > 0"), parameters);
        }
        filter.Types(query.Types, "e.type", "e.sub_type");
        if (query.Actors.Count > 0)
        {
            filter.And($"e.id IN (SELECT event_id FROM event_actors WHERE {provider.In("actor_id", "Actors")})", new { Actors = query.Actors.ToArray() });
        }
        if (query.ArticleId is { } articleId)
        {
            filter.And("e.id IN (SELECT event_id FROM event_sources WHERE article_id = @ArticleId)", new { ArticleId = articleId });
        }
        if (query.MinReports > 1)
        {
            filter.And($"{AppearanceSql.ReportCount} >= @MinReports", new { query.MinReports });
        }
        if (query.MinConfidence > 0)
        {
            filter.And("e.confidence >= @MinConfidence", new { query.MinConfidence });
        }
        return filter.Build();
    }

    private static string InBox(StoreProvider provider, string prefix) => provider == StoreProvider.Postgres
        ? $"e.geom && ST_MakeEnvelope(@{prefix}MinLon, @{prefix}MinLat, @{prefix}MaxLon, @{prefix}MaxLat, 4326)"
        : $"e.id IN (SELECT id FROM events_rtree WHERE max_lon >= @{prefix}MinLon AND min_lon <= @{prefix}MaxLon AND max_lat >= @{prefix}MinLat AND min_lat <= @{prefix}MaxLat)";
}
