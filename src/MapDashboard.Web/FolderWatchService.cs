using System.Threading.Channels;
using MapDashboard.Data.Articles;

namespace MapDashboard.Web;

/// <summary>
/// Ingests article files dropped into the folder named by Ingest:WatchFolder: those already there at start-up (a
/// duplicate changes nothing) and each new or renamed one, once it has stopped growing.
/// </summary>
public sealed class FolderWatchService(IngestService ingest, IngestOptions options, ILogger<FolderWatchService> logger) : BackgroundService
{
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>();

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.WatchFolder))
        {
            return;
        }
        var folder = Path.GetFullPath(options.WatchFolder);
        Directory.CreateDirectory(folder);
        using var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = false, EnableRaisingEvents = true };
        watcher.Created += (_, e) => _queue.Writer.TryWrite(e.FullPath);
        watcher.Renamed += (_, e) => _queue.Writer.TryWrite(e.FullPath);
        watcher.Changed += (_, e) => _queue.Writer.TryWrite(e.FullPath);
        logger.LogInformation("Watching {Folder} for new articles", folder);
        foreach (var existing in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            _queue.Writer.TryWrite(existing);
        }
        var seen = new Dictionary<string, (long Length, DateTime Written)>(StringComparer.Ordinal);
        await foreach (var path in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            if (!ArticleFileReader.Extensions.Contains(Path.GetExtension(path)) || !File.Exists(path))
            {
                continue;
            }
            try
            {
                // Wait until the file has stopped growing (a copy in progress).
                var info = new FileInfo(path);
                for (var i = 0; i < 20; i++)
                {
                    var length = info.Length;
                    await Task.Delay(250, stoppingToken);
                    info.Refresh();
                    if (info.Length == length)
                    {
                        break;
                    }
                }
                if (seen.TryGetValue(path, out var last) && last == (info.Length, info.LastWriteTimeUtc))
                {
                    continue;
                }
                seen[path] = (info.Length, info.LastWriteTimeUtc);
                if (info.Length > ingest.MaxBytes)
                {
                    logger.LogWarning("Watched folder: {File} skipped: {Length:N0} bytes, over the {Max:N0}-byte limit", path, info.Length, ingest.MaxBytes);
                    continue;
                }
                var bytes = await File.ReadAllBytesAsync(path, stoppingToken);
                var result = await ingest.IngestAsync(path, bytes, null, stoppingToken);
                logger.LogInformation("Watched folder: {File}: {Result}", Path.GetFileName(path), IngestService.Describe(result));
            }
            catch (IOException ex)
            {
                logger.LogWarning("Watched folder: {File} could not be read: {Message}", path, ex.Message);
            }
        }
    }
}
