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
/// Reads, geoparses and stores articles, each article all or nothing: a bad file is reported and skipped, the rest
/// of the batch lands, and ingesting the same content twice changes nothing.
/// </summary>
/// <param name="limits">The most mentions and events one article stores (<see cref="IngestLimits.Default"/> when not given).</param>
public sealed class ArticleIngester(Geoparser geoparser, IEventCoder coder, IControlChangeExtractor controlChanges, EventStore store, ArticleFileReader reader,
    IngestLimits? limits = null)
{
    /// <summary>The most mentions and events one article stores.</summary>
    public IngestLimits Limits { get; } = limits ?? IngestLimits.Default;

    /// <summary>The most articles written in one transaction by <see cref="IngestAsync"/> (<see cref="EventStore.BatchLimit"/>).</summary>
    public int WriteBatchSize => store.BatchLimit;

    /// <summary>
    /// Ingests files in order, reporting progress as (done, total). Reading, geoparsing and coding run on
    /// <paramref name="jobs"/> workers (default: one per core); the store is written in the files' order, up to
    /// <see cref="WriteBatchSize"/> articles per transaction (each article still all or nothing; a refused one is
    /// reported and the rest land), so the result (ids included) is the sequential run's.
    /// </summary>
    /// <param name="times">Where the wall time went, summed (`--profile`), or null.</param>
    public async Task<IReadOnlyList<IngestFileResult>> IngestAsync(IReadOnlyList<string> files, IProgress<(int Done, int Total)>? progress = null,
        CancellationToken cancellationToken = default, int? jobs = null, IngestStageTimes? times = null)
    {
        var results = new List<IngestFileResult>(files.Count);
        var workers = jobs ?? OrderedParallel.DefaultJobs;
        // With several workers the writer writes a batch in one of their places (BatchedWriter): one thread per core.
        using var places = workers > 1 ? new SemaphoreSlim(workers, workers) : null;
        await BatchedWriter.WriteBehindAsync(store, WriteBatchSize,
            stop => OrderedParallel.SelectAsync(files, workers, PrepareFileAsync, places, stop), Landed, cancellationToken, places, times);
        return results;

        void Landed(IReadOnlyList<IngestFileResult> batch)
        {
            if (batch.Count > 0)
            {
                results.AddRange(batch);
                progress?.Report((results.Count, files.Count));
            }
        }
    }

    /// <summary>
    /// Ingests one uploaded or pasted article from its bytes; what the analyst states (title, outlet, date) wins over
    /// what the text says about itself. Bad input is reported in the result, never thrown.
    /// </summary>
    public async Task<IngestFileResult> IngestBytesAsync(string source, byte[] bytes, ArticleOverrides? overrides = null, CancellationToken cancellationToken = default) =>
        await WritePreparedAsync(await PrepareBytesAsync(source, bytes, overrides, cancellationToken), cancellationToken);

    /// <summary>
    /// Reads, geoparses and codes an uploaded article without writing it (the slow part, which needs no lock on the
    /// store); <see cref="WritePreparedAsync"/> stores it. Bad input is reported in the result, never thrown.
    /// </summary>
    public Task<PreparedArticle> PrepareBytesAsync(string source, byte[] bytes, ArticleOverrides? overrides = null, CancellationToken cancellationToken = default) =>
        PreparingAsync(source, () =>
        {
            var (input, hash) = reader.Decode(source, bytes);
            return PrepareAsync(source, input, hash, overrides, null, cancellationToken);
        });

    /// <summary>Writes a prepared article (one transaction), or reports why it was refused.</summary>
    public Task<IngestFileResult> WritePreparedAsync(PreparedArticle prepared, CancellationToken cancellationToken = default) =>
        prepared.Article is not { } article
            ? Task.FromResult(new IngestFileResult(prepared.Source, null, prepared.Error))
            : ReportingAsync(prepared.Source, async () => new IngestFileResult(prepared.Source, await store.IngestAsync(article, cancellationToken), null));

    /// <summary>
    /// Processes a stored article again from its stored text, as if <paramref name="overlay"/> were already stored,
    /// without writing it: a correction writes it together with itself (<see cref="EventStore.WriteCorrectionAsync"/>).
    /// </summary>
    public async Task<PreparedArticle> PrepareReprocessAsync(long articleId, CorrectionOverlay overlay, CancellationToken cancellationToken = default)
    {
        if (await store.GetArticleSourceAsync(articleId, cancellationToken) is not { } stored)
        {
            return new PreparedArticle($"article {articleId}", null, $"there is no article {articleId}");
        }
        var input = new Core.Articles.ArticleInput(stored.Source, stored.OriginalText, Core.Articles.ArticleInput.DetectFormat(stored.Source, stored.OriginalText));
        return await PreparingAsync(stored.Source, () => PrepareAsync(stored.Source, input, stored.ContentHash, null, overlay, cancellationToken));
    }

    private Task<PreparedArticle> PrepareFileAsync(string file, CancellationToken cancellationToken) =>
        PreparingAsync(file, async () =>
        {
            var (input, hash) = await reader.ReadAsync(file, cancellationToken);
            return await PrepareAsync(file, input, hash, null, null, cancellationToken);
        });

    /// <summary>Runs one article's preparation, turning a refused read or a failed read of its corrections into the reason.</summary>
    private static async Task<PreparedArticle> PreparingAsync(string source, Func<Task<StoredArticle>> prepare)
    {
        try
        {
            return new PreparedArticle(source, await prepare(), null);
        }
        catch (ArticleReadException ex)
        {
            return new PreparedArticle(source, null, ex.Problem);
        }
        catch (DbException ex)
        {
            return new PreparedArticle(source, null, $"could not be stored, nothing of it was written: {ex.Message}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A fault of the pipeline on one article must not stop a backlog: that article is reported, the rest go on.
            return new PreparedArticle(source, null, $"{ProcessingFault} ({ex.GetType().Name}: {ex.Message}); nothing of it was written");
        }
    }

    /// <summary>The start of the reason given for an article the pipeline failed on (a fault of MapDashboard, not of the article).</summary>
    public const string ProcessingFault = "could not be processed, a fault of MapDashboard: please report it with the article";

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
        return await ReportingAsync(stored.Source, async () => new IngestFileResult(stored.Source,
            await store.IngestAsync(await PrepareAsync(stored.Source, input, stored.ContentHash, null, null, cancellationToken), reprocess: true, cancellationToken), null));
    }

    private async Task<StoredArticle> PrepareAsync(string file, Core.Articles.ArticleInput input, string hash, ArticleOverrides? overrides,
        CorrectionOverlay? overlay, CancellationToken cancellationToken)
    {
        if (overrides is not null && (Core.Articles.ArticleFieldLimits.Refusal(overrides.Title, overrides.Outlet)
            ?? Core.Articles.PlausibleDates.Refusal(overrides.Published, "published")) is { } refusal)
        {
            throw new ArticleReadException(file, refusal);
        }
        var stated = overrides is { } given && (given.Title is not null || given.Outlet is not null || given.Published is not null)
            ? new CorrectionPayload { Title = given.Title, Outlet = given.Outlet, Published = given.Published }
            : null;
        var (corrections, anyEventCorrection) = await store.Corrections.ForArticleAndAnyEventAsync(hash, cancellationToken);
        var outletBefore = CorrectionApplier.ApplyToArticle(hash, corrections).Outlet;
        if (overlay is not null)
        {
            corrections = overlay.Apply(corrections, c => c.ArticleHash == hash || c is { Kind: CorrectionKind.Mention, Scope: CorrectionScope.Everywhere });
        }
        var fix = CorrectionApplier.ApplyToArticle(hash, corrections);
        // Only an outlet stated now, or an outlet correction added or undone now, replaces a stored article's outlet.
        var decidesOutlet = stated?.Outlet is not null || !string.Equals(outletBefore, fix.Outlet, StringComparison.Ordinal);
        if (fix.Title is not null || fix.Outlet is not null || fix.Published is not null)
        {
            overrides = new ArticleOverrides(fix.Title ?? overrides?.Title, fix.Outlet ?? overrides?.Outlet, fix.Published ?? overrides?.Published);
        }
        // One mention over the limit tells that the article was truncated.
        var result = geoparser.Parse(input, Limits.MaxMentionsPerArticle == int.MaxValue ? int.MaxValue : Limits.MaxMentionsPerArticle + 1);
        if (string.IsNullOrWhiteSpace(result.Article.Text))
        {
            throw new ArticleReadException(file, "no article text found (only markup, navigation or boilerplate)");
        }
        if (result.Article.Metadata is { Published: { } read } readMetadata && !Core.Articles.PlausibleDates.Contains(read))
        {
            // A date read from the text outside 1900..next year is a misreading, not the report's date: the article is undated.
            result = result with { Article = result.Article with { Metadata = readMetadata with
            {
                Published = null, PublishedPrecision = null, DateTrust = Core.Articles.DateTrust.Untrusted,
                DateEvidence = $"ignored the implausible date {read:yyyy-MM-dd}",
            } } };
        }
        var truncated = result.Places.Count > Limits.MaxMentionsPerArticle;
        if (truncated)
        {
            result = result with { Places = result.Places.Take(Limits.MaxMentionsPerArticle).ToList() };
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
        var coded = coder.Code(result);
        truncated |= coded.Count > Limits.MaxEventsPerArticle;
        var events = await ApplyEventCorrectionsAsync(coded.Take(Limits.MaxEventsPerArticle).Select(e => StoredRecords.Event(e, controlChanges)).ToList(), applied, overlay,
            anyEventCorrection, cancellationToken);
        var metadata = result.Article.Metadata;
        var article = new StoredArticle
        {
            ContentHash = hash,
            Source = file,
            Title = Core.Articles.ArticleFieldLimits.Fit(metadata.Title),
            Outlet = metadata.Outlet,
            DecidesOutlet = decidesOutlet,
            Author = metadata.Author,
            Published = metadata.Published,
            PublishedPrecision = metadata.PublishedPrecision?.ToString().ToLowerInvariant(),
            DateEvidence = metadata.DateEvidence,
            DateClue = metadata.Dating?.Clue is { } clue ? DateClueKinds.Name(clue.Kind) : metadata.Published is null ? null : DateClueKinds.Name(DateClueKind.Stated),
            DateNote = metadata.Dating?.Note,
            DateWeak = metadata.Dating?.Weak ?? false,
            OriginalText = input.OriginalText,
            CleanedText = result.Article.Text,
            Fingerprint = TextFingerprint.Prepare(result.Article.Text),
            OffsetMapJson = JsonSerializer.Serialize(result.Article.Map),
            PipelineVersion = PipelineInfo.Version,
            Mentions = mentions.Select(StoredRecords.Mention).ToList(),
            Events = events,
            DateSetByUser = overrides?.Published is not null,
            StatedWhenAdded = stated,
            AppliedCorrections = applied,
            Truncated = truncated,
        };
        return article;
    }

    /// <summary>
    /// Applies the event corrections in force to freshly coded events, by merge key, oldest first; a correction that
    /// changes the key may let a later one (made on the corrected event) apply in turn. With none in force when the
    /// article's corrections were read (<paramref name="anyInForce"/> false), the store is not asked again.
    /// </summary>
    private async Task<List<StoredEvent>> ApplyEventCorrectionsAsync(List<StoredEvent> events, List<long> applied, CorrectionOverlay? overlay,
        bool anyInForce, CancellationToken cancellationToken)
    {
        var done = new HashSet<long>();
        for (var round = 0; round < 16; round++)
        {
            var keys = events.Select(e => e.MergeKey).ToHashSet(StringComparer.Ordinal);
            IReadOnlyList<Correction> inForce = anyInForce ? await store.Corrections.ForEventKeysAsync(keys, cancellationToken) : [];
            if (overlay is not null)
            {
                inForce = overlay.Apply(inForce, c => c.Kind == CorrectionKind.Event && c.TargetKey is { } key && keys.Contains(key));
            }
            var pending = inForce.Where(c => !done.Contains(c.Id)).ToList();
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
