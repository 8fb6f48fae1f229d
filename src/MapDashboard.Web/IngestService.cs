using MapDashboard.Data;
using MapDashboard.Data.Articles;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;

namespace MapDashboard.Web;

/// <summary>
/// Adds articles to the store from the dashboard, the API and a watched folder: one writer at a time, the gazetteer's
/// index loaded once on first use, and every change announced through <see cref="StoreChanged"/> so that every open
/// dashboard (not just the uploader's) redraws. Bad input comes back as a result with a reason, never as an exception.
/// </summary>
public sealed class IngestService(EventStoreLocation store, RepositoryLayout layout, IngestOptions options, ILogger<IngestService> logger)
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private ArticleIngester? _ingester;

    /// <summary>Raised after an article was added or re-processed.</summary>
    public event Action? StoreChanged;

    /// <summary>How many handlers listen to <see cref="StoreChanged"/> (one per open dashboard; shown in /healthz to spot leaks).</summary>
    public int StoreChangedListeners => StoreChanged?.GetInvocationList().Length ?? 0;

    /// <summary>The largest article accepted, in bytes.</summary>
    public long MaxBytes => options.MaxBytes;

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

    /// <summary>Runs one write with the store to itself (one writer at a time).</summary>
    private async Task<IngestFileResult> WriteAsync(Func<ArticleIngester, Task<IngestFileResult>> write, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            return await write(await IngesterAsync(cancellationToken));
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

    /// <summary>A folder whose new article files are ingested as they appear (off when empty).</summary>
    public string? WatchFolder { get; set; }
}
