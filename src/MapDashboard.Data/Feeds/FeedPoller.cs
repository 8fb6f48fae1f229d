using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using MapDashboard.Data.Ingest;

namespace MapDashboard.Data.Feeds;

/// <summary>
/// Polls subscribed feeds (RSS 2.0 and Atom, parsed by System.ServiceModel.Syndication): each new item's text, or its
/// article page's body (extracted by SmartReader) when the feed carries only a summary, is ingested with the item's
/// title, outlet, link and date. A failing feed or item is recorded in the feed's status; the others go on.
/// </summary>
/// <param name="ingest">Stores one article (source, bytes, what the item states): the ingester, or the dashboard's ingest service, which also refreshes open maps.</param>
public sealed partial class FeedPoller(FeedStore feeds, Func<string, byte[], ArticleOverrides, CancellationToken, Task<IngestFileResult>> ingest,
    FeedFetcher fetcher, FeedOptions options)
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>A poller storing through an ingester.</summary>
    public FeedPoller(FeedStore feeds, ArticleIngester ingester, FeedFetcher fetcher, FeedOptions options)
        : this(feeds, (source, bytes, overrides, token) => ingester.IngestBytesAsync(source, bytes, overrides, token), fetcher, options)
    {
    }

    /// <summary>Polls every feed that is not paused (and, with <paramref name="dueOnly"/>, whose interval has passed).</summary>
    public async Task<IReadOnlyList<FeedPollResult>> PollAllAsync(bool dueOnly = false, CancellationToken cancellationToken = default)
    {
        var results = new List<FeedPollResult>();
        foreach (var feed in await feeds.ListAsync(cancellationToken))
        {
            if (feed.Paused != 0 || dueOnly && feed.LastPoll is { } last && DateTime.TryParse(last, null, System.Globalization.DateTimeStyles.RoundtripKind, out var at)
                && DateTime.UtcNow - at < TimeSpan.FromMinutes(feed.IntervalMinutes))
            {
                continue;
            }
            results.Add(await PollAsync(feed, cancellationToken));
        }
        return results;
    }

    /// <summary>
    /// Polls one feed once; never throws for a bad feed (the problem is recorded and returned). Polls through one poller
    /// take turns (the background service and a user's "poll now" never take the same item twice at once).
    /// </summary>
    public async Task<FeedPollResult> PollAsync(Feed feed, CancellationToken cancellationToken = default)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            return await PollOnceAsync(feed, cancellationToken);
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task<FeedPollResult> PollOnceAsync(Feed feed, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.GetAsync(new Uri(feed.Url), feed.ETag, feed.LastModified, cancellationToken);
        if (fetched.Error is { } error || fetched.NotModified)
        {
            await feeds.RecordPollAsync(feed.Id, null, null, fetched.Error, 0, cancellationToken);
            return new FeedPollResult(feed, 0, [], fetched.Error, fetched.NotModified);
        }
        SyndicationFeed parsed;
        try
        {
            using var reader = XmlReader.Create(new StringReader(fetched.Text!), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            parsed = SyndicationFeed.Load(reader);
        }
        catch (Exception ex) when (ex is XmlException or FormatException or ArgumentException)
        {
            var problem = $"not an RSS or Atom feed: {ex.Message}";
            await feeds.RecordPollAsync(feed.Id, null, null, problem, 0, cancellationToken);
            return new FeedPollResult(feed, 0, [], problem);
        }
        var taken = 0;
        var problems = new List<string>();
        // A feed added without an outlet belongs, from its first poll on, to the outlet its own title names.
        var outlet = feed.Name ?? (parsed.Title?.Text is { } own && !string.IsNullOrWhiteSpace(own)
            ? await feeds.NameOutletAsync(feed.Id, own, cancellationToken) : null);
        foreach (var item in parsed.Items)
        {
            var link = item.Links.FirstOrDefault()?.Uri is { } uri ? (uri.IsAbsoluteUri ? uri : new Uri(new Uri(feed.Url), uri)) : null;
            var key = item.Id ?? link?.AbsoluteUri ?? item.Title?.Text;
            if (key is null || await feeds.SeenAsync(feed.Id, key, cancellationToken))
            {
                continue;
            }
            var (text, problem) = await ArticleTextAsync(item, link, cancellationToken);
            if (problem is not null)
            {
                problems.Add($"{key}: {problem}");
                await feeds.MarkAsync(feed.Id, key, problem, cancellationToken);
                continue;
            }
            var title = item.Title?.Text?.Trim();
            var published = item.PublishDate != default ? DateOnly.FromDateTime(item.PublishDate.UtcDateTime) : (DateOnly?)null;
            // The headline is the article's title (metadata, kept through reprocessing as a stated title), not a line of its
            // text: sent as the first line it was coded again as a sentence of its own, a second event beside the body's.
            var body = Encoding.UTF8.GetBytes(text!);
            var result = await ingest(link?.AbsoluteUri ?? $"{feed.Url}#{key}", body,
                new ArticleOverrides(title, outlet, published is { } d && Core.Articles.PlausibleDates.Contains(d) ? d : null), cancellationToken);
            if (result.Error is { } refused)
            {
                problems.Add($"{key}: {refused}");
            }
            else
            {
                taken++;
            }
            await feeds.MarkAsync(feed.Id, key, result.Error ?? result.Outcome!.Status.ToString().ToLowerInvariant(), cancellationToken);
        }
        await feeds.RecordPollAsync(feed.Id, fetched.ETag, fetched.LastModified, null, taken, cancellationToken);
        return new FeedPollResult(feed, taken, problems, null);
    }

    /// <summary>The item's own text when it is long enough, else its page's article body; or why there is none.</summary>
    private async Task<(string? Text, string? Problem)> ArticleTextAsync(SyndicationItem item, Uri? link, CancellationToken cancellationToken)
    {
        var own = PlainText((item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text ?? "");
        // Whenever the page gives nothing (no link, gone, refused, timed out, no article text), the item's own summary is
        // still the outlet's report: taking it loses less than skipping the item for good.
        (string? Text, string? Problem) OwnTextOr(string problem) => own.Length > 0 ? (own, null) : (null, problem);
        if (own.Length >= options.MinItemTextChars || link is null)
        {
            return OwnTextOr("the item has no text and no link");
        }
        var page = await fetcher.GetAsync(link, cancellationToken: cancellationToken);
        if (page.Error is { } error)
        {
            return OwnTextOr($"article page {error}");
        }
        var article = new SmartReader.Reader(link.AbsoluteUri, page.Text!) { CharThreshold = 200 }.GetArticle();
        var body = PlainText(article.Content ?? "");
        return body.Length >= Math.Min(options.MinItemTextChars, 200) ? (body, null) : OwnTextOr("the article page has no article text");
    }

    /// <summary>HTML to text: block ends become paragraph breaks, tags are dropped, entities decoded.</summary>
    private static string PlainText(string html)
    {
        var text = BlockEnd().Replace(html, "\n\n");
        text = Tag().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        text = Spaces().Replace(text, " ");
        return BlankLines().Replace(text, "\n\n").Trim();
    }

    [GeneratedRegex(@"</(p|div|h[1-6]|li|blockquote)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r\f\v]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*\n\s*\n\s*")]
    private static partial Regex BlankLines();
}
