using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using MapDashboard.Data.Corrections;

namespace MapDashboard.Data.Store;

/// <summary>
/// Writes one article and everything derived from it inside a transaction the caller holds: the article row, its place
/// mentions, its events (merged with other articles' reports of the same event), sources, control changes and
/// tombstones. <see cref="EventStore"/> decides how many articles share a transaction.
/// </summary>
internal static class ArticleRowWriter
{
    /// <summary>
    /// Writes one article (or replaces a stored one of another pipeline version, or with <paramref name="reprocess"/>);
    /// an article already stored by the same pipeline is left alone (<see cref="IngestStatus.Unchanged"/>).
    /// </summary>
    public static async Task<IngestOutcome> WriteAsync(StoreCommands commands, StoredArticle article, bool reprocess, RemovalCause cause,
        CancellationToken cancellationToken)
    {
        var (connection, transaction) = (commands.Connection, commands.Transaction);
        // PostgreSQL: the three lookups below in one round trip.
        var lookup = commands.Sqlite ? null : await PostgresArticleLookup.ReadAsync(connection, transaction, article, cancellationToken);
        var existing = lookup is not null ? lookup.Existing : FindStored(commands, article.ContentHash);
        if (existing is { } found && found.PipelineVersion == article.PipelineVersion && !reprocess)
        {
            return new IngestOutcome(found.Id, IngestStatus.Unchanged, 0, 0);
        }
        if (existing is null && (lookup is not null ? lookup.CopiedTo
                : await commands.ScalarAsync(AppearanceSql.FindByHash, new { article.ContentHash }, cancellationToken)) is { } copied)
        {
            return new IngestOutcome(copied, IngestStatus.Unchanged, 0, 0);
        }
        // Made on an ingest worker already, unless the article was prepared elsewhere.
        var fingerprint = lookup?.Fingerprint ?? article.Fingerprint ?? TextFingerprint.Of(article.CleanedText);
        var signature = fingerprint.Signature;
        if (existing is null && await AppearanceStore.TryStoreAsAppearanceAsync(commands, article, fingerprint, lookup?.Candidates,
                cancellationToken) is { } original)
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
            commands.Memo.Forget(); // its rows are removed below, and tombstones written at the end
            ids = await RecordIdKeeper.LoadAsync(connection, transaction, articleId, cancellationToken);
            await DeleteDerivedRowsAsync(connection, transaction, articleId, cancellationToken);
            if (await KeepsStoredOutletAsync(connection, transaction, article, stale.Outlet, cancellationToken))
            {
                article = article with { Outlet = stale.Outlet };
            }
            await connection.ExecuteAsync(new CommandDefinition(StoreSql.UpdateArticle, ArticleParameters(article, articleId, fingerprint), transaction,
                cancellationToken: cancellationToken));
        }
        else
        {
            status = IngestStatus.Added;
            articleId = (await commands.ScalarAsync(StoreSql.InsertArticle, ArticleParameters(article, null, fingerprint), cancellationToken))!.Value;
        }
        var applied = article.AppliedCorrections.ToList();
        if (status == IngestStatus.Added && article.StatedWhenAdded is { } stated)
        {
            applied.Add((await CorrectionStore.InsertAsync(connection, transaction, new Correction(0, CorrectionKind.Article, CorrectionScope.Article,
                article.ContentHash, null, null, stated, "analyst (when added)", default, null), cancellationToken)).Id);
        }

        if (!commands.Sqlite && status == IngestStatus.Added)
        {
            // A new article on PostgreSQL: its rows go table by table, many rows per statement (one round trip each).
            // Its band keys go with the last of them.
            await PostgresArticleRows.WriteAsync(connection, transaction, article, articleId, ids, AppearanceStore.BandRows(articleId, signature), cancellationToken);
        }
        else
        {
            await WriteRowByRowAsync(commands, article, articleId, ids, cancellationToken);
            await AppearanceStore.WriteBandsAsync(commands, articleId, signature, fresh: status == IngestStatus.Added, cancellationToken);
        }

        await ids.FinishAsync(connection, transaction, articleId, cause, cancellationToken);
        if (status != IngestStatus.Added)
        {
            commands.Memo.Forget();
        }
        if (status != IngestStatus.Added || article.Events.Any(e => e is { ControlChange.Date: not null, Deleted: false }))
        {
            // A new article has no periods to replace, and makes none without a dated control change.
            await Control.ControlPeriodStore.ReplaceArticleAsync(commands, articleId, cancellationToken);
        }

        foreach (var correctionId in applied.Distinct())
        {
            await connection.ExecuteAsync(new CommandDefinition(StoreSql.InsertCorrectionArticle, new { correctionId, articleId }, transaction,
                cancellationToken: cancellationToken));
        }

        return new IngestOutcome(articleId, status, article.Events.Count(e => !e.Deleted), article.Mentions.Count, article.Truncated);
    }

    /// <summary>The stored article with this content hash (SQLite, on the transaction's prepared command), or null.</summary>
    private static (long Id, string PipelineVersion, string? Outlet)? FindStored(StoreCommands commands, string contentHash)
    {
        using var reader = commands.Reading(StoreSql.FindArticleByHash, new { ContentHash = contentHash }).ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)) : null;
    }

    /// <summary>
    /// Whether an article processed again keeps its stored outlet rather than the one read again (issue #19): unless this
    /// processing decides the outlet (<see cref="StoredArticle.DecidesOutlet"/>), a stored outlet the outlets table knows
    /// stands against a name it does not know, such as the old name of a renamed outlet. A name read better by a newer
    /// pipeline still replaces one the outlets table does not know either.
    /// </summary>
    private static async Task<bool> KeepsStoredOutletAsync(DbConnection connection, DbTransaction transaction, StoredArticle article, string? stored,
        CancellationToken cancellationToken)
    {
        if (article.DecidesOutlet || stored is null || string.Equals(stored, article.Outlet, StringComparison.Ordinal))
        {
            return false;
        }
        return await Outlets.OutletStore.KnowsAsync(connection, transaction, stored, cancellationToken)
            && (article.Outlet is null || !await Outlets.OutletStore.KnowsAsync(connection, transaction, article.Outlet, cancellationToken));
    }

    /// <summary>The article's mentions, events, their sources and control changes, one statement per row.</summary>
    private static async Task WriteRowByRowAsync(StoreCommands commands, StoredArticle article, long articleId, RecordIdKeeper ids,
        CancellationToken cancellationToken)
    {
        foreach (var mention in article.Mentions)
        {
            var keptId = ids.TakeMention(RecordIdKeeper.MentionKey(mention.Start, mention.End, mention.Text));
            var mentionId = await commands.ScalarAsync(StoreSql.InsertMention(commands.Sqlite),
                MentionParameters(mention, keptId ?? NextId(commands, RemovedRecordSql.MentionKind), articleId), cancellationToken);
            ids.Written(RemovedRecordSql.MentionKind, mentionId!.Value);
            Took(commands, RemovedRecordSql.MentionKind, keptId, mentionId.Value);
        }

        foreach (var stored in article.Events)
        {
            var keptId = ids.TakeEvent(RecordIdKeeper.EventKey(stored.ExcerptStart, stored.ExcerptEnd, stored.PlaceId, stored.PlaceName, stored.Type,
                stored.Actor1, stored.Actor2));
            var eventId = await UpsertEventAsync(commands, stored, keptId, cancellationToken);
            ids.Written(RemovedRecordSql.EventKind, eventId);
            await commands.ExecuteAsync(StoreSql.InsertEventSource, SourceParameters(stored, eventId, articleId), cancellationToken);
            if (ControlChangeParameters(stored, eventId, articleId) is { } change)
            {
                await commands.ExecuteAsync(StoreSql.InsertControlChange, change, cancellationToken);
            }
        }
    }

    /// <summary>The parameters of <see cref="StoreSql.InsertMention"/>.</summary>
    internal static object MentionParameters(StoredMention mention, long? id, long articleId) => new
    {
        Id = id, ArticleId = articleId, mention.Text, mention.Start, mention.End, Resolved = mention.Resolved ? 1 : 0, mention.PlaceId, mention.PlaceName,
        mention.Lat, mention.Lon, mention.FeatureCode, mention.Country, mention.Admin1, mention.Precision, mention.Confidence,
        mention.Reason, mention.RunnerUpId, mention.CorrectionId,
    };

    /// <summary>The parameters of <see cref="StoreSql.InsertEvent"/>.</summary>
    internal static object EventParameters(StoredEvent stored, long? id) => new
    {
        Id = id, Key = stored.MergeKey, DateStart = FormatDate(stored.DateStart), DateEnd = FormatDate(stored.DateEnd ?? stored.DateStart),
        stored.DatePrecision, DayStart = stored.DateStart?.DayNumber, DayEnd = (stored.DateEnd ?? stored.DateStart)?.DayNumber,
        stored.Type, stored.SubType, stored.Actor1, stored.Actor2, AssocActors = JsonSerializer.Serialize(stored.AssocActors),
        stored.PlaceId, stored.PlaceName, stored.Admin1, stored.Lat, stored.Lon, stored.Precision, stored.Confidence,
        Deleted = stored.Deleted ? 1 : 0, stored.CorrectionId,
    };

    /// <summary>The parameters of <see cref="StoreSql.InsertEventSource"/>.</summary>
    internal static object SourceParameters(StoredEvent stored, long eventId, long articleId) => new
    {
        EventId = eventId, ArticleId = articleId, stored.Excerpt, stored.ExcerptStart, stored.ExcerptEnd, stored.ClaimedBy, stored.DateEvidence,
        stored.PlaceStart, stored.PlaceEnd,
    };

    /// <summary>The parameters of <see cref="StoreSql.InsertControlChange"/>, or null when the event changes no control.</summary>
    internal static object? ControlChangeParameters(StoredEvent stored, long eventId, long articleId) => stored is { ControlChange: { } change, Deleted: false }
        ? new
        {
            ArticleId = articleId, EventId = eventId, change.PlaceId, change.PlaceName, change.Lat, change.Lon,
            Date = FormatDate(change.Date), change.NewController, change.PreviousController, change.Verb, change.Confidence,
            stored.ExcerptStart, stored.ExcerptEnd,
            LocationPrecision = change.Precision,
            Status = change.Contested ? "contested" : "held",
        }
        : null;

    /// <summary>The actors of a newly inserted event in their roles (<see cref="StoreSql.InsertEventActor"/>), each once.</summary>
    internal static IEnumerable<(string Actor, string Role)> Roles(StoredEvent stored)
    {
        var roles = new List<(string Actor, string Role)>();
        if (stored.Actor1 is not null) roles.Add((stored.Actor1, "actor1"));
        if (stored.Actor2 is not null) roles.Add((stored.Actor2, "actor2"));
        roles.AddRange(stored.AssocActors.Select(a => (a, "assoc")));
        return roles.Distinct();
    }

    /// <summary>
    /// Merges an article's report into the event another report (of this article or another) stored under the same key:
    /// the higher confidence, and this report's deletion and correction. Returns the event's id.
    /// </summary>
    internal static async Task<long> MergeIntoStoredAsync(DbConnection connection, DbTransaction transaction, StoredEvent stored, CancellationToken cancellationToken)
    {
        var existingId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT id FROM events WHERE event_key = @key", new { key = stored.MergeKey }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE events SET confidence = CASE WHEN confidence > @Confidence THEN confidence ELSE @Confidence END, deleted = @Deleted, correction_id = @CorrectionId WHERE id = @existingId",
            new { stored.Confidence, Deleted = stored.Deleted ? 1 : 0, stored.CorrectionId, existingId }, transaction, cancellationToken: cancellationToken));
        return existingId;
    }

    private static async Task<long> UpsertEventAsync(StoreCommands commands, StoredEvent stored, long? keptId, CancellationToken cancellationToken)
    {
        if (keptId is { } kept && await commands.ScalarAsync(RemovedRecordSql.EventExists, new { id = kept }, cancellationToken) > 0)
        {
            keptId = null; // another article still reports the old event under its old key
        }
        // Insert unless another article's report of the event is there already (ON CONFLICT: with several writers on
        // PostgreSQL, one that is still committing too); then the report is merged into it.
        var inserted = await commands.ScalarAsync(StoreSql.InsertEvent(commands.Sqlite), EventParameters(stored, keptId ?? NextId(commands, RemovedRecordSql.EventKind)),
            cancellationToken);
        if (inserted is not { } eventId)
        {
            return await MergeIntoStoredAsync(commands.Connection, commands.Transaction, stored, cancellationToken);
        }
        Took(commands, RemovedRecordSql.EventKind, keptId, eventId);

        // PostgreSQL indexes the point in events.geom itself (a generated column); SQLite keeps an R*Tree beside the table.
        if (stored.Lat is { } lat && stored.Lon is { } lon && commands.Sqlite)
        {
            await commands.ExecuteAsync(StoreSql.InsertEventPoint, new { eventId, lon, lat }, cancellationToken);
        }
        foreach (var (actor, role) in Roles(stored))
        {
            await commands.ExecuteAsync(StoreSql.InsertEventActor, new { eventId, actor, role }, cancellationToken);
        }
        return eventId;
    }

    /// <summary>
    /// SQLite: the id a new event or mention takes when the transaction knows it (<see cref="WriterMemo"/>), else null and
    /// the insert finds it (<see cref="RemovedRecordSql.NextId"/>: two look-ups of a highest id per row). PostgreSQL: null.
    /// </summary>
    private static long? NextId(StoreCommands commands, string kind) => commands.Sqlite ? commands.Memo.NextId(kind) : null;

    /// <summary>SQLite: a new row was written under <paramref name="id"/>, which the transaction's next id follows (not a kept id: the highest stays as it was).</summary>
    private static void Took(StoreCommands commands, string kind, long? keptId, long id)
    {
        if (commands.Sqlite && keptId is null)
        {
            commands.Memo.Took(kind, id);
        }
    }

    private static async Task DeleteDerivedRowsAsync(DbConnection connection, DbTransaction transaction, long articleId, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            connection is Microsoft.Data.Sqlite.SqliteConnection ? StoreSql.DeleteDerivedSqlite : StoreSql.DeleteDerived,
            new { articleId }, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>The parameters of <see cref="StoreSql.InsertArticle"/> and <see cref="StoreSql.UpdateArticle"/>.</summary>
    internal static object ArticleParameters(StoredArticle article, long? id, TextFingerprint fingerprint) => new
    {
        Id = id, article.ContentHash, article.Source, article.Title, article.Outlet, article.Author,
        Published = FormatDate(article.Published), article.PublishedPrecision, article.DateEvidence, article.OriginalText,
        article.CleanedText, Shingles = fingerprint.ShinglesBlob(), OffsetMap = article.OffsetMapJson, article.PipelineVersion, IngestedAt = DateTime.UtcNow.ToString("O"),
        DateSetByUser = article.DateSetByUser ? 1 : 0,
        article.DateClue, article.DateNote, DateWeak = article.DateWeak ? 1 : 0,
    };

    private static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
