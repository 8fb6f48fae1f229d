using Dapper;
using MapDashboard.Data.Control;
using MapDashboard.Data.Store;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// Issue #18: writing an article must not cost more the larger the store is. A statement the writer runs for each article
/// that scans a table, or a foreign key whose referencing column no index leads (so removing a parent row scans the child
/// table), grows with the store.
/// </summary>
public class GrowingStoreIndexTests
{
    [Fact]
    public async Task EveryForeignKey_IsLedByAnIndexOnTheReferencingSide()
    {
        using var db = new TempDatabase();
        await using var connection = await db.Factory.OpenAsync();
        await new SchemaMigrator().MigrateAsync(connection);

        var unindexed = new List<string>();
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        foreach (var table in tables)
        {
            var keys = (await connection.QueryAsync<(long Id, long Seq, string Parent, string From)>(
                $"SELECT id, seq, \"table\", \"from\" FROM pragma_foreign_key_list('{table}')")).ToList();
            if (keys.Count == 0)
            {
                continue;
            }
            var leading = (await connection.QueryAsync<string>(
                $"SELECT (SELECT name FROM pragma_index_info(l.name) WHERE seqno = 0) FROM pragma_index_list('{table}') l")).ToHashSet();
            unindexed.AddRange(keys.Where(k => !leading.Contains(k.From)).Select(k => $"{table}.{k.From} -> {k.Parent}"));
        }

        Assert.Empty(unindexed);
    }

    public static TheoryData<string, string> ByArticleStatements => new()
    {
        { "control periods from an article's changes", ControlPeriodSql.InsertFromArticle },
        { "an article's period days", ControlPeriodSql.DatesOfArticle },
        { "an article's periods removed", ControlPeriodSql.DeleteOfArticle },
        { "an article's control changes removed", "DELETE FROM control_changes WHERE article_id = @articleId" },
        { "an article's mentions removed", "DELETE FROM place_mentions WHERE article_id = @articleId" },
        { "an article's band keys removed", AppearanceSql.DeleteBands },
    };

    [Theory]
    [MemberData(nameof(ByArticleStatements))]
    public async Task ByArticleStatement_SearchesAnIndex_RatherThanScanningItsTable(string what, string sql)
    {
        using var db = new TempDatabase();
        await using var connection = await db.Factory.OpenAsync();
        await new SchemaMigrator().MigrateAsync(connection);

        var plan = (await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql,
            new { articleId = 1L, CreatedAt = "2026-01-01" })).Select(r => r.Detail).ToList();

        Assert.True(plan.Count > 0, what);
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StoreFromBeforeTheIndexes_GainsThem_WithItsRowsKept()
    {
        using var db = new TempDatabase();
        await using var connection = await db.Factory.OpenAsync();
        var all = new SchemaMigrator();
        await new SchemaMigrator(all.Migrations.Where(m => m.Version < 35)).MigrateAsync(connection);
        await connection.ExecuteAsync("""
            INSERT INTO articles (content_hash, source, original_text, cleaned_text, offset_map, pipeline_version, ingested_at)
            VALUES ('h', 's', 't', 't', '[]', 'v', '2026-01-01');
            INSERT INTO control_changes (article_id, place_id, place_name, lat, lon, date, new_controller, verb, confidence, excerpt_start, excerpt_end)
            VALUES (1, 'p', 'P', 1, 2, '2026-01-01', 'x', 'captured', 0.9, 0, 5);
            """);

        var applied = await all.MigrateAsync(connection);

        Assert.Contains(35L, applied);
        var indexes = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'index'")).ToHashSet();
        Assert.Superset(new HashSet<string> { "ix_control_changes_article", "ix_control_changes_event", "ix_control_periods_event" }, indexes);
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM control_changes WHERE article_id = 1"));
    }
}
