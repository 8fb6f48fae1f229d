using System.Globalization;
using System.Text.Json;
using Dapper;
using MapDashboard.Data.Corrections;
using System.Data.Common;

namespace MapDashboard.Data.Store;

/// <summary>
/// The event store's write side: one transaction per article, idempotent by content hash, reports of the same
/// event from several articles merged into one event with several sources.
/// </summary>
public sealed class EventStore
{
    private readonly IStoreConnectionFactory _factory;

    /// <summary>Creates a store over the database the factory opens.</summary>
    public EventStore(IStoreConnectionFactory factory)
    {
        _factory = factory;
        Corrections = new CorrectionStore(factory);
    }

    /// <summary>The analysts' corrections kept in the same database.</summary>
    public CorrectionStore Corrections { get; }

    /// <summary>Creates or upgrades the schema.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        await new SchemaMigrator(_factory.Provider).MigrateAsync(connection, cancellationToken);
        await new Outlets.OutletStore(_factory).SeedAsync(cancellationToken);
    }

    /// <summary>Writes one article and everything derived from it, or nothing if any part fails.</summary>
    public async Task<IngestOutcome> IngestAsync(StoredArticle article, CancellationToken cancellationToken = default) =>
        await IngestAsync(article, reprocess: false, cancellationToken);

    /// <summary>
    /// Writes one article and everything derived from it, or nothing if any part fails; with <paramref name="reprocess"/>
    /// a stored article is replaced even when the pipeline has not changed (an analyst changed what it is based on).
    /// </summary>
    public async Task<IngestOutcome> IngestAsync(StoredArticle article, bool reprocess, CancellationToken cancellationToken = default)
    {
        return await IngestAsync(article, reprocess, RemovalCause.Reprocessing, cancellationToken);
    }

    /// <summary>
    /// <see cref="IngestAsync(StoredArticle, bool, CancellationToken)"/>, with what the tombstones of the events and mentions
    /// it removes say removed them.
    /// </summary>
    public async Task<IngestOutcome> IngestAsync(StoredArticle article, bool reprocess, RemovalCause cause, CancellationToken cancellationToken = default)
    {
        // On PostgreSQL concurrent ingesters can deadlock on the rows they share (an event two articles report, a grid
        // cell); the server aborts one of them, which then runs again from the start. SQLite serialises writers instead.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await IngestOnceAsync(article, reprocess, cause, cancellationToken);
            }
            catch (Npgsql.PostgresException ex) when (ex.SqlState is "40P01" or "40001" or "23505" && attempt < 5)
            {
                await Task.Delay(Random.Shared.Next(5, 50) * attempt, cancellationToken);
            }
        }
    }

    private async Task<IngestOutcome> IngestOnceAsync(StoredArticle article, bool reprocess, RemovalCause cause, CancellationToken cancellationToken)
    {
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var outcome = await WriteArticleAsync(connection, transaction, article, reprocess, cause, cancellationToken);
        if (outcome.Status != IngestStatus.Unchanged)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return outcome;
    }

    /// <summary>
    /// Stores a correction (<paramref name="added"/>, whose pending id is replaced by the stored one) or undoes one
    /// (<paramref name="undoneId"/>), and writes the articles it made processed again, in one transaction: either the
    /// correction and all its articles land, or nothing does.
    /// </summary>
    public async Task<(Correction? Correction, IReadOnlyList<IngestOutcome> Outcomes)> WriteCorrectionAsync(Correction? added, long? undoneId,
        IReadOnlyList<StoredArticle> articles, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                Correction? correction = null;
                if (added is not null)
                {
                    correction = await CorrectionStore.InsertAsync(connection, transaction, added, cancellationToken);
                    articles = articles.Select(a => a.WithCorrectionId(added.Id, correction.Id)).ToList();
                }
                if (undoneId is { } undo)
                {
                    correction = await CorrectionStore.MarkUndoneAsync(connection, transaction, undo, cancellationToken);
                }
                var cause = undoneId is { } undone ? new RemovalCause("undo", undone) : new RemovalCause("correction", correction?.Id);
                var outcomes = new List<IngestOutcome>(articles.Count);
                foreach (var article in articles)
                {
                    outcomes.Add(await WriteArticleAsync(connection, transaction, article, reprocess: true, cause, cancellationToken));
                }
                await transaction.CommitAsync(cancellationToken);
                return (correction, outcomes);
            }
            catch (Npgsql.PostgresException ex) when (ex.SqlState is "40P01" or "40001" or "23505" && attempt < 5)
            {
                await Task.Delay(Random.Shared.Next(5, 50) * attempt, cancellationToken);
            }
        }
    }

    private static async Task<IngestOutcome> WriteArticleAsync(DbConnection connection, DbTransaction transaction, StoredArticle article, bool reprocess,
        RemovalCause cause, CancellationToken cancellationToken)
    {
        var existing = await connection.QuerySingleOrDefaultAsync<(long Id, string PipelineVersion)?>(new CommandDefinition(
            "SELECT id, pipeline_version FROM articles WHERE content_hash = @ContentHash",
            new { article.ContentHash }, transaction, cancellationToken: cancellationToken));
        if (existing is { } found && found.PipelineVersion == article.PipelineVersion && !reprocess)
        {
            return new IngestOutcome(found.Id, IngestStatus.Unchanged, 0, 0);
        }
        if (existing is null && await AppearanceStore.FindByHashAsync(connection, transaction, article.ContentHash, cancellationToken) is { } copied)
        {
            return new IngestOutcome(copied, IngestStatus.Unchanged, 0, 0);
        }
        var signature = Core.Duplicates.MinHashSignature.OfText(article.CleanedText);
        if (existing is null && await AppearanceStore.TryStoreAsAppearanceAsync(connection, transaction, article, signature, cancellationToken) is { } original)
        {
            return new IngestOutcome(original.ArticleId, IngestStatus.Appearance, 0, 0);
        }

        long articleId;
        IngestStatus status;
        var ids = RecordIdKeeper.Empty;
        if (existing is { } stale)
        {
            articleId = stale.Id;
            status = IngestStatus.Reprocessed;
            ids = await RecordIdKeeper.LoadAsync(connection, transaction, articleId, cancellationToken);
            await DeleteDerivedRowsAsync(connection, transaction, articleId, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(StoreSql.UpdateArticle, ArticleParameters(article, articleId), transaction, cancellationToken: cancellationToken));
        }
        else
        {
            status = IngestStatus.Added;
            articleId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                StoreSql.InsertArticle, ArticleParameters(article, null), transaction, cancellationToken: cancellationToken));
        }
        var applied = article.AppliedCorrections.ToList();
        if (status == IngestStatus.Added && article.StatedWhenAdded is { } stated)
        {
            applied.Add((await CorrectionStore.InsertAsync(connection, transaction, new Correction(0, CorrectionKind.Article, CorrectionScope.Article,
                article.ContentHash, null, null, stated, "analyst (when added)", default, null), cancellationToken)).Id);
        }

        var sqlite = connection is Microsoft.Data.Sqlite.SqliteConnection;
        foreach (var mention in article.Mentions)
        {
            var mentionId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(StoreSql.InsertMention(sqlite), new
            {
                Id = ids.TakeMention(RecordIdKeeper.MentionKey(mention.Start, mention.End, mention.Text)), ArticleId = articleId, mention.Text, mention.Start, mention.End, Resolved = mention.Resolved ? 1 : 0, mention.PlaceId, mention.PlaceName,
                mention.Lat, mention.Lon, mention.FeatureCode, mention.Country, mention.Admin1, mention.Precision, mention.Confidence,
                mention.Reason, mention.RunnerUpId, mention.CorrectionId,
            }, transaction, cancellationToken: cancellationToken));
            ids.Written(RemovedRecordSql.MentionKind, mentionId);
        }

        foreach (var stored in article.Events)
        {
            var keptId = ids.TakeEvent(RecordIdKeeper.EventKey(stored.ExcerptStart, stored.ExcerptEnd, stored.PlaceId, stored.PlaceName, stored.Type,
                stored.Actor1, stored.Actor2));
            var eventId = await UpsertEventAsync(connection, transaction, stored, keptId, cancellationToken);
            ids.Written(RemovedRecordSql.EventKind, eventId);
            await connection.ExecuteAsync(new CommandDefinition(StoreSql.InsertEventSource, new
            {
                EventId = eventId, ArticleId = articleId, stored.Excerpt, stored.ExcerptStart, stored.ExcerptEnd, stored.ClaimedBy, stored.DateEvidence,
                stored.PlaceStart, stored.PlaceEnd,
            }, transaction, cancellationToken: cancellationToken));
            if (stored is { ControlChange: { } change, Deleted: false })
            {
                await connection.ExecuteAsync(new CommandDefinition(StoreSql.InsertControlChange, new
                {
                    ArticleId = articleId, EventId = eventId, change.PlaceId, change.PlaceName, change.Lat, change.Lon,
                    Date = FormatDate(change.Date), change.NewController, change.PreviousController, change.Verb, change.Confidence,
                    stored.ExcerptStart, stored.ExcerptEnd,
                }, transaction, cancellationToken: cancellationToken));
            }
        }

        await ids.FinishAsync(connection, transaction, articleId, cause, cancellationToken);
        await AppearanceStore.WriteBandsAsync(connection, transaction, articleId, signature, cancellationToken);
        await Control.ControlPeriodStore.ReplaceArticleAsync(connection, transaction, articleId, cancellationToken);

        foreach (var correctionId in applied.Distinct())
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO correction_articles (correction_id, article_id) VALUES (@correctionId, @articleId) ON CONFLICT DO NOTHING",
                new { correctionId, articleId }, transaction, cancellationToken: cancellationToken));
        }

        return new IngestOutcome(articleId, status, article.Events.Count(e => !e.Deleted), article.Mentions.Count, article.Truncated);
    }

    private static async Task<long> UpsertEventAsync(DbConnection connection, DbTransaction transaction, StoredEvent stored, long? keptId,
        CancellationToken cancellationToken)
    {
        var key = stored.MergeKey;
        if (keptId is { } kept && await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                RemovedRecordSql.EventExists, new { id = kept }, transaction, cancellationToken: cancellationToken)) > 0)
        {
            keptId = null; // another article still reports the old event under its old key
        }
        // Insert unless another article's report of the event is there already (ON CONFLICT: with several writers on
        // PostgreSQL, one that is still committing too); then the report is merged into it.
        var inserted = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            StoreSql.InsertEvent(connection is Microsoft.Data.Sqlite.SqliteConnection), new
        {
            Id = keptId, Key = key, DateStart = FormatDate(stored.DateStart), DateEnd = FormatDate(stored.DateEnd ?? stored.DateStart),
            stored.DatePrecision, DayStart = stored.DateStart?.DayNumber, DayEnd = (stored.DateEnd ?? stored.DateStart)?.DayNumber,
            stored.Type, stored.SubType, stored.Actor1, stored.Actor2, AssocActors = JsonSerializer.Serialize(stored.AssocActors),
            stored.PlaceId, stored.PlaceName, stored.Admin1, stored.Lat, stored.Lon, stored.Precision, stored.Confidence,
            Deleted = stored.Deleted ? 1 : 0, stored.CorrectionId,
        }, transaction, cancellationToken: cancellationToken));
        if (inserted is not { } eventId)
        {
            var existingId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT id FROM events WHERE event_key = @key", new { key }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE events SET confidence = CASE WHEN confidence > @Confidence THEN confidence ELSE @Confidence END, deleted = @Deleted, correction_id = @CorrectionId WHERE id = @existingId",
                new { stored.Confidence, Deleted = stored.Deleted ? 1 : 0, stored.CorrectionId, existingId }, transaction, cancellationToken: cancellationToken));
            return existingId;
        }

        // PostgreSQL indexes the point in events.geom itself (a generated column); SQLite keeps an R*Tree beside the table.
        if (stored.Lat is { } lat && stored.Lon is { } lon && connection is Microsoft.Data.Sqlite.SqliteConnection)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat) VALUES (@eventId, @lon, @lon, @lat, @lat)",
                new { eventId, lon, lat }, transaction, cancellationToken: cancellationToken));
        }
        var roles = new List<(string Actor, string Role)>();
        if (stored.Actor1 is not null) roles.Add((stored.Actor1, "actor1"));
        if (stored.Actor2 is not null) roles.Add((stored.Actor2, "actor2"));
        roles.AddRange(stored.AssocActors.Select(a => (a, "assoc")));
        foreach (var (actor, role) in roles.Distinct())
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO event_actors (event_id, actor_id, role) VALUES (@eventId, @actor, @role) ON CONFLICT DO NOTHING",
                new { eventId, actor, role }, transaction, cancellationToken: cancellationToken));
        }
        return eventId;
    }

    private static async Task DeleteDerivedRowsAsync(DbConnection connection, DbTransaction transaction, long articleId, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            connection is Microsoft.Data.Sqlite.SqliteConnection ? StoreSql.DeleteDerivedSqlite : StoreSql.DeleteDerived,
            new { articleId }, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>What a stored article was made from (its source name, text and content hash), or null.</summary>
    public async Task<(string Source, string OriginalText, string ContentHash)?> GetArticleSourceAsync(long articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<(string, string, string)?>(new CommandDefinition(
            "SELECT source, original_text, content_hash FROM articles WHERE id = @articleId", new { articleId }, cancellationToken: cancellationToken));
    }

    private static object ArticleParameters(StoredArticle article, long? id) => new
    {
        Id = id, article.ContentHash, article.Source, article.Title, article.Outlet, article.Author,
        Published = FormatDate(article.Published), article.PublishedPrecision, article.DateEvidence, article.OriginalText,
        article.CleanedText, OffsetMap = article.OffsetMapJson, article.PipelineVersion, IngestedAt = DateTime.UtcNow.ToString("O"),
        DateSetByUser = article.DateSetByUser ? 1 : 0,
        article.DateClue, article.DateNote, DateWeak = article.DateWeak ? 1 : 0,
    };

    private static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
