using MapDashboard.Data.Postgres;
using Npgsql;

namespace MapDashboard.Web;

/// <summary>
/// Keeps a PostgreSQL-backed dashboard server in step with the others: LISTENs on the store's change channel, which
/// triggers notify in the same transaction as every write (so only committed changes are announced, by any dashboard
/// server or command-line ingest), and announces each burst of changes once to this server's open maps. Reconnects
/// after losing the server, and announces a change then, since some may have been missed.
/// </summary>
public sealed partial class PostgresChangeListener(EventStoreLocation store, IngestService changes, ILogger<PostgresChangeListener> logger) : BackgroundService
{
    /// <summary>The channel the schema's triggers notify.</summary>
    public const string Channel = "mapdash_changes";

    /// <summary>Notifications arriving within this time after the first are announced together.</summary>
    private static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(150);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var factory = (PostgresConnectionFactory)store.Writer;
        var delay = TimeSpan.FromSeconds(1);
        var missedSome = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await factory.OpenAsync(stoppingToken);
                var pending = 0;
                connection.Notification += (_, _) => Interlocked.Increment(ref pending);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                LogListening(store.Description);
                delay = TimeSpan.FromSeconds(1);
                if (missedSome)
                {
                    changes.AnnounceExternalChange();
                    missedSome = false;
                }
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                    // Gather the rest of a burst (an ingest of many articles notifies once per transaction).
                    while (await connection.WaitAsync(Coalesce, stoppingToken))
                    {
                    }
                    if (Interlocked.Exchange(ref pending, 0) > 0)
                    {
                        changes.AnnounceExternalChange();
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                missedSome = true;
                LogLost(ex, store.Description, delay.TotalSeconds);
                await Task.Delay(delay, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
                delay = TimeSpan.FromSeconds(Math.Min(30, delay.TotalSeconds * 2));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for store changes on {Store}")]
    private partial void LogListening(string store);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the change notifications of {Store}; connecting again in {Seconds} s")]
    private partial void LogLost(Exception exception, string store, double seconds);
}
