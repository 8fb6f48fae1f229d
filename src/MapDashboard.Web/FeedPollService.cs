using MapDashboard.Data.Feeds;

namespace MapDashboard.Web;

/// <summary>
/// Polls the subscribed feeds in the background, each on its own interval (due feeds are looked for every Ingest:Feeds:CheckInterval, a minute by default), through the ingest
/// service so new events reach every open map (the same <see cref="FeedPoller"/> as the Feeds page's "Poll now"). A feed that fails keeps failing quietly in its status; nothing is
/// fetched while no feed is subscribed (or Ingest:Feeds:Enabled is false).
/// </summary>
public sealed class FeedPollService(FeedPoller poller, IngestOptions options, EventStoreLocation store, ILogger<FeedPollService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Feeds.Enabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Feeds.CheckInterval > TimeSpan.Zero ? options.Feeds.CheckInterval : TimeSpan.FromMinutes(1));
        do
        {
            if (!store.Exists)
            {
                continue;
            }
            try
            {
                foreach (var result in await poller.PollAllAsync(dueOnly: true, stoppingToken))
                {
                    logger.LogInformation("Feed poll: {Result}", result.Describe());
                }
            }
            catch (System.Data.Common.DbException ex)
            {
                logger.LogWarning(ex, "Feed poll skipped: the store could not be read");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
