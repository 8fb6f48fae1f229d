using System.Net;
using System.Text;
using Dapper;
using MapDashboard.Cli.Commands;
using MapDashboard.Data;
using MapDashboard.Data.Feeds;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using MapDashboard.Tests.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Cli.Tests.Feeds;

/// <summary>Issue #19 points 1 and 2: feeds served by a loopback server, including the failure cases, each with a clear status.</summary>
[Collection(BundledGazetteerCollection.Name)]
public sealed class FeedPollerTests(BundledGazetteer fixture) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mapdash-feeds-").FullName;
    private LoopbackServer _server = null!;
    private ServiceProvider _services = null!;
    private SqliteConnectionFactory _factory = null!;

    private static readonly FeedOptions Fast = new()
    {
        Timeout = TimeSpan.FromMilliseconds(600), Retries = 1, RetryDelay = TimeSpan.FromMilliseconds(50), HostInterval = TimeSpan.Zero,
        MaxBytes = 200_000, MinItemTextChars = 300,
    };

    // Invented reports, written for these tests.
    private static readonly string[] Reports =
    [
        "Government troops shelled the village of Kafr Nabl on Monday morning, destroying several houses and a school, residents said. "
            + "The shelling followed clashes overnight between the army and rebel fighters on the hills south of the village. "
            + "Local medics said four civilians were wounded and taken to a field hospital in the nearby town of Maarat al-Numan.",
        "Turkish-backed fighters captured the village of Tell Rifaat from Kurdish forces on Tuesday after two days of fighting, a war monitor said. "
            + "The Kurdish forces withdrew east towards the town of Manbij, and several families fled the area on foot. "
            + "The monitor said at least nine fighters were killed on both sides during the assault on the village.",
        "An air strike hit a market in the town of Ariha in Idlib province on Wednesday, killing six people, rescue workers said. "
            + "The strike came as government forces pressed an offensive on the southern edge of the province. "
            + "Rescue teams searched the rubble of two shops through the night, and the market was closed on Thursday.",
    ];

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _factory = new SqliteConnectionFactory(Path.Combine(_folder, "store.db"));
        _services = await CliServices.CreateAsync(new FileInfo(fixture.Layout.GazetteerDatabase), _factory, CancellationToken.None);
        await _services.GetRequiredService<EventStore>().InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static string Rss(params (string Guid, string Title, string Link, string Description)[] items) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Loopback Wire</title><link>http://127.0.0.1/</link><description>test</description>"
        + string.Concat(items.Select(i => $"<item><guid>{i.Guid}</guid><title>{i.Title}</title><link>{i.Link}</link>"
            + $"<pubDate>Mon, 06 Mar 2017 09:00:00 GMT</pubDate><description>{WebUtility.HtmlEncode(i.Description)}</description></item>"))
        + "</channel></rss>";

    private async Task<(FeedPoller Poller, FeedStore Feeds, FeedFetcher Fetcher)> PollerAsync()
    {
        var feeds = new FeedStore(_factory);
        var fetcher = new FeedFetcher(Fast);
        return (new FeedPoller(feeds, _services.GetRequiredService<ArticleIngester>(), fetcher, Fast), feeds, fetcher);
    }

    private async Task<Feed> AddAsync(FeedStore feeds, string path) =>
        (await feeds.GetAsync((await feeds.AddAsync(_server.BaseUrl + path, "Loopback Wire"))!.Value))!;

    private async Task<long> CountAsync(string table)
    {
        await using var connection = await _factory.OpenAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }

    [Fact]
    public async Task ThreeNewItems_AreTaken_PollingAgainSendsTheETagAndAddsNothing()
    {
        _server.MapText("/feed.xml", "application/rss+xml", Rss(
            ("a1", "Village shelled", "/a1", Reports[0]), ("a2", "Village captured", "/a2", Reports[1]), ("a3", "Market struck", "/a3", Reports[2])), "\"v1\"");
        var (poller, feeds, fetcher) = await PollerAsync();
        using var _ = fetcher;
        var feed = await AddAsync(feeds, "/feed.xml");

        var first = await poller.PollAsync(feed);
        var second = await poller.PollAsync((await feeds.GetAsync(feed.Id))!);

        Assert.Null(first.Error);
        Assert.Equal(3, first.Taken);
        Assert.True(second.NotModified);
        Assert.Equal("\"v1\"", _server.Requests.Last().IfNoneMatch);
        Assert.Equal(3L, await CountAsync("articles"));
        var status = (await feeds.GetAsync(feed.Id))!;
        Assert.Equal(3, status.ArticlesTaken);
        Assert.Null(status.LastError);
    }

    [Fact]
    public async Task ItemWhoseHeadlineAndBodyReportTheSameEvent_GivesOneEvent_AndTheHeadlineIsTheTitle()
    {
        // Invented: the headline restates the body's one event, as headlines do.
        const string body = "Government forces shelled the village of Kafr Nabl in Idlib province on Monday, destroying two houses, residents said. "
            + "Nobody was hurt in the bombardment, according to the residents, and the families moved to relatives in nearby villages. "
            + "The village has been emptied several times during the war and most of its people now live in camps near the border.";
        _server.MapText("/headline.xml", "application/rss+xml", Rss(("h1", "Government forces shell Kafr Nabl in Idlib", "/h1", body)));
        var (poller, feeds, fetcher) = await PollerAsync();
        using var _ = fetcher;

        var result = await poller.PollAsync(await AddAsync(feeds, "/headline.xml"));

        Assert.Equal(1, result.Taken);
        Assert.Equal(1L, await CountAsync("events"));
        await using var connection = await _factory.OpenAsync();
        Assert.Equal("Government forces shell Kafr Nabl in Idlib", await connection.ExecuteScalarAsync<string>("SELECT title FROM articles"));
        Assert.DoesNotContain("shell Kafr Nabl in Idlib", await connection.ExecuteScalarAsync<string>("SELECT cleaned_text FROM articles"));
    }

    [Fact]
    public async Task FeedsAdd_WithAnOutlet_PicksAKnownOutletOrCreatesANewOne()
    {
        var db = Path.Combine(_folder, "store.db");
        var output = new StringWriter();
        var errors = new StringWriter();

        Assert.Equal(0, await CliApp.RunAsync(["feeds", "add", _server.BaseUrl + "/a.xml", "--outlet", "sputnik", "--db", db], output, errors));
        Assert.Equal(0, await CliApp.RunAsync(["feeds", "add", _server.BaseUrl + "/b.xml", "--outlet", "Valley Post", "--db", db], output, errors));
        Assert.Equal(2, await CliApp.RunAsync(["feeds", "add", _server.BaseUrl + "/c.xml", "--outlet", "Bad\tName", "--db", db], output, errors));

        Assert.Contains("(outlet: Sputnik)", output.ToString());
        Assert.Contains("(outlet: Valley Post)", output.ToString());
        Assert.Contains("control character", errors.ToString());
        var feeds = await new FeedStore(_factory).ListAsync();
        Assert.Equal(["Sputnik", "Valley Post"], feeds.Select(f => f.Name));
        var outlets = new Data.Outlets.OutletStore(_factory);
        Assert.NotNull(await outlets.GetAsync("Valley Post"));
        Assert.Equal("Rossiya Segodnya", (await outlets.GetAsync("Sputnik"))!.Owner);
        Assert.Single((await outlets.FeedsAsync(["Valley Post"]))["valley post"]);
    }

    [Fact]
    public async Task FeedAddedWithoutAnOutlet_BelongsToTheOutletItsTitleNames_FromTheFirstPoll()
    {
        _server.MapText("/untitled.xml", "application/rss+xml", Rss(("u1", "Market struck", "/u1", Reports[2])));
        var (poller, feeds, fetcher) = await PollerAsync();
        using var _ = fetcher;
        var feed = (await feeds.GetAsync((await feeds.AddAsync(_server.BaseUrl + "/untitled.xml", null))!.Value))!;

        Assert.Equal(1, (await poller.PollAsync(feed)).Taken);

        Assert.Equal("Loopback Wire", (await feeds.GetAsync(feed.Id))!.Name);
        Assert.NotNull(await new Data.Outlets.OutletStore(_factory).GetAsync("Loopback Wire"));
        await using var connection = await _factory.OpenAsync();
        Assert.Equal("Loopback Wire", await connection.ExecuteScalarAsync<string>("SELECT outlet FROM articles"));
    }

    [Fact]
    public async Task ItemCopyingAStoredReport_IsAnAppearanceCreditedToTheFeedsOutlet()
    {
        var ingester = _services.GetRequiredService<ArticleIngester>();
        Assert.Null((await ingester.IngestBytesAsync("original.txt", Encoding.UTF8.GetBytes("Village shelled\n\n" + Reports[0]),
            new ArticleOverrides("Village shelled", "Field Wire", new DateOnly(2017, 3, 6)))).Error);
        _server.MapText("/copies.xml", "application/rss+xml", Rss(("c1", "Village shelled", "/c1", Reports[0] + " Republished with permission.")));
        var (poller, feeds, fetcher) = await PollerAsync();
        using var _ = fetcher;
        var feed = (await feeds.GetAsync((await feeds.AddAsync(_server.BaseUrl + "/copies.xml", "Echo Daily"))!.Value))!;

        Assert.Equal(1, (await poller.PollAsync(feed)).Taken);

        Assert.Equal(1L, await CountAsync("articles"));
        await using var connection = await _factory.OpenAsync();
        Assert.Equal("Echo Daily", await connection.ExecuteScalarAsync<string>("SELECT outlet FROM article_appearances"));
    }

    [Fact]
    public async Task ItemSeenTwice_IsTakenOnce()
    {
        _server.MapText("/twice.xml", "application/rss+xml", Rss(("same", "Village shelled", "/s", Reports[0]), ("same", "Village shelled", "/s", Reports[0])));
        var (poller, feeds, fetcher) = await PollerAsync();
        using var _ = fetcher;
        var feed = await AddAsync(feeds, "/twice.xml");

        var first = await poller.PollAsync(feed);
        var again = await poller.PollAsync((await feeds.GetAsync(feed.Id))!);

        Assert.Equal(1, first.Taken);
        Assert.Equal(0, again.Taken);
        Assert.Equal(1L, await CountAsync("articles"));
    }

    [Fact]
    public async Task MalformedFeed_FailsWithAClearStatus_AndTheNextFeedIsStillPolled()
    {
        _server.MapText("/broken.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>cut off");
        _server.MapText("/good.xml", "application/rss+xml", Rss(("g1", "Market struck", "/g1", Reports[2])));
        var (poller, feeds, fetcher) = await PollerAsync();
        using var _ = fetcher;
        await AddAsync(feeds, "/broken.xml");
        await AddAsync(feeds, "/good.xml");

        var results = await poller.PollAllAsync();

        Assert.StartsWith("not an RSS or Atom feed", results[0].Error);
        Assert.StartsWith("not an RSS or Atom feed", (await feeds.ListAsync())[0].LastError);
        Assert.Equal(1, results[1].Taken);
    }

    [Fact]
    public async Task FeedThatTimesOut_FailsWithATimeoutStatus()
    {
        _server.Map("/slow.xml", async context => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        // A longer timeout than the other tests' 600 ms: on a loaded machine a request can time out before the test
        // server has even handed it to its handler, and then the retry would not be counted.
        var options = new FeedOptions { Timeout = TimeSpan.FromSeconds(3), Retries = 1, RetryDelay = Fast.RetryDelay, HostInterval = TimeSpan.Zero };
        using var fetcher = new FeedFetcher(options);
        var feeds = new FeedStore(_factory);
        var poller = new FeedPoller(feeds, _services.GetRequiredService<ArticleIngester>(), fetcher, options);

        var result = await poller.PollAsync(await AddAsync(feeds, "/slow.xml"));

        Assert.StartsWith("timed out", result.Error);
        Assert.Equal(2, _server.Requests.Count(r => r.Path == "/slow.xml")); // one retry
    }

    [Fact]
    public async Task FeedThatTimesOut_WithRetriesZero_IsTriedOnce()
    {
        _server.Map("/slow-once.xml", async context => await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted));
        var once = new FeedOptions { Timeout = Fast.Timeout, Retries = 0, HostInterval = TimeSpan.Zero };
        using var fetcher = new FeedFetcher(once);
        var feeds = new FeedStore(_factory);
        var poller = new FeedPoller(feeds, _services.GetRequiredService<ArticleIngester>(), fetcher, once);

        var result = await poller.PollAsync(await AddAsync(feeds, "/slow-once.xml"));

        Assert.StartsWith("timed out", result.Error);
        Assert.Single(_server.Requests, r => r.Path == "/slow-once.xml");
    }

    [Fact]
    public async Task SummaryOnlyItems_FetchTheirPages_EachFailureNamedAndTheGoodPageTaken()
    {
        var article = $"<html><head><title>Village captured</title></head><body><nav>Home | World</nav><article><h1>Village captured</h1>"
            + string.Concat(Reports[1].Split(". ").Select(s => $"<p>{s}.</p>")) + "<p>Caf\u00e9 owners in the town said trade had stopped.</p></article></body></html>";
        _server.Map("/latin1", async context =>
        {
            context.Response.ContentType = "text/html; charset=iso-8859-1";
            await context.Response.Body.WriteAsync(Encoding.Latin1.GetBytes(article));
        });
        _server.MapText("/empty", "text/html", "<html><body><nav>Home</nav><footer>Contact</footer></body></html>");
        _server.MapText("/huge", "text/html", "<html><body><p>" + new string('x', 300_000) + "</p></body></html>");
        _server.Map("/loop", context => { context.Response.Redirect("/loop2"); return Task.CompletedTask; });
        _server.Map("/loop2", context => { context.Response.Redirect("/loop"); return Task.CompletedTask; });
        _server.MapText("/pages.xml", "application/rss+xml", Rss(("p1", "Village captured", _server.BaseUrl + "/latin1", "Short."),
            ("p2", "Nothing here", _server.BaseUrl + "/empty", ""), ("p3", "Huge", _server.BaseUrl + "/huge", ""), ("p4", "Loop", _server.BaseUrl + "/loop", "")));
        var (poller, feeds, fetcher) = await PollerAsync();
        using var _ = fetcher;

        var result = await poller.PollAsync(await AddAsync(feeds, "/pages.xml"));

        Assert.Null(result.Error);
        Assert.Equal(1, result.Taken);
        Assert.Contains(result.ItemProblems, p => p.StartsWith("p2: the article page has no article text", StringComparison.Ordinal));
        Assert.Contains(result.ItemProblems, p => p.StartsWith("p3: article page larger than", StringComparison.Ordinal));
        Assert.Contains(result.ItemProblems, p => p.StartsWith("p4: article page HTTP 302", StringComparison.Ordinal));
        await using var connection = await _factory.OpenAsync();
        var text = await connection.ExecuteScalarAsync<string>("SELECT original_text FROM articles");
        Assert.Contains("Caf\u00e9 owners", text);
        Assert.Contains("Tell Rifaat", text);
        Assert.DoesNotContain("Home | World", text);
    }

    [Fact]
    public async Task SummaryItem_WhosePageIsGone_IsTakenWithItsSummary_AndAnItemWithNeitherIsNamed()
    {
        var summary = Reports[2].Split(". ")[0] + ".";
        _server.MapText("/gone.xml", "application/rss+xml", Rss(("g1", "Market hit", _server.BaseUrl + "/no-such-page", summary),
            ("g2", "Nothing at all", _server.BaseUrl + "/no-such-page-either", "")));
        var (poller, feeds, fetcher) = await PollerAsync();
        using var _ = fetcher;

        var result = await poller.PollAsync(await AddAsync(feeds, "/gone.xml"));

        Assert.Equal(1, result.Taken);
        Assert.Contains(result.ItemProblems, p => p.StartsWith("g2: article page HTTP 404", StringComparison.Ordinal));
        await using var connection = await _factory.OpenAsync();
        Assert.Contains("Ariha", await connection.ExecuteScalarAsync<string>("SELECT original_text FROM articles"));
    }
}
