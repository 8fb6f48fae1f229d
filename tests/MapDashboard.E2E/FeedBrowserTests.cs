using System.Net;
using MapDashboard.Cli.Tests.Feeds;
using MapDashboard.Data;
using MapDashboard.Data.Store;
using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>The dashboard with a short feed check (Ingest:Feeds:CheckInterval) and a loopback feed server.</summary>
public sealed class FeedDashboardFixture : DashboardFixture, IAsyncLifetime
{
    internal LoopbackServer Feeds { get; private set; } = default!;

    /// <summary>Stops the app and the browser, then the feed server.</summary>
    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Feeds is not null)
        {
            await Feeds.DisposeAsync();
        }
    }

    protected override async Task ConfigureAsync(IDictionary<string, string> environment)
    {
        Feeds = await LoopbackServer.StartAsync();
        environment["Ingest__Feeds__CheckInterval"] = "00:00:01";
        environment["Ingest__Feeds__HostInterval"] = "00:00:00";
        // The items carry their whole (short) text, so no article page is fetched.
        environment["Ingest__Feeds__MinItemTextChars"] = "40";
    }
}

[CollectionDefinition(Name)]
public sealed class FeedDashboardCollection : ICollectionFixture<FeedDashboardFixture>
{
    public const string Name = "dashboard following a loopback feed";
}

/// <summary>A feed added on the Feeds page is polled, its items' events reach an open map without a reload, and polling again adds nothing.</summary>
[Collection(FeedDashboardCollection.Name)]
public sealed class FeedBrowserTests(FeedDashboardFixture fixture)
{
    private static readonly (string Guid, string Title, string Text)[] Items =
    [
        ("loop-1", "Shelling in Saraqib", "Government artillery shelled the town of Saraqib on Thursday, killing three civilians, local activists said."),
        ("loop-2", "Air strikes on Khan Shaykhun", "Russian warplanes carried out air strikes on Khan Shaykhun on Wednesday, a monitoring group said."),
        ("loop-3", "Clashes near Jisr al-Shughur", "Rebel fighters attacked army positions near Jisr al-Shughur on Tuesday, a military source said."),
    ];

    private static string Rss() =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Loopback Wire</title><link>http://127.0.0.1/</link><description>test</description>"
        + string.Concat(Items.Select(i => $"<item><guid>{i.Guid}</guid><title>{i.Title}</title>"
            + $"<pubDate>Fri, 10 Mar 2017 09:00:00 GMT</pubDate><description>{WebUtility.HtmlEncode(i.Text)}</description></item>"))
        + "</channel></rss>";

    [Fact]
    public async Task AFeedWithThreeItems_PutsTheirEventsOnAnOpenMap_WithoutAReload_AndPollingAgainAddsNothing()
    {
        fixture.Feeds.MapText("/wire.xml", "application/rss+xml", Rss(), etag: "\"v1\"");
        var (map, mapErrors) = await fixture.OpenAsync("/?window=alltodate");
        await map.WaitForFunctionAsync("() => /\\d+ event/.test(document.querySelector('[data-testid=event-count]')?.textContent ?? '')",
            null, new PageWaitForFunctionOptions { Timeout = 60_000 });

        var queries = new EventQueries(new SqliteConnectionFactory(fixture.EventDatabase, readOnly: true));
        var window = new EventQuery { From = new DateOnly(2017, 3, 7), To = new DateOnly(2017, 3, 10) };
        var before = (await queries.FindAsync(window)).Select(e => e.Id).ToHashSet();

        var (feeds, feedErrors) = await fixture.OpenAsync("/feeds");
        await feeds.WaitForSelectorAsync(".md-feeds[data-ready=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await feeds.Locator("[data-testid=feed-url] input").FillAsync(fixture.Feeds.BaseUrl + "/wire.xml");
        await feeds.Locator("[data-testid=feed-name] input").FillAsync("Loopback Wire");
        await feeds.Locator("[data-testid=feed-name] input").PressAsync("Tab");
        await feeds.Locator("[data-testid=feed-add] button").ClickAsync();

        // The poll service takes the three items; the open Feeds page shows it without a reload.
        var row = feeds.Locator("[data-testid=feed-row]");
        try
        {
            await Assertions.Expect(row).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
        }
        catch (PlaywrightException)
        {
            Assert.Fail("No feed row after Add. The page says: " + await feeds.Locator(".mud-main-content").InnerTextAsync());
        }
        await Assertions.Expect(row.Locator("[data-testid=feed-taken]")).ToHaveTextAsync("3", new LocatorAssertionsToHaveTextOptions { Timeout = 90_000 });
        await Assertions.Expect(row.Locator("[data-testid=feed-last-error]")).ToHaveTextAsync("none");

        // Each item's event is in the store (one per article, on the day its sentence names) and on the map that stayed open.
        var added = (await queries.FindAsync(window)).Where(e => !before.Contains(e.Id)).ToList();
        Assert.Equal(3, added.Select(e => e.PlaceId).Distinct().Count());
        Assert.Subset(added.Select(e => e.DateStart).ToHashSet(), new HashSet<string?> { "2017-03-07", "2017-03-08", "2017-03-09" });
        foreach (var e in added)
        {
            await map.WaitForFunctionAsync("p => [...document.querySelectorAll('.md-event-row')].some(r => r.textContent.includes(p))", e.PlaceName,
                new PageWaitForFunctionOptions { Timeout = 60_000 });
        }

        // Polling again ("Poll now", the same poller as the background service) adds nothing: no article, no event.
        var events = await queries.CountAsync(new EventQuery());
        await row.Locator("[data-testid=feed-poll]").ClickAsync();
        await Assertions.Expect(row.Locator("[data-testid=feed-poll-result]")).ToContainTextAsync("nothing new", new LocatorAssertionsToContainTextOptions { Timeout = 60_000 });
        await Assertions.Expect(row.Locator("[data-testid=feed-taken]")).ToHaveTextAsync("3");
        Assert.Equal(events, await queries.CountAsync(new EventQuery()));
        Assert.Empty(mapErrors);
        Assert.Empty(feedErrors);
        await map.Context.CloseAsync();
        await feeds.Context.CloseAsync();
    }
}
