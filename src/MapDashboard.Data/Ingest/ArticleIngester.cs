using System.Text.Json;
using MapDashboard.Core;
using MapDashboard.Core.Articles;
using MapDashboard.Core.Events;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data.Articles;
using MapDashboard.Data.Corrections;
using MapDashboard.Data.Store;
using System.Data.Common;

namespace MapDashboard.Data.Ingest;

/// <summary>What an analyst states about an article when adding it; null keeps what the text says.</summary>
public sealed record ArticleOverrides(string? Title = null, string? Outlet = null, DateOnly? Published = null);

/// <summary>
/// Reads, geoparses and stores articles, one transaction per article: a bad file is reported and skipped, the rest
/// of the batch lands, and ingesting the same content twice changes nothing.
/// </summary>
public sealed class ArticleIngester(Geoparser geoparser, IEventCoder coder, IControlChangeExtractor controlChanges, EventStore store, ArticleFileReader reader)
{
    /// <summary>Ingests files in order, reporting progress as (done, total).</summary>
    public async Task<IReadOnlyList<IngestFileResult>> IngestAsync(IReadOnlyList<string> files, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new List<IngestFileResult>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(await IngestOneAsync(files[i], cancellationToken));
            progress?.Report((i + 1, files.Count));
        }
        return results;
    }

    private static StoredMention ToStored(CorrectionApplier.CorrectedMention corrected)
    {
        var p = corrected.Place;
        return new StoredMention(p.OriginalText, p.OriginalStart, p.OriginalEnd, p.Resolved, p.Place?.Id, p.Place?.Name, p.Place?.Lat, p.Place?.Lon,
            p.Place?.FeatureCode, p.Place?.CountryCode, p.Place?.Admin1, p.Precision == 0 ? null : p.Precision, p.Confidence, p.Reason,
            p.RunnerUp?.Id, corrected.Correction?.Id);
    }

    private StoredEvent ToStored(CodedEvent e) => new()
    {
        DateStart = e.When.First,
        DateEnd = e.When.Last,
        DatePrecision = e.When.Precision.ToString().ToLowerInvariant(),
        DateEvidence = e.When.Text.Length > 0 ? e.When.Text : null,
        Type = e.Type,
        SubType = e.SubType,
        Actor1 = e.Actor1,
        Actor2 = e.Actor2,
        AssocActors = e.AssocActors,
        PlaceId = e.Location?.Id,
        PlaceName = e.PlaceName,
        Admin1 = e.Location?.Admin1,
        Lat = e.Location?.Lat,
        Lon = e.Location?.Lon,
        Precision = e.Precision,
        Confidence = e.Confidence,
        Excerpt = e.Excerpt,
        ExcerptStart = e.ExcerptStart,
        ExcerptEnd = e.ExcerptEnd,
        ClaimedBy = e.ClaimedBy,
        PlaceStart = e.Where.OriginalStart,
        PlaceEnd = e.Where.OriginalEnd,
        ControlChange = controlChanges.Extract(e),
    };

    /// <summary>
    /// Ingests one uploaded or pasted article from its bytes; what the analyst states (title, outlet, date) wins over
    /// what the text says about itself. Bad input is reported in the result, never thrown.
    /// </summary>
    public Task<IngestFileResult> IngestBytesAsync(string source, byte[] bytes, ArticleOverrides? overrides = null, CancellationToken cancellationToken = default) =>
        ReportingAsync(source, () =>
        {
            var (input, hash) = reader.Decode(source, bytes);
            return StoreAsync(source, input, hash, overrides, cancellationToken);
        });

    private Task<IngestFileResult> IngestOneAsync(string file, CancellationToken cancellationToken) =>
        ReportingAsync(file, async () =>
        {
            var (input, hash) = await reader.ReadAsync(file, cancellationToken);
            return await StoreAsync(file, input, hash, null, cancellationToken);
        });

    /// <summary>Runs one article's ingest, turning a refused read or a failed write into a result with the reason.</summary>
    private static async Task<IngestFileResult> ReportingAsync(string source, Func<Task<IngestFileResult>> ingest)
    {
        try
        {
            return await ingest();
        }
        catch (ArticleReadException ex)
        {
            return new IngestFileResult(source, null, ex.Problem);
        }
        catch (DbException ex)
        {
            return new IngestFileResult(source, null, $"could not be stored, nothing of it was written: {ex.Message}");
        }
    }

    /// <summary>
    /// Processes a stored article again from its stored text, applying every correction in force (after a correction
    /// or an undo).
    /// </summary>
    public async Task<IngestFileResult> ReprocessAsync(long articleId, CancellationToken cancellationToken = default)
    {
        if (await store.GetArticleSourceAsync(articleId, cancellationToken) is not { } stored)
        {
            return new IngestFileResult($"article {articleId}", null, $"there is no article {articleId}");
        }
        var input = new Core.Articles.ArticleInput(stored.Source, stored.OriginalText, Core.Articles.ArticleInput.DetectFormat(stored.Source, stored.OriginalText));
        return await ReportingAsync(stored.Source, () => StoreAsync(stored.Source, input, stored.ContentHash, null, cancellationToken, reprocess: true));
    }

    private async Task<IngestFileResult> StoreAsync(string file, Core.Articles.ArticleInput input, string hash, ArticleOverrides? overrides, CancellationToken cancellationToken,
        bool reprocess = false)
    {
        var stated = overrides is { } given && (given.Title is not null || given.Outlet is not null || given.Published is not null)
            ? new CorrectionPayload { Title = given.Title, Outlet = given.Outlet, Published = given.Published }
            : null;
        var corrections = await store.Corrections.ForArticleAsync(hash, cancellationToken);
        var fix = CorrectionApplier.ApplyToArticle(hash, corrections);
        if (fix.Title is not null || fix.Outlet is not null || fix.Published is not null)
        {
            overrides = new ArticleOverrides(fix.Title ?? overrides?.Title, fix.Outlet ?? overrides?.Outlet, fix.Published ?? overrides?.Published);
        }
        var result = geoparser.Parse(input);
        if (string.IsNullOrWhiteSpace(result.Article.Text))
        {
            throw new ArticleReadException(file, "no article text found (only markup, navigation or boilerplate)");
        }
        if (overrides is not null)
        {
            var m = result.Article.Metadata;
            m = m with { Title = overrides.Title ?? m.Title, Outlet = overrides.Outlet ?? m.Outlet };
            if (overrides.Published is { } published)
            {
                m = m with { Published = published, PublishedPrecision = Core.Articles.DatePrecision.Day, DateTrust = Core.Articles.DateTrust.Trusted, DateEvidence = "set by the analyst", Dating = null };
            }
            result = result with { Article = result.Article with { Metadata = m } };
        }
        var mentions = CorrectionApplier.ApplyToMentions(result.Places, hash, corrections);
        result = result with { Places = mentions.Where(m => !m.NotAPlace).Select(m => m.Place).ToList() };
        var applied = fix.Applied.Select(c => c.Id).Concat(mentions.Where(m => m.Correction is not null).Select(m => m.Correction!.Id)).ToList();
        var events = await ApplyEventCorrectionsAsync(coder.Code(result).Select(ToStored).ToList(), applied, cancellationToken);
        var metadata = result.Article.Metadata;
        var article = new StoredArticle
        {
            ContentHash = hash,
            Source = file,
            Title = metadata.Title,
            Outlet = metadata.Outlet,
            Author = metadata.Author,
            Published = metadata.Published,
            PublishedPrecision = metadata.PublishedPrecision?.ToString().ToLowerInvariant(),
            DateEvidence = metadata.DateEvidence,
            DateClue = metadata.Dating?.Clue is { } clue ? DateClueKinds.Name(clue.Kind) : metadata.Published is null ? null : DateClueKinds.Name(DateClueKind.Stated),
            DateNote = metadata.Dating?.Note,
            DateWeak = metadata.Dating?.Weak ?? false,
            OriginalText = input.OriginalText,
            CleanedText = result.Article.Text,
            OffsetMapJson = JsonSerializer.Serialize(result.Article.Map),
            PipelineVersion = PipelineInfo.Version,
            Mentions = mentions.Select(ToStored).ToList(),
            Events = events,
            DateSetByUser = overrides?.Published is not null,
            StatedWhenAdded = stated,
            AppliedCorrections = applied,
        };
        return new IngestFileResult(file, await store.IngestAsync(article, reprocess, cancellationToken), null);
    }

    /// <summary>
    /// Applies the event corrections in force to freshly coded events, by merge key, oldest first; a correction that
    /// changes the key may let a later one (made on the corrected event) apply in turn.
    /// </summary>
    private async Task<List<StoredEvent>> ApplyEventCorrectionsAsync(List<StoredEvent> events, List<long> applied, CancellationToken cancellationToken)
    {
        var done = new HashSet<long>();
        for (var round = 0; round < 16; round++)
        {
            var pending = (await store.Corrections.ForEventKeysAsync(events.Select(e => e.MergeKey).ToHashSet(StringComparer.Ordinal), cancellationToken))
                .Where(c => !done.Contains(c.Id)).ToList();
            if (pending.Count == 0)
            {
                break;
            }
            foreach (var correction in pending)
            {
                events = events.Select(e => e.MergeKey == correction.TargetKey ? CorrectionApplier.ApplyToEvent(e, correction) : e).ToList();
                done.Add(correction.Id);
                applied.Add(correction.Id);
            }
        }
        return events;
    }
}
