using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using MapDashboard.Data.Control;

namespace MapDashboard.Data.Store;

/// <summary>
/// Writes a batch of articles on PostgreSQL in one transaction with a few round trips for the whole batch instead of
/// about a dozen per article: one read of what every article needs (<see cref="PostgresBatchLookup"/>), the decisions
/// made in memory as one-at-a-time writing would make them (<see cref="PostgresBatchPlan"/>), then each table's rows
/// of all the new articles in multi-row statements and their control periods chained once. Any error throws with
/// nothing of the batch kept (the caller then writes it article by article, each under its own savepoint, so a bad
/// article fails alone).
/// </summary>
internal static class PostgresBatchWriter
{
    /// <summary>
    /// The most articles whose lookups go in one command: each brings up to 20 candidates' shingles (about 40 KB), and a
    /// reply much larger than the socket's buffers keeps the server waiting on the client between its statements.
    /// </summary>
    private const int LookupChunk = 10;

    /// <summary>Writes the batch and commits it; the outcomes are in the articles' order.</summary>
    public static async Task<IReadOnlyList<ArticleWriteResult>> WriteAsync(DbConnection connection, IReadOnlyList<StoredArticle> articles,
        CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        using var commands = StoreCommands.For(connection, transaction);
        var fingerprints = articles.Select(a => a.Fingerprint ?? TextFingerprint.Of(a.CleanedText)).ToArray();
        var lookups = new PostgresBatchLookup[articles.Count];
        foreach (var chunk in Enumerable.Range(0, articles.Count).Chunk(LookupChunk))
        {
            await PostgresBatchLookup.ReadAsync(connection, transaction, articles, fingerprints, 0, chunk, lookups, cancellationToken);
        }
        var plan = new PostgresBatchPlan();
        var results = new List<ArticleWriteResult>(articles.Count);
        for (var position = 0; position < articles.Count;)
        {
            if (plan.TryAdd(articles[position], lookups[position], position) is not { } refused)
            {
                position++;
                continue;
            }
            results.AddRange((await WritePlanAsync(connection, transaction, plan, cancellationToken)).Select(o => new ArticleWriteResult(o, null)));
            if (refused.Length > 0)
            {
                // Band keys the batch took over the cap since the lookup: read again, now that the articles before it are
                // written, this article and the later ones that hold one of those keys.
                var again = Enumerable.Range(position, articles.Count - position)
                    .Where(p => p == position || lookups[p].Keys.Any(refused.Contains)).ToList();
                await PostgresBatchLookup.ReadAsync(connection, transaction, articles, fingerprints, position, again, lookups, cancellationToken);
                continue;
            }
            // An article processed again or with a correction to record: written alone, after the articles before it.
            var outcome = await ArticleRowWriter.WriteAsync(commands, articles[position], reprocess: false, RemovalCause.Reprocessing, cancellationToken);
            results.Add(new ArticleWriteResult(outcome, null));
            plan.Record(articles[position], fingerprints[position], position, outcome);
            position++;
            if (outcome.Status == IngestStatus.Reprocessed && position < articles.Count)
            {
                // Its band keys were replaced: the later articles' lookups are read again.
                await PostgresBatchLookup.ReadAsync(connection, transaction, articles, fingerprints, position,
                    [.. Enumerable.Range(position, articles.Count - position)], lookups, cancellationToken);
            }
        }
        results.AddRange((await WritePlanAsync(connection, transaction, plan, cancellationToken)).Select(o => new ArticleWriteResult(o, null)));
        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    private static async Task<List<IngestOutcome>> WritePlanAsync(DbConnection connection, DbTransaction transaction, PostgresBatchPlan plan,
        CancellationToken cancellationToken)
    {
        if (plan.Entries.Count == 0)
        {
            return [];
        }
        var entries = plan.Entries.ToList();
        var added = plan.AddedArticles.ToList();
        var articleIds = added.Count == 0 ? [] : await MultiRowInsert.Of(StoreSql.InsertArticle).QueryAsync<long>(connection, transaction,
            added.Select(e => ArticleRowWriter.ArticleParameters(e.Article, null, e.Fingerprint)).ToList(), cancellationToken);
        if (articleIds.Count != added.Count)
        {
            throw new InvalidOperationException($"{added.Count} articles inserted, {articleIds.Count} ids returned.");
        }
        plan.Written(articleIds);
        var eventIds = await WriteEventsAsync(connection, transaction, added, cancellationToken);

        var mentions = new List<object>();
        var actors = new List<object>();
        var sources = new List<object>();
        var changes = new List<object>();
        var bands = new List<object>();
        var corrections = new List<object>();
        for (var a = 0; a < added.Count; a++)
        {
            var (article, articleId) = (added[a].Article, articleIds[a]);
            mentions.AddRange(article.Mentions.Select(m => ArticleRowWriter.MentionParameters(m, null, articleId)));
            for (var i = 0; i < article.Events.Count; i++)
            {
                var (eventId, inserted) = eventIds[a][i];
                if (inserted)
                {
                    actors.AddRange(ArticleRowWriter.Roles(article.Events[i]).Select(r => (object)new { eventId, actor = r.Actor, role = r.Role }));
                }
                sources.Add(ArticleRowWriter.SourceParameters(article.Events[i], eventId, articleId));
                if (ArticleRowWriter.ControlChangeParameters(article.Events[i], eventId, articleId) is { } change)
                {
                    changes.Add(change);
                }
            }
            bands.AddRange(AppearanceStore.BandRows(articleId, added[a].Fingerprint.Signature));
            corrections.AddRange(article.AppliedCorrections.Distinct().Select(correctionId => (object)new { correctionId, articleId }));
        }
        var appearances = entries.Where(e => e.Status == IngestStatus.Appearance)
            .Select(e => AppearanceStore.AppearanceRow(e.Article, plan.IdOf(e), e.Verdict!)).ToList();
        await MultiRowInsert.ExecuteTogetherAsync(connection, transaction, [
            (MultiRowInsert.Of(StoreSql.InsertMention(sqlite: false)), mentions),
            (MultiRowInsert.Of(StoreSql.InsertEventActor), actors),
            (MultiRowInsert.Of(StoreSql.InsertEventSource), sources),
            (MultiRowInsert.Of(StoreSql.InsertControlChange), changes),
            (MultiRowInsert.Of(AppearanceSql.InsertBand), bands),
            (MultiRowInsert.Of(AppearanceSql.Insert), appearances),
            (MultiRowInsert.Of(StoreSql.InsertCorrectionArticle), corrections),
        ], cancellationToken);
        await WriteControlPeriodsAsync(connection, transaction, added.Select((e, a) => (e.Article, articleIds[a])).ToList(), cancellationToken);

        return entries.Select(e => e.Status == IngestStatus.Added
            ? new IngestOutcome(plan.IdOf(e), IngestStatus.Added, e.Article.Events.Count(v => !v.Deleted), e.Article.Mentions.Count, e.Article.Truncated)
            : new IngestOutcome(plan.IdOf(e), e.Status, 0, 0)).ToList();
    }

    /// <summary>
    /// Inserts the new articles' events in one statement; a report whose event is stored already (by an earlier report of
    /// the batch or before it) is merged into it as <see cref="ArticleRowWriter.MergeIntoStoredAsync"/> would merge the
    /// reports one by one: the highest confidence, the last report's deletion and correction. Returns each report's event
    /// id, and whether that report inserted the event.
    /// </summary>
    private static async Task<List<(long Id, bool Inserted)[]>> WriteEventsAsync(DbConnection connection, DbTransaction transaction,
        List<PostgresBatchPlan.Entry> added, CancellationToken cancellationToken)
    {
        var reports = added.SelectMany(e => e.Article.Events).ToList();
        var inserted = reports.Count == 0 ? [] : (await MultiRowInsert.Of(StoreSql.InsertEventReturningKey).QueryAsync<(long Id, string Key)>(connection,
                transaction, reports.Select(e => ArticleRowWriter.EventParameters(e, null)).ToList(), cancellationToken))
            .ToDictionary(e => e.Key, e => e.Id, StringComparer.Ordinal);
        var insertedBy = new HashSet<StoredEvent>(ReferenceEqualityComparer.Instance);
        var merged = new Dictionary<string, (double Confidence, bool Deleted, long? CorrectionId)>(StringComparer.Ordinal);
        var ids = new Dictionary<string, long>(inserted, StringComparer.Ordinal);
        foreach (var report in reports)
        {
            // The first report of a key inserted it (rows go in order); every other one merges into it.
            if (inserted.Remove(report.MergeKey))
            {
                insertedBy.Add(report);
                continue;
            }
            merged[report.MergeKey] = merged.TryGetValue(report.MergeKey, out var before)
                ? (Math.Max(before.Confidence, report.Confidence), report.Deleted, report.CorrectionId)
                : (report.Confidence, report.Deleted, report.CorrectionId);
        }
        if (merged.Count > 0)
        {
            var sql = new StringBuilder("UPDATE events e SET confidence = CASE WHEN e.confidence > v.c THEN e.confidence ELSE v.c END, deleted = v.d, correction_id = v.r FROM (VALUES ");
            var parameters = new DynamicParameters();
            var n = 0;
            foreach (var (key, (confidence, deleted, correctionId)) in merged)
            {
                var i = n++.ToString(CultureInfo.InvariantCulture);
                sql.Append(n > 1 ? ", " : "").Append($"(CAST(@k{i} AS text), CAST(@c{i} AS double precision), CAST(@d{i} AS bigint), CAST(@r{i} AS bigint))");
                parameters.Add("k" + i, key);
                parameters.Add("c" + i, confidence);
                parameters.Add("d" + i, deleted ? 1L : 0L);
                parameters.Add("r" + i, correctionId, System.Data.DbType.Int64);
            }
            sql.Append(") v(k, c, d, r) WHERE e.event_key = v.k RETURNING e.id, e.event_key");
            foreach (var (id, key) in await connection.QueryAsync<(long, string)>(new CommandDefinition(sql.ToString(), parameters, transaction,
                         cancellationToken: cancellationToken)))
            {
                ids[key] = id;
            }
        }
        return added.Select(e => e.Article.Events.Select(v => (ids[v.MergeKey], insertedBy.Contains(v))).ToArray()).ToList();
    }

    /// <summary>
    /// The new articles' control changes as periods, then the periods around each of their places and days chained again
    /// (<see cref="ControlPeriodSql.RechainAround"/>): a period's end and status depend only on the place's periods, not
    /// on the order they came in, so chaining around every day the batch added, once, gives what chaining after each
    /// article gave.
    /// </summary>
    private static async Task WriteControlPeriodsAsync(DbConnection connection, DbTransaction transaction, List<(StoredArticle Article, long Id)> added,
        CancellationToken cancellationToken)
    {
        var sql = new StringBuilder();
        var parameters = new DynamicParameters(new { CreatedAt = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture) });
        var touched = new SortedSet<(string Place, string From)>(Comparer<(string Place, string From)>.Create((x, y) =>
            string.CompareOrdinal(x.Place, y.Place) is var c and not 0 ? c : string.CompareOrdinal(x.From, y.From)));
        foreach (var (article, id) in added)
        {
            var dated = article.Events.Where(e => e is { ControlChange.Date: not null, Deleted: false }).Select(e => e.ControlChange!).ToList();
            if (dated.Count == 0)
            {
                continue;
            }
            var a = "a" + id.ToString(CultureInfo.InvariantCulture);
            sql.Append(ControlPeriodSql.InsertFromArticle.Replace("@articleId", "@" + a, StringComparison.Ordinal)).Append(";\n");
            parameters.Add(a, id);
            touched.UnionWith(dated.Select(c => (c.PlaceId, c.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }
        var n = 0;
        foreach (var (place, from) in touched)
        {
            var i = (n++).ToString(CultureInfo.InvariantCulture);
            sql.Append(ControlPeriodSql.RechainAround.Replace("@place", "@place" + i, StringComparison.Ordinal).Replace("@from", "@from" + i, StringComparison.Ordinal))
                .Append(";\n");
            parameters.Add("place" + i, place);
            parameters.Add("from" + i, from);
        }
        if (sql.Length > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(sql.ToString(), parameters, transaction, cancellationToken: cancellationToken));
        }
    }
}
