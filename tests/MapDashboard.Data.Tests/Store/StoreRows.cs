using Dapper;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// Every row an ingest writes, as sorted lines of text, for comparing two stores fed the same articles. Article, event,
/// mention and appearance ids are replaced by their rank: PostgreSQL draws a sequence value for a report that then
/// merges into a stored event, and a batch it refused is written again article by article with new values, so its ids
/// may have gaps where SQLite's have none.
/// </summary>
internal static class StoreRows
{
    /// <summary>The store's rows, one line each, sorted.</summary>
    public static async Task<List<string>> ReadAsync(TestStore db)
    {
        await using var connection = await db.OpenAsync();
        async Task<Dictionary<long, long>> RankAsync(string table) =>
            (await connection.QueryAsync<long>($"SELECT id FROM {table} ORDER BY id")).Select((id, i) => (id, (long)i + 1)).ToDictionary();
        var article = await RankAsync("articles");
        var evt = await RankAsync("events");
        var mention = await RankAsync("place_mentions");
        var appearance = await RankAsync("article_appearances");
        var rows = new List<string>();
        rows.AddRange((await connection.QueryAsync<(long, string)>("SELECT id, content_hash FROM articles")).Select(r => $"a|{article[r.Item1]}|{r.Item2}"));
        rows.AddRange((await connection.QueryAsync<(long, long, string, double?, long)>("SELECT id, article_id, text, lat, CAST(precision AS bigint) FROM place_mentions"))
            .Select(r => $"m|{mention[r.Item1]}|{article[r.Item2]}|{r.Item3}|{r.Item4}|{r.Item5}"));
        rows.AddRange((await connection.QueryAsync<(long, double, long, string)>("SELECT id, confidence, CAST(deleted AS bigint), event_key FROM events"))
            .Select(r => $"e|{evt[r.Item1]}|{r.Item2}|{r.Item3}|{r.Item4}"));
        rows.AddRange((await connection.QueryAsync<(long, string, string)>("SELECT event_id, actor_id, role FROM event_actors"))
            .Select(r => $"r|{evt[r.Item1]}|{r.Item2}|{r.Item3}"));
        rows.AddRange((await connection.QueryAsync<(long, long, string)>("SELECT event_id, article_id, excerpt FROM event_sources"))
            .Select(r => $"s|{evt[r.Item1]}|{article[r.Item2]}|{r.Item3}"));
        rows.AddRange((await connection.QueryAsync<(long, long, string, string)>("SELECT event_id, article_id, place_id, new_controller FROM control_changes"))
            .Select(r => $"c|{evt[r.Item1]}|{article[r.Item2]}|{r.Item3}|{r.Item4}"));
        rows.AddRange((await connection.QueryAsync<(long, long)>("SELECT band_key, article_id FROM article_bands")).Select(r => $"b|{r.Item1}|{article[r.Item2]}"));
        rows.AddRange((await connection.QueryAsync<(long, long, string, string)>("SELECT id, article_id, content_hash, kind FROM article_appearances"))
            .Select(r => $"x|{appearance[r.Item1]}|{article[r.Item2]}|{r.Item3}|{r.Item4}"));
        rows.AddRange((await connection.QueryAsync<(string, string, string?, string, string, long)>(
                "SELECT place_id, valid_from, valid_to, status, controller, article_id FROM control_periods"))
            .Select(r => $"p|{r.Item1}|{r.Item2}|{r.Item3}|{r.Item4}|{r.Item5}|{article[r.Item6]}"));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
