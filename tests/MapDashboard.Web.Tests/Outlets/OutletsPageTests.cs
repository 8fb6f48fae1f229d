using Bunit;
using MapDashboard.Data;
using MapDashboard.Data.Feeds;
using MapDashboard.Data.Outlets;
using MapDashboard.Data.Store;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace MapDashboard.Web.Tests.Outlets;

/// <summary>The Outlets page (issue #19.5): facts with their references and feeds listed; edits validated, saved, refused without write access.</summary>
public sealed class OutletsPageTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mapdash-outletspage-" + Guid.NewGuid().ToString("N"));
    private OutletStore _outlets = default!;
    private FeedStore _feeds = default!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var factory = new SqliteConnectionFactory(Path.Combine(_folder, "store.db"));
        var events = new EventStore(factory);
        await events.InitializeAsync();
        _outlets = new OutletStore(factory);
        _feeds = new FeedStore(factory);
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddSingleton(EventStoreLocation.Sqlite(Path.Combine(_folder, "store.db")));
        _context.Services.AddSingleton(_outlets);
        _context.Services.AddSingleton(events);
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private void UseAccess(string? analystKey, string listening = "http://127.0.0.1:5000") =>
        _context.Services.AddSingleton(ListeningServer.Access(analystKey, listening));

    private static void Fill(IRenderedComponent<Components.Pages.Outlets> page, string field, string value) =>
        page.Find($"[data-testid=outlet-{field}] input").Change(value);

    private static void EditRow(IRenderedComponent<Components.Pages.Outlets> page, string name) =>
        page.Find($"[data-testid=outlet-row][data-name='{name}'] [data-testid=outlet-edit]").Click();

    [Fact]
    public async Task SeededOutlets_ShowEachFactWithItsReference_AndTheirFeeds()
    {
        UseAccess(null);
        await _feeds.AddAsync("https://sputnik.example/rss", "Sputnik");
        var page = _context.Render<Components.Pages.Outlets>();

        var row = page.Find("[data-testid=outlet-row][data-name='Sputnik']");
        var owner = row.QuerySelector("[data-testid=outlet-fact][data-field=owner]")!;
        Assert.Contains("Rossiya Segodnya", owner.TextContent);
        Assert.Contains("Sputnik (news agency)", owner.QuerySelector("[data-testid=outlet-ref]")!.TextContent);
        Assert.Equal("https://sputnik.example/rss", row.QuerySelector("[data-testid=outlet-feed]")!.TextContent);
        Assert.Contains("no reference states it", page.Find("[data-testid=outlet-row][data-name='South Front'] [data-field=owner]").TextContent);
    }

    [Fact]
    public async Task AFactWithoutItsReference_IsMarkedOnTheField_NothingIsSaved_ThenTheFixedEditIsSaved()
    {
        UseAccess(null);
        var page = _context.Render<Components.Pages.Outlets>();
        EditRow(page, "South Front");
        Fill(page, "owner", "Some Owner");
        page.Find("[data-testid=outlet-save] button").Click();

        page.WaitForAssertion(() => Assert.Contains("'Some Owner' needs the public reference", page.Find("[data-testid=outlet-error]").TextContent));
        Assert.Contains("needs the public reference", page.Find("[data-testid=outlet-ownerRef]").TextContent);
        Assert.Null((await _outlets.GetAsync("South Front"))!.Owner);

        Fill(page, "ownerRef", "a register the analyst read");
        page.Find("[data-testid=outlet-save] button").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=outlet-form]")));
        var saved = (await _outlets.GetAsync("South Front"))!;
        Assert.Equal("Some Owner", saved.Owner);
        Assert.Equal("a register the analyst read", saved.OwnerRef);
        Assert.Contains("Some Owner", page.Find("[data-testid=outlet-row][data-name='South Front'] [data-field=owner]").TextContent);
    }

    [Fact]
    public async Task ANewOutlet_IsAdded_AndATakenNameIsRefused()
    {
        UseAccess(null);
        var page = _context.Render<Components.Pages.Outlets>();
        page.Find("[data-testid=outlet-new] button").Click();
        Fill(page, "name", "Valley Post");
        Fill(page, "language", "English");
        Fill(page, "languageRef", "the outlet's own about page");
        page.Find("[data-testid=outlet-save] button").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=outlet-row][data-name='Valley Post']")));

        page.Find("[data-testid=outlet-new] button").Click();
        Fill(page, "name", "valley post");
        page.Find("[data-testid=outlet-save] button").Click();

        page.WaitForAssertion(() => Assert.Contains("already an outlet named 'Valley Post'", page.Find("[data-testid=outlet-error]").TextContent));
        Assert.Equal("English", (await _outlets.GetAsync("Valley Post"))!.Language);
    }

    [Fact]
    public async Task WithAnAnalystKey_AnEditWithoutTheKey_IsRefused_AndTheKeySavesIt()
    {
        UseAccess("s3cret-key");
        var page = _context.Render<Components.Pages.Outlets>();
        EditRow(page, "Sputnik");
        Fill(page, "language", "");
        Fill(page, "languageRef", "");
        page.Find("[data-testid=outlet-save] button").Click();

        page.WaitForAssertion(() => Assert.Contains("analyst key is missing or wrong", page.Find("[data-testid=outlet-error]").TextContent));
        Assert.Equal("multilingual", (await _outlets.GetAsync("Sputnik"))!.Language);

        page.Find("[data-testid=analyst-key] input").Change("s3cret-key");
        page.Find("[data-testid=outlet-save] button").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=outlet-form]")));
        Assert.Null((await _outlets.GetAsync("Sputnik"))!.Language);
    }

    [Fact]
    public void ListeningBeyondLoopbackWithoutAKey_WritingIsOff_AndNothingCanBeEdited()
    {
        UseAccess(null, "http://0.0.0.0:5000");
        var page = _context.Render<Components.Pages.Outlets>();

        Assert.Contains("Writing is off", page.Find("[data-testid=writes-off]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=outlet-edit]"));
        Assert.Empty(page.FindAll("[data-testid=outlet-new]"));
        Assert.NotEmpty(page.FindAll("[data-testid=outlet-row]"));
    }

    [Fact]
    public async Task OnAFreshInstall_ThePageListsTheBundledOutletsWithoutMakingAStore_AndTheFirstEditMakesIt()
    {
        UseAccess(null);
        var path = Path.Combine(_folder, "fresh", "store.db");
        var factory = new SqliteConnectionFactory(path);
        var fresh = new OutletStore(factory);
        // Registered last, these win over the test store's.
        _context.Services.AddSingleton(EventStoreLocation.Sqlite(path));
        _context.Services.AddSingleton(fresh);
        _context.Services.AddSingleton(new EventStore(factory));
        var page = _context.Render<Components.Pages.Outlets>();

        Assert.Equal(OutletStore.ReadBundled().Count, page.FindAll("[data-testid=outlet-row]").Count);
        Assert.False(File.Exists(path));

        EditRow(page, "Sputnik");
        Fill(page, "website", "");
        Fill(page, "websiteRef", "");
        page.Find("[data-testid=outlet-save] button").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=outlet-form]")));
        Assert.True(File.Exists(path));
        Assert.Null((await fresh.GetAsync("Sputnik"))!.Website);
        Assert.Equal(OutletStore.ReadBundled().Count, (await fresh.ListAsync()).Count);
    }
}
