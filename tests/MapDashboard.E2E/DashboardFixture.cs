using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>One running app and one headless Debian chromium shared by the browser tests of a collection.</summary>
public class DashboardFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public MapDashboard.Tests.Shared.AppProcess Server { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The event store the app reads: the hand-written <see cref="DashboardCorpus"/> unless a subclass fills it otherwise.</summary>
    public string EventDatabase { get; } = Path.Combine(Directory.CreateTempSubdirectory("mapdash-e2e-").FullName, "events.db");

    public async Task InitializeAsync()
    {
        await PrepareStoreAsync(EventDatabase);
        var environment = new Dictionary<string, string> { ["MapDashboard__EventDatabase"] = EventDatabase };
        await ConfigureAsync(environment);
        Server = await AppServer.StartAsync(environment);
        _playwright = await Playwright.CreateAsync();
        // A loaded CI machine renders slowly: assertions wait for their state up to 15 s unless they say otherwise (5 s by default).
        Assertions.SetDefaultExpectTimeout(15_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>Adds environment variables (configuration) for the app before it starts; none by default.</summary>
    protected virtual Task ConfigureAsync(IDictionary<string, string> environment) => Task.CompletedTask;

    /// <summary>Fills the store the app will read (the hand-written corpus by default).</summary>
    protected virtual Task PrepareStoreAsync(string database) => DashboardCorpus.WriteAsync(database);

    /// <summary>A fresh page (own context) at 1280x800 that records console errors and failed requests.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(string path = "/", int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add("page error: " + error);
        page.RequestFailed += (_, request) =>
        {
            if (request.Url.StartsWith(Server.BaseUrl, StringComparison.Ordinal))
            {
                errors.Add($"request failed: {request.Url} {request.Failure}");
            }
        };
        await page.GotoAsync(Server.BaseUrl + path);
        return (page, errors);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(EventDatabase)!, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}

/// <summary>
/// The app over its own copy of the hand-written corpus for the tests that write (add articles, correct, delete): what
/// they add or re-process does not change what the read-only dashboard tests count.
/// </summary>
public sealed class WritingDashboardFixture : DashboardFixture;

[CollectionDefinition(Name)]
public sealed class WritingDashboardCollection : ICollectionFixture<WritingDashboardFixture>
{
    public const string Name = "dashboard that is written to";
}

/// <summary>The app over the seeds as the real pipeline stores them (the one end-to-end test of the pipeline).</summary>
public sealed class SeedDashboardFixture : DashboardFixture
{
    protected override Task PrepareStoreAsync(string database) => TestCorpus.IngestSeedsAsync(database);
}

[CollectionDefinition(Name)]
public sealed class SeedDashboardCollection : ICollectionFixture<SeedDashboardFixture>
{
    public const string Name = "dashboard over the seeds";
}

/// <summary>The app over a synthetic store large enough that the server clusters the window's events.</summary>
public sealed class ScaleDashboardFixture : DashboardFixture
{
    /// <summary>Events in the synthetic store.</summary>
    public const int Events = 40_000;

    protected override async Task PrepareStoreAsync(string database)
    {
        var layout = MapDashboard.Data.RepositoryLayout.Discover() ?? throw new InvalidOperationException("Run the tests inside the checkout.");
        var gazetteer = await MapDashboard.Data.Gazetteer.GazetteerBuilder.EnsureBuiltAsync(layout);
        await new MapDashboard.Data.Synth.SyntheticStoreGenerator(gazetteer, MapDashboard.Core.Actors.FactionCatalogue.LoadDefault()).GenerateAsync(database, Events, seed: 11);
    }
}

[CollectionDefinition(Name)]
public sealed class ScaleDashboardCollection : ICollectionFixture<ScaleDashboardFixture>
{
    public const string Name = "dashboard at scale";
}
