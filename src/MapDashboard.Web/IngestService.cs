using MapDashboard.Core.Gazetteer;
using MapDashboard.Data;
using MapDashboard.Data.Corrections;
using MapDashboard.Data.Composition;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Import;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;

namespace MapDashboard.Web;

/// <summary>
/// Adds articles (and ACLED imports) to the store from the dashboard, the API and a watched folder: one writer at a time, the gazetteer's
/// index loaded once on first use, and every change announced through <see cref="StoreChanged"/> so that every open
/// dashboard (not just the uploader's) redraws. Bad input comes back as a result with a reason, never as an exception.
/// </summary>
public sealed class IngestService(EventStoreLocation store, GazetteerAccess gazetteers, IngestOptions options, PlaceIndexLoader indexes,
    EventStore eventStore, ArticleIngester ingester, Corrector corrector, ILogger<IngestService> logger)
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private bool _storeReady;

    /// <summary>Raised after an article was added or re-processed, or imported events changed.</summary>
    public event Action? StoreChanged;

    /// <summary>Counts the changes announced: readers that cache (the control layer) rebuild when it moves.</summary>
    public long ChangeVersion => Interlocked.Read(ref _changeVersion);

    private long _changeVersion;

    /// <summary>Counts the corrections made here: an article prepared before one is prepared again before it is written.</summary>
    private long _correctionVersion;

    /// <summary>
    /// Drops the geoparser, whose index is loaded again before the next write: the gazetteer changed (a place added here,
    /// or on another server sharing the PostgreSQL gazetteer).
    /// </summary>
    public void ForgetGeoparser() => Interlocked.Exchange(ref _geoparserStale, 1);

    private int _geoparserStale;

    /// <summary>Counts the place indexes loaded here: an article prepared with an older one is prepared again before it is written.</summary>
    private long _indexGeneration;

    /// <summary>Announces a change another process made (another dashboard server, a command-line ingest).</summary>
    public void AnnounceExternalChange() => Announce();

    private void Announce()
    {
        Interlocked.Increment(ref _changeVersion);
        StoreChanged?.Invoke();
    }

    /// <summary>How many handlers listen to <see cref="StoreChanged"/> (one per open dashboard; shown in /healthz to spot leaks).</summary>
    public int StoreChangedListeners => StoreChanged?.GetInvocationList().Length ?? 0;

    /// <summary>The largest article accepted, in bytes.</summary>
    public long MaxBytes => options.MaxBytes;

    /// <summary>The largest CSV file accepted for an import, in bytes.</summary>
    public long MaxImportBytes => options.MaxImportBytes;

    /// <summary>
    /// Imports an ACLED-format CSV (one transaction; rows with errors are reported by line and skipped). Returns the report,
    /// or an error when the file cannot be imported at all.
    /// </summary>
    public async Task<(ImportReport? Report, string? Error)> ImportAcledAsync(string name, Stream csv, CancellationToken cancellationToken = default)
    {
        try
        {
            var report = await WithWriterAsync(async () =>
            {
                var imported = await new AcledImporter(store.Writer).ImportAsync(csv, name, cancellationToken);
                var matcher = gazetteers.TryOpen() is { } gazetteer ? new Data.Control.ControlPlaceMatcher(gazetteer) : null;
                await new Data.Control.AcledControlPeriods(store.Writer, matcher, Core.Actors.AcledActorMap.LoadDefault()).RefreshAsync(cancellationToken);
                return imported;
            }, cancellationToken);
            logger.LogInformation("Imported ACLED file {Name}: {Summary}", name, report.Summary);
            if (report.Changed)
            {
                Announce();
            }
            return (report, null);
        }
        catch (ImportFileException ex)
        {
            logger.LogWarning("Refused ACLED file {Name}: {Error}", name, ex.Message);
            return (null, ex.Message);
        }
    }

    /// <summary>Ingests one article; the result says what happened (added, already stored, or why it was refused).</summary>
    public async Task<IngestFileResult> IngestAsync(string name, byte[] bytes, ArticleOverrides? overrides = null, CancellationToken cancellationToken = default)
    {
        // Geoparsing and coding (the slow part) run outside the writer's lock, so a huge article holds up no one; the
        // lock covers the store's write, and the article is prepared again under it when a correction or a new
        // gazetteer index came in between.
        var (index, version) = await WithWriterAsync(async () =>
        {
            await PrepareWriteAsync(cancellationToken);
            return (Interlocked.Read(ref _indexGeneration), Interlocked.Read(ref _correctionVersion));
        }, cancellationToken);
        var prepared = await ingester.PrepareBytesAsync(name, bytes, overrides, cancellationToken);
        var result = await WriteAsync(async () => Interlocked.Read(ref _indexGeneration) == index && Interlocked.Read(ref _correctionVersion) == version
            ? await ingester.WritePreparedAsync(prepared, cancellationToken)
            : await ingester.IngestBytesAsync(name, bytes, overrides, cancellationToken), cancellationToken);
        if (result.Outcome is { Status: IngestStatus.Added or IngestStatus.Reprocessed or IngestStatus.Appearance } outcome)
        {
            logger.LogInformation("Ingested {Name}: article {Id}, {Events} event report(s)", name, outcome.ArticleId, outcome.Events);
            Announce();
        }
        else if (result.Error is { } error)
        {
            logger.LogWarning("Skipped {Name}: {Error}", name, error);
        }
        return result;
    }

    /// <summary>Sets a stored article's publication date; all its events are re-dated and the date survives re-processing.</summary>
    public Task<CorrectionResult> RedateAsync(long articleId, DateOnly published, string author = "analyst", CancellationToken cancellationToken = default) =>
        CorrectAsync(c => c.CorrectArticleAsync(articleId, null, null, published, author, cancellationToken), cancellationToken);

    /// <summary>
    /// Applies an analyst's correction (through <see cref="Corrector"/>) with the store to itself; every article it
    /// concerns is processed again and every open dashboard redraws.
    /// </summary>
    public async Task<CorrectionResult> CorrectAsync(Func<Corrector, Task<CorrectionResult>> correct, CancellationToken cancellationToken = default)
    {
        var result = await WriteAsync(async () =>
        {
            Interlocked.Increment(ref _correctionVersion);
            return await correct(corrector);
        }, cancellationToken);
        if (result is { Succeeded: true, Correction: { } correction })
        {
            logger.LogInformation("Correction {Id} by {Author} ({What}{Undone}): {Articles} article(s) processed again", correction.Id, correction.Author,
                correction.Describe(), correction.Active ? "" : ", undone", result.Reprocessed.Count);
            Announce();
        }
        return result;
    }

    /// <summary>
    /// Adds a place an analyst dropped on the map to the gazetteer's user layer; the geoparser's index is loaded again
    /// before the next write so new articles find the place too.
    /// </summary>
    public Task<Place> AddUserPlaceAsync(string name, double lat, double lon, string featureCode, string source, CancellationToken cancellationToken = default) =>
        WithWriterAsync(async () =>
        {
            var gazetteer = await gazetteers.OpenAsync(cancellationToken);
            var place = await gazetteer.UserPlaces.AddUserPlaceAsync(name, [], lat, lon, featureCode, source, cancellationToken);
            ForgetGeoparser();
            if (store.Provider == StoreProvider.Postgres)
            {
                // The other servers load their geoparser's index again too (PostgresChangeListener).
                await using var connection = await store.Writer.OpenConnectionAsync(cancellationToken);
                await Dapper.SqlMapper.ExecuteAsync(connection, new Dapper.CommandDefinition("SELECT pg_notify(@channel, @payload)",
                    new { channel = PostgresChangeListener.Channel, payload = PostgresChangeListener.GazetteerPayload }, cancellationToken: cancellationToken));
            }
            logger.LogInformation("User place {Id} ({Name}) added to the gazetteer", place.Id, place.Name);
            return place;
        }, cancellationToken);

    /// <summary>A short sentence for a result, as shown to the analyst.</summary>
    public static string Describe(IngestFileResult result) => result switch
    {
        { Error: { } error } => error,
        { Outcome.Status: IngestStatus.Unchanged } => "a duplicate of an article already stored: nothing changed",
        { Outcome: { Status: IngestStatus.Appearance } a } => $"a copy or excerpt of article {a.ArticleId}: recorded as another appearance of that report, no events added",
        { Outcome: { Truncated: true } o } => $"added as article {o.ArticleId}, truncated: only its first {o.Mentions} place mention(s) and {o.Events} event report(s) were kept (Ingest:MaxMentionsPerArticle, Ingest:MaxEventsPerArticle)",
        { Outcome: { } o } => $"added as article {o.ArticleId}: {o.Mentions} place mention(s), {o.Events} event report(s)",
        _ => "not processed",
    };

    /// <summary>Runs one article write or correction with the store to itself (one writer at a time).</summary>
    private Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken) =>
        WithWriterAsync(async () =>
        {
            await PrepareWriteAsync(cancellationToken);
            return await write();
        }, cancellationToken);

    /// <summary>Runs one write of any kind with the store to itself (one writer at a time).</summary>
    private async Task<T> WithWriterAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>
    /// Called with the writer's lock held, so the place index is swapped only between writes: loads it on first use, or
    /// again when the gazetteer changed; makes the event store's schema on the first write to a new store.
    /// </summary>
    private async Task PrepareWriteAsync(CancellationToken cancellationToken)
    {
        var reload = Interlocked.Exchange(ref _geoparserStale, 0) == 1;
        var loadTime = reload ? await indexes.LoadAsync(cancellationToken) : await indexes.EnsureLoadedAsync(cancellationToken);
        if (reload || loadTime > TimeSpan.Zero)
        {
            Interlocked.Increment(ref _indexGeneration);
            logger.LogInformation("Gazetteer index loaded for ingest in {Ms} ms", loadTime.TotalMilliseconds);
        }
        if (!_storeReady)
        {
            await eventStore.InitializeAsync(cancellationToken);
            _storeReady = true;
        }
    }
}

/// <summary>Ingest settings, bound from the "Ingest" configuration section.</summary>
public sealed class IngestOptions
{
    /// <summary>The largest article accepted, in bytes (default 5 MB).</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>How subscribed feeds are polled (Ingest:Feeds); nothing is fetched until a user adds a feed.</summary>
    public Data.Feeds.FeedOptions Feeds { get; set; } = new();

    /// <summary>The largest ACLED CSV accepted from the dashboard, in bytes (default 200 MB).</summary>
    public long MaxImportBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>The most place mentions stored for one article; the rest are left out and the article is reported truncated (default 2,000).</summary>
    public int MaxMentionsPerArticle { get; set; } = IngestLimits.Default.MaxMentionsPerArticle;

    /// <summary>The most event reports stored for one article (default 500).</summary>
    public int MaxEventsPerArticle { get; set; } = IngestLimits.Default.MaxEventsPerArticle;

    /// <summary>A folder whose new article files are ingested as they appear (off when empty).</summary>
    public string? WatchFolder { get; set; }
}
