using System.Data.Common;
using System.Globalization;
using Dapper;
using MapDashboard.Core.Events;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;

namespace MapDashboard.Data.Corrections;

/// <summary>What a correction or an undo did: the correction, and each article processed again; or why it was refused.</summary>
public sealed record CorrectionResult(Correction? Correction, IReadOnlyList<IngestFileResult> Reprocessed, string? Error)
{
    /// <summary>Whether it was refused because its target (a mention, event, article or correction) does not exist.</summary>
    public bool NotFound { get; init; }

    /// <summary>Whether the correction was stored (or undone) and applied.</summary>
    public bool Succeeded => Error is null;

    /// <summary>A refusal, naming what is wrong.</summary>
    public static CorrectionResult Refused(string error) => new(null, [], error);

    /// <summary>A refusal because the target does not exist, naming it.</summary>
    public static CorrectionResult Missing(string error) => new(null, [], error) { NotFound = true };
}

/// <summary>
/// The analyst's corrections end to end: checks a correction against what is stored, logs it, and processes again every
/// article it concerns, so the correction takes effect through the same path that re-applies it after a re-ingest.
/// </summary>
public sealed class Corrector(ArticleIngester ingester, EventStore store, IStoreConnectionFactory factory)
{
    /// <summary>Says which place a mention means, or that it is not a place, in its article or wherever the words appear.</summary>
    public async Task<CorrectionResult> CorrectMentionAsync(long mentionId, CorrectionScope scope, CorrectionPlace? place, bool notAPlace, string author,
        CancellationToken cancellationToken = default)
    {
        if ((place is null) == !notAPlace)
        {
            return CorrectionResult.Refused("choose either a place or \"not a place\"");
        }
        if (place is not null && (place.Lat is < -90 or > 90 || place.Lon is < -180 or > 180 || string.IsNullOrWhiteSpace(place.Name) || string.IsNullOrWhiteSpace(place.Id)))
        {
            return CorrectionResult.Refused($"the place '{place.Name}' needs an id, a name and coordinates within -90..90, -180..180");
        }
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var mention = await connection.QuerySingleOrDefaultAsync<(string Text, long Start, string Hash)?>(new CommandDefinition(
            "SELECT m.text, m.start_offset, a.content_hash FROM place_mentions m JOIN articles a ON a.id = m.article_id WHERE m.id = @mentionId",
            new { mentionId }, cancellationToken: cancellationToken));
        if (mention is not { } m)
        {
            return CorrectionResult.Missing($"there is no place mention {mentionId}");
        }
        return await ApplyAsync(new Correction(0, CorrectionKind.Mention, scope, scope == CorrectionScope.Article ? m.Hash : null, m.Text,
            scope == CorrectionScope.Article ? m.Start.ToString(CultureInfo.InvariantCulture) : null,
            new CorrectionPayload { Place = place, NotAPlace = notAPlace }, Author(author), default, null), cancellationToken);
    }

    /// <summary>Fixes an article's title, outlet or publication date (every event of it is dated again).</summary>
    public async Task<CorrectionResult> CorrectArticleAsync(long articleId, string? title, string? outlet, DateOnly? published, string author,
        CancellationToken cancellationToken = default)
    {
        title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        outlet = string.IsNullOrWhiteSpace(outlet) ? null : outlet.Trim();
        if (title is null && outlet is null && published is null)
        {
            return CorrectionResult.Refused("give a title, an outlet or a date to correct");
        }
        if ((Core.Articles.ArticleFieldLimits.Refusal(title, outlet) ?? Core.Articles.PlausibleDates.Refusal(published, "published")) is { } refusal)
        {
            return CorrectionResult.Refused(refusal);
        }
        if (await store.GetArticleSourceAsync(articleId, cancellationToken) is not { } article)
        {
            return CorrectionResult.Missing($"there is no article {articleId}");
        }
        return await ApplyAsync(new Correction(0, CorrectionKind.Article, CorrectionScope.Article, article.ContentHash, null, null,
            new CorrectionPayload { Title = title, Outlet = outlet, Published = published }, Author(author), default, null), cancellationToken);
    }

    /// <summary>Fixes an event's type, actors, date or control change, or deletes it, in every article that reports it.</summary>
    public async Task<CorrectionResult> CorrectEventAsync(long eventId, CorrectionPayload fix, string author, CancellationToken cancellationToken = default)
    {
        if (fix.Place is not null || fix.NotAPlace || fix.Title is not null || fix.Outlet is not null || fix.Published is not null)
        {
            return CorrectionResult.Refused("an event correction fixes the type, actors, date, control change or deletes the event; correct places on their mention");
        }
        if (fix is { Type: null, SubType: null, Actor1: null, Actor2: null, Date: null, Delete: false, Control: null })
        {
            return CorrectionResult.Refused("nothing to correct: give a type, actors, a date, a control change, or delete");
        }
        if (fix.Type is { } type && (!EventType.SubTypes.TryGetValue(type, out var subTypes) || fix.SubType is not { } sub || !subTypes.Contains(sub)))
        {
            return CorrectionResult.Refused($"'{type} / {fix.SubType}' is not an ACLED event type and sub-event type");
        }
        if (fix.Type is null && fix.SubType is not null)
        {
            return CorrectionResult.Refused("give the event type with its sub-event type");
        }
        if ((Core.Articles.PlausibleDates.Refusal(fix.Date, "date") ?? Core.Articles.PlausibleDates.Refusal(fix.DateEnd, "dateEnd")) is { } refusal)
        {
            return CorrectionResult.Refused(refusal);
        }
        if (fix.DateEnd is { } end && (fix.Date is not { } start || end < start))
        {
            return CorrectionResult.Refused("an end date needs a start date on or before it");
        }
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var key = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT event_key FROM events WHERE id = @eventId", new { eventId }, cancellationToken: cancellationToken));
        if (key is null)
        {
            return CorrectionResult.Missing($"there is no event {eventId}");
        }
        return await ApplyAsync(new Correction(0, CorrectionKind.Event, CorrectionScope.Everywhere, null, null, key, fix, Author(author), default, null),
            cancellationToken);
    }

    /// <summary>Undoes a correction: what it changed is processed again without it.</summary>
    public async Task<CorrectionResult> UndoAsync(long correctionId, CancellationToken cancellationToken = default)
    {
        if (await store.Corrections.GetAsync(correctionId, cancellationToken) is not { } correction)
        {
            return CorrectionResult.Missing($"there is no correction {correctionId}");
        }
        if (!correction.Active)
        {
            return CorrectionResult.Refused($"correction {correctionId} was already undone on {correction.UndoneAt:yyyy-MM-dd HH:mm} UTC");
        }
        return await WriteAsync(new CorrectionOverlay(null, correctionId), correction, cancellationToken);
    }

    private Task<CorrectionResult> ApplyAsync(Correction draft, CancellationToken cancellationToken) =>
        WriteAsync(new CorrectionOverlay(draft with { Id = CorrectionOverlay.PendingId, CreatedAt = DateTime.UtcNow }, null), null, cancellationToken);

    /// <summary>
    /// Processes every article the correction concerns again with the correction added or undone in memory, then writes
    /// the correction and those articles in one transaction: when an article cannot be processed or stored, nothing is.
    /// </summary>
    private async Task<CorrectionResult> WriteAsync(CorrectionOverlay overlay, Correction? undone, CancellationToken cancellationToken)
    {
        var affected = await store.Corrections.AffectedArticlesAsync(overlay.Added ?? undone!, cancellationToken);
        var prepared = new List<PreparedArticle>(affected.Count);
        foreach (var id in affected)
        {
            var article = await ingester.PrepareReprocessAsync(id, overlay, cancellationToken);
            if (article.Error is { } error)
            {
                return CorrectionResult.Refused($"{article.Source} could not be processed again, so nothing was changed: {error}");
            }
            prepared.Add(article);
        }
        try
        {
            var (correction, outcomes) = await store.WriteCorrectionAsync(overlay.Added, overlay.RemovedId, prepared.Select(p => p.Article!).ToList(), cancellationToken);
            return new CorrectionResult(correction, prepared.Zip(outcomes, (p, o) => new IngestFileResult(p.Source, o, null)).ToList(), null);
        }
        catch (DbException ex)
        {
            return CorrectionResult.Refused($"the correction and its {prepared.Count} article(s) could not be stored, nothing was changed: {ex.Message}");
        }
    }

    private static string Author(string author)
    {
        var name = author?.Trim() ?? "";
        return name.Length == 0 ? "analyst" : name[..Math.Min(name.Length, 100)];
    }
}
