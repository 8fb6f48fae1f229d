using MapDashboard.Data;
using MapDashboard.Data.Articles;
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
public sealed class IngestService(EventStoreLocation store, RepositoryLayout layout, IngestOptions options, ILogger<IngestService> logger)
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private ArticleIngester? _ingester;

    /// <summary>Raised after an article was added or re-processed, or imported events changed.</summary>
    public event Action? StoreChanged;

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
            var report = await WithWriterAsync(() => new AcledImporter(new SqliteConnectionFactory(store.Path)).ImportAsync(csv, name, cancellationToken), cancellationToken);
            logger.LogInformation("Imported ACLED file {Name}: {Summary}", name, report.Summary);
            if (report.Changed)
            {
                StoreChanged?.Invoke();
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
        var result = await WriteAsync(ingester => ingester.IngestBytesAsync(name, bytes, overrides, cancellationToken), cancellationToken);
        if (result.Outcome is { Status: IngestStatus.Added or IngestStatus.Reprocessed } outcome)
        {
            logger.LogInformation("Ingested {Name}: article {Id}, {Events} event report(s)", name, outcome.ArticleId, outcome.Events);
            StoreChanged?.Invoke();
        }
        else if (result.Error is { } error)
        {
            logger.LogWarning("Skipped {Name}: {Error}", name, error);
        }
        return result;
    }

    /// <summary>Sets a stored article's publication date; all its events are re-dated and the date survives re-processing.</summary>
    public async Task<IngestFileResult> RedateAsync(long articleId, DateOnly published, CancellationToken cancellationToken = default)
    {
        var result = await WriteAsync(ingester => ingester.RedateAsync(articleId, published, cancellationToken), cancellationToken);
        if (result.Succeeded)
        {
            logger.LogInformation("Article {Id} dated {Date} by an analyst", articleId, published);
            StoreChanged?.Invoke();
        }
        return result;
    }

    /// <summary>A short sentence for a result, as shown to the analyst.</summary>
    public static string Describe(IngestFileResult result) => result switch
    {
        { Error: { } error } => error,
        { Outcome.Status: IngestStatus.Unchanged } => "a duplicate of an article already stored: nothing changed",
        { Outcome: { } o } => $"added as article {o.ArticleId}: {o.Mentions} place mention(s), {o.Events} event report(s)",
        _ => "not processed",
    };

    /// <summary>Runs one article write with the store to itself (one writer at a time).</summary>
    private Task<IngestFileResult> WriteAsync(Func<ArticleIngester, Task<IngestFileResult>> write, CancellationToken cancellationToken) =>
        WithWriterAsync(async () => await write(await IngesterAsync(cancellationToken)), cancellationToken);

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

    private async Task<ArticleIngester> IngesterAsync(CancellationToken cancellationToken)
    {
        if (_ingester is not null)
        {
            return _ingester;
        }
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(layout, cancellationToken: cancellationToken);
        var (geoparser, _, loadTime) = await GeoparserFactory.CreateAsync(gazetteer, cancellationToken: cancellationToken);
        logger.LogInformation("Gazetteer index loaded for ingest in {Ms} ms", loadTime.TotalMilliseconds);
        var eventStore = new EventStore(new SqliteConnectionFactory(store.Path));
        Directory.CreateDirectory(Path.GetDirectoryName(store.Path)!);
        await eventStore.InitializeAsync(cancellationToken);
        _ingester = new ArticleIngester(geoparser, Core.Events.EventCoder.CreateDefault(), eventStore, new ArticleFileReader(options.MaxBytes));
        return _ingester;
    }
}

/// <summary>Ingest settings, bound from the "Ingest" configuration section.</summary>
public sealed class IngestOptions
{
    /// <summary>The largest article accepted, in bytes (default 5 MB).</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The largest ACLED CSV accepted from the dashboard, in bytes (default 200 MB).</summary>
    public long MaxImportBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>A folder whose new article files are ingested as they appear (off when empty).</summary>
    public string? WatchFolder { get; set; }
}
