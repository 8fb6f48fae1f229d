using Bunit;
using MapDashboard.Data;
using MapDashboard.Cli.Tests.Feeds;
using MapDashboard.Data.Feeds;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using MapDashboard.Web.Components.Pages;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace MapDashboard.Web.Tests.Feeds;

/// <summary>The Feeds page: listing, adding (http/https only, with a clear error), pausing, resuming, removing, and refusal without write access.</summary>
public sealed class FeedsPageTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mapdash-feedspage-" + Guid.NewGuid().ToString("N"));
    private FeedStore _feeds = default!;
    private LoopbackServer _server = default!;
    private FeedFetcher _fetcher = default!;
    private readonly List<(string Source, string Text, ArticleOverrides Overrides)> _ingested = [];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var factory = new SqliteConnectionFactory(Path.Combine(_folder, "store.db"));
        var events = new EventStore(factory);
        await events.InitializeAsync();
        _feeds = new FeedStore(factory);
        _server = await LoopbackServer.StartAsync();
        var options = new FeedOptions { Timeout = TimeSpan.FromSeconds(5), Retries = 0, HostInterval = TimeSpan.Zero, MinItemTextChars = 20 };
        _fetcher = new FeedFetcher(options);
        // The page's poller stores through this recorder instead of the pipeline: the page is under test, not the coder.
        var poller = new FeedPoller(_feeds, (source, bytes, overrides, _) =>
        {
            lock (_ingested)
            {
                _ingested.Add((source, System.Text.Encoding.UTF8.GetString(bytes), overrides));
                return Task.FromResult(new IngestFileResult(source, new IngestOutcome(_ingested.Count, IngestStatus.Added, 1, 1), null));
            }
        }, _fetcher, options);
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddSingleton(EventStoreLocation.Sqlite(Path.Combine(_folder, "store.db")));
        _context.Services.AddSingleton(_feeds);
        _context.Services.AddSingleton(new MapDashboard.Data.Outlets.OutletStore(factory));
        _context.Services.AddSingleton(poller);
        _context.Services.AddSingleton(events);
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        _fetcher.Dispose();
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private void UseAccess(string? analystKey, string listening = "http://127.0.0.1:5000") =>
        _context.Services.AddSingleton(ListeningServer.Access(analystKey, listening));

    /// <summary>Types into a field: the address and the outlet bind as typed (input events), the others when left (change).</summary>
    private static void Fill(IRenderedComponent<Components.Pages.Feeds> page, string testId, string value)
    {
        var input = page.Find($"[data-testid={testId}] input");
        if (testId is "feed-url" or "feed-name")
        {
            input.Input(value);
        }
        else
        {
            input.Change(value);
        }
    }

    [Fact]
    public async Task AFeedIsAdded_Listed_Paused_Resumed_AndRemoved()
    {
        UseAccess(null);
        await _feeds.AddAsync("https://news.example.org/rss", "Example News");
        var page = _context.Render<Components.Pages.Feeds>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=feed-row]")));
        Assert.Equal("never", page.Find("[data-testid=feed-last-poll]").TextContent);
        Assert.Equal("none", page.Find("[data-testid=feed-last-error]").TextContent);
        Assert.Equal("active", page.Find("[data-testid=feed-state]").TextContent);

        Fill(page, "feed-url", "http://wire.example.net/atom.xml");
        page.Find("[data-testid=feed-add] button").Click();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=feed-row]").Count));
        Assert.Equal(["https://news.example.org/rss", "http://wire.example.net/atom.xml"], (await _feeds.ListAsync()).Select(f => f.Url));

        page.FindAll("[data-testid=feed-pause]")[0].Click();
        page.WaitForAssertion(() => Assert.Equal("paused", page.FindAll("[data-testid=feed-state]")[0].TextContent));
        Assert.Equal(1, (await _feeds.ListAsync())[0].Paused);
        Assert.Equal("Resume", page.FindAll("[data-testid=feed-pause]")[0].TextContent.Trim());
        page.FindAll("[data-testid=feed-pause]")[0].Click();
        page.WaitForAssertion(() => Assert.Equal("active", page.FindAll("[data-testid=feed-state]")[0].TextContent));
        Assert.Equal(0, (await _feeds.ListAsync())[0].Paused);

        page.FindAll("[data-testid=feed-remove]")[0].Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=feed-row]")));
        Assert.Equal("http://wire.example.net/atom.xml", Assert.Single(await _feeds.ListAsync()).Url);
    }

    [Theory]
    [InlineData("ftp://files.example.org/feed.xml")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a web address")]
    public async Task AnAddressThatIsNotHttp_IsRefusedWithAClearError_AndNothingIsStored(string url)
    {
        UseAccess(null);
        var page = _context.Render<Components.Pages.Feeds>();
        Fill(page, "feed-url", url);
        page.Find("[data-testid=feed-add] button").Click();

        page.WaitForAssertion(() => Assert.Contains("is not an http or https address", page.Find("[data-testid=feed-error]").TextContent));
        Assert.Empty(await _feeds.ListAsync());
        Assert.NotNull(page.Find("[data-testid=feeds-none]"));
    }

    [Fact]
    public async Task TheSameFeedTwice_IsReported_AndStoredOnce()
    {
        UseAccess(null);
        await _feeds.AddAsync("https://news.example.org/rss", null);
        var page = _context.Render<Components.Pages.Feeds>();
        Fill(page, "feed-url", "https://news.example.org/rss");
        page.Find("[data-testid=feed-add] button").Click();

        page.WaitForAssertion(() => Assert.Contains("subscribed already", page.Find("[data-testid=feed-error]").TextContent));
        Assert.Single(await _feeds.ListAsync());
    }

    [Fact]
    public async Task WithAnAnalystKey_AChangeWithoutTheKey_IsRefused()
    {
        UseAccess("s3cret-key");
        await _feeds.AddAsync("https://news.example.org/rss", null);
        var page = _context.Render<Components.Pages.Feeds>();
        Assert.NotNull(page.Find("[data-testid=analyst-key]"));

        Fill(page, "feed-url", "https://other.example.org/rss");
        page.Find("[data-testid=feed-add] button").Click();
        page.WaitForAssertion(() => Assert.Contains("analyst key is missing or wrong", page.Find("[data-testid=feed-error]").TextContent));
        page.Find("[data-testid=feed-remove]").Click();
        page.Find("[data-testid=feed-pause]").Click();

        var stored = Assert.Single(await _feeds.ListAsync());
        Assert.Equal("https://news.example.org/rss", stored.Url);
        Assert.Equal(0, stored.Paused);

        Fill(page, "analyst-key", "s3cret-key");
        page.Find("[data-testid=feed-pause]").Click();
        page.WaitForAssertion(() => Assert.Equal("paused", page.Find("[data-testid=feed-state]").TextContent));
    }

    [Fact]
    public void ListeningBeyondLoopbackWithoutAKey_WritingIsOff_AndNoFormIsShown()
    {
        UseAccess(null, "http://0.0.0.0:5000");
        var page = _context.Render<Components.Pages.Feeds>();

        Assert.Contains("Writing is off", page.Find("[data-testid=writes-off]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=feed-add]"));
    }

    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Valley Wire</title><link>http://127.0.0.1/</link><description>test</description>
        <item><guid>v1</guid><title>Bridge reopened</title><link>http://127.0.0.1/v1</link><description>The bridge over the river reopened to traffic on Monday after repairs.</description></item>
        <item><guid>v2</guid><title>Market closed</title><link>http://127.0.0.1/v2</link><description>The town's market stayed closed on Tuesday after a night of shelling nearby.</description></item>
        </channel></rss>
        """;

    [Fact]
    public async Task PollNow_PollsThatFeedOnce_AndShowsWhatItTook_ThenThatNothingIsNew()
    {
        UseAccess(null);
        _server.MapText("/valley.xml", "application/rss+xml", Rss.Trim(), "\"r1\"");
        await _feeds.AddAsync(_server.BaseUrl + "/valley.xml", "Valley Wire");
        await _feeds.AddAsync(_server.BaseUrl + "/other.xml", null);
        var page = _context.Render<Components.Pages.Feeds>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=feed-row]").Count));

        page.FindAll("[data-testid=feed-poll]")[0].Click();
        page.WaitForAssertion(() => Assert.Equal("Polled: 2 new article(s) taken.", page.Find("[data-testid=feed-poll-result]").TextContent.Trim()), TimeSpan.FromSeconds(10));
        Assert.Equal(["Bridge reopened", "Market closed"], _ingested.Select(i => i.Overrides.Title));
        Assert.All(_ingested, i => Assert.Equal("Valley Wire", i.Overrides.Outlet));
        Assert.DoesNotContain(_server.Requests, r => r.Path == "/other.xml");
        page.WaitForAssertion(() => Assert.Equal("2", page.FindAll("[data-testid=feed-taken]")[0].TextContent));

        page.FindAll("[data-testid=feed-poll]")[0].Click();
        page.WaitForAssertion(() => Assert.Contains("nothing new", page.Find("[data-testid=feed-poll-result]").TextContent), TimeSpan.FromSeconds(10));
        Assert.Equal(2, _ingested.Count);
    }

    [Fact]
    public async Task PollNow_OfAFeedThatFails_ShowsWhy()
    {
        UseAccess(null);
        _server.MapText("/broken.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>cut");
        await _feeds.AddAsync(_server.BaseUrl + "/broken.xml", "Broken Wire");
        var page = _context.Render<Components.Pages.Feeds>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=feed-poll]")));
        page.Find("[data-testid=feed-poll]").Click();
        page.WaitForAssertion(() => Assert.StartsWith("Poll failed: not an RSS or Atom feed", page.Find("[data-testid=feed-poll-result]").TextContent.Trim()), TimeSpan.FromSeconds(10));
        Assert.Empty(_ingested);
    }

    [Fact]
    public async Task WithAnAnalystKey_PollNowWithoutTheKey_IsRefused_AndNothingIsFetched()
    {
        UseAccess("s3cret-key");
        _server.MapText("/valley.xml", "application/rss+xml", Rss.Trim());
        await _feeds.AddAsync(_server.BaseUrl + "/valley.xml", "Valley Wire");
        var page = _context.Render<Components.Pages.Feeds>();

        page.Find("[data-testid=feed-poll]").Click();

        page.WaitForAssertion(() => Assert.Contains("analyst key is missing or wrong", page.Find("[data-testid=feed-error]").TextContent));
        Assert.Empty(_server.Requests);
        Assert.Empty(_ingested);
    }

    [Fact]
    public async Task AKnownOutletIsPicked_AndANewOneIsCreated_WhenAFeedIsAdded()
    {
        UseAccess(null);
        var page = _context.Render<Components.Pages.Feeds>();
        page.Find("[data-testid=feed-outlet-pick][data-name='Sputnik']").Click();
        Fill(page, "feed-url", "https://sputnik.example/rss");
        page.Find("[data-testid=feed-add] button").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=feed-row]")));
        Fill(page, "feed-url", "https://valley.example/rss");
        Fill(page, "feed-name", "Valley Post");
        page.Find("[data-testid=feed-add] button").Click();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=feed-row]").Count));

        Assert.Equal(["Sputnik", "Valley Post"], (await _feeds.ListAsync()).Select(f => f.Name));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=feed-outlet-pick][data-name='Valley Post']")));
    }
}
