using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MapDashboard.Data;
using MapDashboard.Data.Store;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MapDashboard.E2E;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ManyUsersCollection
{
    public const string Name = "many users";
}

/// <summary>
/// Issue #8, many users: 20 browser sessions scrub, filter and open popups against one server while articles are
/// ingested; no errors in any browser or in the server's log, and once the sessions close the server holds no circuit,
/// JS interop reference or StoreChanged listener and its managed heap is back to its baseline.
/// MAPDASH_MANY_USERS_SECONDS (default 20) and MAPDASH_MANY_USERS (default 20) make a longer or larger run.
/// </summary>
[Collection(ManyUsersCollection.Name)]
public sealed partial class ManyUsersTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] Towns = ["Saraqib", "Maarat al-Numan", "Jisr al-Shughur", "Kafr Nabl", "Khan Shaykhun", "Ariha", "Manbij", "Tal Abyad"];

    private readonly string _folder = Directory.CreateTempSubdirectory("mapdash-many-").FullName;
    private MapDashboard.Tests.Shared.AppProcess _server = default!;
    private IPlaywright _playwright = default!;
    private IBrowser _browser = default!;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    private string Database => Path.Combine(_folder, "events.db");

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;

    public async Task InitializeAsync()
    {
        await DashboardCorpus.WriteAsync(Database);
        _server = await AppServer.StartAsync(new Dictionary<string, string>
        {
            ["MapDashboard__EventDatabase"] = Database,
            // A browser that vanishes without saying goodbye is forgotten after 10 s here (3 minutes by default).
            ["Limits__DisconnectedCircuitRetention"] = "00:00:10",
        });
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-renderer-backgrounding", "--disable-background-timer-throttling"],
        });
    }

    [Fact]
    public async Task TwentySessionsScrubbingDuringAnIngest_LeaveNoErrorsCircuitsOrMemoryBehind()
    {
        var sessions = Setting("MAPDASH_MANY_USERS", 20);
        var seconds = Setting("MAPDASH_MANY_USERS_SECONDS", 20);
        var span = (await new EventQueries(new SqliteConnectionFactory(Database, readOnly: true)).GetDateSpanAsync())!.Value;

        // Warm up what stays loaded for the app's life (the ingest's gazetteer index, a first circuit), then measure.
        Assert.True((await PostArticleAsync(0)).IsSuccessStatusCode);
        await using (var warmUp = await Session.OpenAsync(_browser, _server.BaseUrl, 0))
        {
            await warmUp.ScrubAsync(span, TimeSpan.FromSeconds(3));
            await warmUp.CloseAsync(graceful: true);
        }
        await WaitUntilReleasedAsync(TimeSpan.FromSeconds(60));
        var baseline = await MeasureAfterGcAsync();
        output.WriteLine($"baseline: {baseline}");

        var clock = Stopwatch.StartNew();
        // Users arrive a few at a time (twenty page loads at once on two cores only measure the machine).
        using var arrivals = new SemaphoreSlim(4);
        var opened = await Task.WhenAll(Enumerable.Range(1, sessions).Select(async i =>
        {
            await arrivals.WaitAsync();
            try
            {
                return await Session.OpenAsync(_browser, _server.BaseUrl, i);
            }
            finally
            {
                arrivals.Release();
            }
        }));
        var peak = await HealthAsync();
        Assert.Equal(sessions, peak.OpenCircuits);
        Assert.Equal(6 * sessions, peak.InteropReferences); // each map and each time bar: a DotNetObjectReference, a module and an object
        output.WriteLine($"{sessions} sessions open after {clock.Elapsed.TotalSeconds:F0} s: {peak}");

        var until = TimeSpan.FromSeconds(seconds);
        var ingest = IngestWhileScrubbingAsync(until);
        await Task.WhenAll(opened.Select(s => s.ScrubAsync(span, until)));
        var ingested = await ingest;
        await Task.WhenAll(opened.Select(s => s.AssertAliveAsync(span)));
        var actions = opened.Sum(s => s.Actions);
        var errors = opened.SelectMany(s => s.Errors.Select(e => $"session {s.Number}: {e}")).ToList();
        output.WriteLine($"{actions} actions, {opened.Sum(s => s.Stalls)} slow actions, {ingested} articles ingested in {clock.Elapsed.TotalSeconds:F0} s");

        // Half leave the page (Blazor says goodbye), half vanish (the tab is killed).
        await Task.WhenAll(opened.Select(s => s.CloseAsync(graceful: s.Number % 2 == 0)));
        var released = await WaitUntilReleasedAsync(TimeSpan.FromSeconds(90));
        var after = await MeasureAfterGcAsync();
        output.WriteLine($"after: {after} (released in {released.TotalSeconds:F0} s)");

        Assert.True(errors.Count == 0, "browser errors:\n" + string.Join("\n", errors.Take(20)));
        Assert.True(ingested >= 3, $"only {ingested} articles were ingested during the run");
        Assert.True(actions >= sessions, $"only {actions} actions in {seconds} s");
        var serverErrors = ServerErrorLine().Matches(_server.Log).Select(m => m.Value).ToList();
        Assert.True(serverErrors.Count == 0, "server log:\n" + string.Join("\n", serverErrors.Take(20)));
        Assert.True(after.Gen2Collections > baseline.Gen2Collections, "no full GC ran before the measurement");
        var tolerance = Math.Max(48L << 20, baseline.HeapBytes * 3 / 10);
        Assert.True(after.HeapBytes <= baseline.HeapBytes + tolerance,
            $"managed heap {after.HeapBytes >> 20} MB after the sessions closed, baseline {baseline.HeapBytes >> 20} MB (tolerance {tolerance >> 20} MB)");
        Assert.True(after.WorkingSetBytes <= baseline.WorkingSetBytes * 2 + (256L << 20),
            $"working set {after.WorkingSetBytes >> 20} MB after the sessions closed, baseline {baseline.WorkingSetBytes >> 20} MB");
    }

    private Task<HttpResponseMessage> PostArticleAsync(int n)
    {
        var town = Towns[n % Towns.Length];
        var other = Towns[(n + 3) % Towns.Length];
        var date = new DateOnly(2017, 1, 5).AddDays(n * 9);
        var text = $"""
            Shelling reported in {town}

            By Staff Writer

            {date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}

            Government artillery shelled {town} on Monday, killing {n + 2} civilians, a monitoring group said. Opposition fighters clashed with the Syrian army near {other} the same day (report {n}).
            """;
        return _http.PostAsync($"{_server.BaseUrl}/api/articles?name=many-users-{n}.txt", new StringContent(text, Encoding.UTF8, "text/plain"));
    }

    /// <summary>Posts an article every few seconds until the time is up; returns how many were added.</summary>
    private async Task<int> IngestWhileScrubbingAsync(TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var added = 0;
        for (var n = 1; clock.Elapsed < duration; n++)
        {
            using var response = await PostArticleAsync(n);
            Assert.True(response.IsSuccessStatusCode, $"ingest {n}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            added++;
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(2, duration.TotalSeconds / 8)));
        }
        return added;
    }

    /// <summary>Waits until the server holds no circuit, interop reference or StoreChanged listener; returns how long it took.</summary>
    private async Task<TimeSpan> WaitUntilReleasedAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var health = await HealthAsync();
        while (health.OpenCircuits + health.InteropReferences + health.StoreChangedListeners > 0)
        {
            Assert.True(clock.Elapsed < timeout, $"still held after {timeout.TotalSeconds:F0} s: {health}");
            await Task.Delay(1000);
            health = await HealthAsync();
        }
        return clock.Elapsed;
    }

    private async Task<Health> HealthAsync()
    {
        var report = await _http.GetFromJsonAsync<JsonElement>(_server.BaseUrl + "/healthz");
        var data = report.GetProperty("checks").GetProperty("circuits").GetProperty("data");
        return new Health(data.GetProperty("openCircuits").GetInt64(), data.GetProperty("interopReferences").GetInt64(),
            data.GetProperty("storeChangedListeners").GetInt64(), data.GetProperty("heapAfterLastGcBytes").GetInt64(),
            data.GetProperty("workingSetBytes").GetInt64(), data.GetProperty("gen2Collections").GetInt64());
    }

    /// <summary>
    /// Has the runtime collect the server's heap from outside (as dotnet-gcdump does, through the diagnostics port:
    /// the app has no endpoint that forces a GC), then reads the heap size that collection left.
    /// </summary>
    private async Task<Health> MeasureAfterGcAsync()
    {
        var before = await HealthAsync();
        const long gcHeapCollectKeyword = 0x800000;
        var client = new DiagnosticsClient(_server.ProcessId);
        using (var session = client.StartEventPipeSession(
            [new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, gcHeapCollectKeyword)], requestRundown: false))
        {
            var drain = session.EventStream.CopyToAsync(Stream.Null);
            var clock = Stopwatch.StartNew();
            var health = await HealthAsync();
            while (health.Gen2Collections == before.Gen2Collections && clock.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(250);
                health = await HealthAsync();
            }
            await session.StopAsync(CancellationToken.None);
            await drain;
        }
        return await HealthAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
        _http.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [GeneratedRegex(@"^.*\b(fail|crit):.*$|^.*Exception.*$", RegexOptions.Multiline)]
    private static partial Regex ServerErrorLine();

    private sealed record Health(long OpenCircuits, long InteropReferences, long StoreChangedListeners, long HeapBytes, long WorkingSetBytes, long Gen2Collections)
    {
        public override string ToString() =>
            $"{OpenCircuits} circuits, {InteropReferences} interop refs, {StoreChangedListeners} listeners, heap {HeapBytes >> 20} MB, working set {WorkingSetBytes >> 20} MB, {Gen2Collections} gen2 GCs";
    }

    /// <summary>One user: a browser context on the dashboard that records console and page errors.</summary>
    private sealed class Session : IAsyncDisposable
    {
        private static readonly PageWaitForSelectorOptions Slow = new() { Timeout = 60_000 };
        private readonly IBrowserContext _context;
        private readonly IPage _page;
        private readonly Random _random;
        private bool _closed;

        private Session(int number, IBrowserContext context, IPage page)
        {
            Number = number;
            _context = context;
            _page = page;
            _random = new Random(number);
        }

        public int Number { get; }

        public List<string> Errors { get; } = [];

        public int Actions { get; private set; }

        /// <summary>Actions that timed out under load (the machine is shared; they are counted, not failed).</summary>
        public int Stalls { get; private set; }

        public static async Task<Session> OpenAsync(IBrowser browser, string baseUrl, int number)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 720 } });
            var page = await context.NewPageAsync();
            var session = new Session(number, context, page);
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    session.Errors.Add("console: " + message.Text);
                }
            };
            page.PageError += (_, error) => session.Errors.Add("page error: " + error);
            page.SetDefaultTimeout(20_000);
            await page.GotoAsync($"{baseUrl}/?window={(number % 3 == 0 ? "year" : "month")}",
                new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });
            await page.WaitForSelectorAsync("path.md-admin1", Slow);
            await page.WaitForSelectorAsync("[data-testid=window-text]", Slow);
            return session;
        }

        public async Task ScrubAsync((DateOnly First, DateOnly Last) span, TimeSpan duration)
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < duration)
            {
                try
                {
                    await ActAsync(span);
                    Actions++;
                }
                catch (TimeoutException)
                {
                    Stalls++;
                }
                await _page.WaitForTimeoutAsync(_random.Next(100, 400));
            }
        }

        private async Task ActAsync((DateOnly First, DateOnly Last) span)
        {
            switch (_random.Next(7))
            {
                case 0:
                case 1:
                    await _page.EvaluateAsync("() => document.activeElement && document.activeElement.blur && document.activeElement.blur()");
                    await _page.Keyboard.PressAsync(_random.Next(2) == 0 ? "ArrowRight" : "ArrowLeft");
                    break;
                case 2:
                    var day = _random.Next(0, span.Last.DayNumber - span.First.DayNumber + 1);
                    await _page.Locator("[data-testid=time-slider] input[type=range]").EvaluateAsync(
                        "(el, v) => { el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); }",
                        day.ToString(CultureInfo.InvariantCulture));
                    break;
                case 3:
                    await _page.Locator(_random.Next(2) == 0 ? "[data-testid=events-toggle] input" : "[data-testid=changes-toggle] input").ClickAsync();
                    break;
                case 4:
                    var rows = _page.Locator(".md-event-row");
                    if (await rows.CountAsync() > 0)
                    {
                        await rows.First.ClickAsync();
                        await _page.Locator(".leaflet-popup-content").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
                        await _page.Keyboard.PressAsync("Escape");
                    }
                    break;
                case 5:
                    await _page.Locator("[data-testid=filters-toggle]").ClickAsync();
                    break;
                default:
                    await _page.Locator(".leaflet-control-zoom-" + (_random.Next(2) == 0 ? "in" : "out")).ClickAsync();
                    break;
            }
        }

        /// <summary>The circuit still answers: moving the slider to the middle of the span shows that date.</summary>
        public async Task AssertAliveAsync((DateOnly First, DateOnly Last) span)
        {
            var middle = span.First.AddDays((span.Last.DayNumber - span.First.DayNumber) / 2);
            await _page.Locator("[data-testid=time-slider] input[type=range]").EvaluateAsync(
                "(el, v) => { el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); }",
                (middle.DayNumber - span.First.DayNumber).ToString(CultureInfo.InvariantCulture));
            await _page.WaitForFunctionAsync("t => document.querySelector('[data-testid=window-text]').textContent.includes(t)",
                middle.ToString("d MMM yyyy", CultureInfo.InvariantCulture), new PageWaitForFunctionOptions { Timeout = 60_000 });
        }

        public async Task CloseAsync(bool graceful)
        {
            if (graceful)
            {
                await _page.GotoAsync("about:blank");
            }
            await _context.CloseAsync();
            _closed = true;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_closed)
            {
                await _context.CloseAsync();
            }
        }
    }
}
