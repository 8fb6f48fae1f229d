using MapDashboard.Data.Postgres;
using MapDashboard.Data.Store;
using MapDashboard.Tests.Shared;
using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>
/// Two dashboard servers sharing one PostgreSQL store (the team set-up): an article uploaded in a browser on server A
/// appears on the map of a browser connected to server B, without a reload, through LISTEN/NOTIFY.
/// </summary>
[Collection(TeamCollection.Name)]
public sealed class TeamTests
{

    [Fact]
    public async Task UploadOnServerA_AppearsOnTheMapOfABrowserOnServerB()
    {
        await using var database = await PostgresTestDatabase.CreateAsync("mde2e");
        var store = PostgresConnectionFactory.Create(database.ConnectionString);
        try
        {
            // What an operator does before starting the servers (README: Running for a team): the gazetteer copied into
            // PostgreSQL (`mapdash gazetteer build --to`), a store filled (here with the hand-written corpus).
            var layout = Data.RepositoryLayout.DiscoverOrThrow();
            await Data.Gazetteer.Postgres.PostgresGazetteerWriter.EnsureFilledAsync(
                await Data.Gazetteer.GazetteerBuilder.EnsureBuiltAsync(layout), store);
            await DashboardCorpus.Store.WriteAsync(store);
            var environment = new Dictionary<string, string>
            {
                ["Storage__Provider"] = "Postgres",
                ["Storage__ConnectionString"] = database.ConnectionString,
                ["Logging__LogLevel__MapDashboard.Web.PostgresChangeListener"] = "Information",
            };
            // Started together: the schema migration is serialised by the advisory lock.
            var starting = new[] { AppServer.StartAsync(environment), AppServer.StartAsync(environment) };
            try
            {
                await Task.WhenAll(starting);
            }
            catch
            {
                foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
                {
                    await (await started).DisposeAsync();
                }
                throw;
            }
            await using var serverA = await starting[0];
            await using var serverB = await starting[1];
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });

            var map = await (await browser.NewContextAsync()).NewPageAsync();
            await map.GotoAsync(serverB.BaseUrl + "/?window=alltodate");
            await map.WaitForSelectorAsync("path.md-admin1", new PageWaitForSelectorOptions { Timeout = 30_000 });
            await map.WaitForFunctionAsync("() => /\\d+ event/.test(document.querySelector('[data-testid=event-count]')?.textContent ?? '')");
            var queries = new EventQueries(store);
            var before = await queries.CountAsync(new EventQuery());
            Assert.True(before > 0);

            var add = await (await browser.NewContextAsync()).NewPageAsync();
            await add.GotoAsync(serverA.BaseUrl + "/add");
            await add.WaitForSelectorAsync("[data-testid=upload] input[type=file]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
            await add.WaitForSelectorAsync(".md-add[data-ready=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
            var upload = new[] { new FilePayload { Name = "kafr-nabl.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(TestCorpus.KafrNablReport) } };
            await add.Locator("[data-testid=upload] input[type=file]").SetInputFilesAsync(upload);
            try
            {
                // On a loaded machine the file input's change was seen to go unanswered (no job listed) while the page
                // was interactive; choosing the file again is what a user would do.
                await add.WaitForSelectorAsync("[data-testid=ingest-job]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 20_000 });
            }
            catch (TimeoutException)
            {
                // The upload component renders a fresh file input once a choice is taken (so the same file can be chosen
                // again), and a late answer may have done so by now: choose the file again in the newest input, unless
                // the job has appeared meanwhile.
                if (await add.Locator("[data-testid=ingest-job]").CountAsync() == 0)
                {
                    var input = add.Locator("[data-testid=upload] input[type=file]").Last;
                    await input.SetInputFilesAsync(Array.Empty<FilePayload>());
                    await input.SetInputFilesAsync(upload);
                }
            }
            try
            {
                // The first write on a server loads its geoparser's index (from PostgreSQL's gazetteer).
                await add.WaitForSelectorAsync("[data-testid=ingest-job][data-state=Done]", new PageWaitForSelectorOptions { Timeout = 120_000 });
            }
            catch (TimeoutException)
            {
                var jobs = string.Join("; ", await add.Locator("[data-testid=ingest-job]").AllInnerTextsAsync());
                var page = await add.Locator("body").InnerTextAsync();
                Assert.Fail($"The upload on server A did not finish (jobs: {jobs}).\nPage: {page}\nServer A:\n{serverA.Log}");
            }
            Assert.Contains("added as article", await add.Locator("[data-testid=ingest-message]").First.InnerTextAsync());

            // Server B was told by PostgreSQL, and its browser's map redraws with the new events.
            var after = await queries.CountAsync(new EventQuery());
            Assert.True(after > before, $"{after} events after the upload, {before} before");
            var dated = await queries.CountAsync(new EventQuery { To = (await queries.GetDateSpanAsync())!.Value.Last });
            try
            {
                // Told without a reload: the histogram grows a bar for May 2019. The analyst's date stays where it was (the
                // corpus's last day, 11 Jan 2018); moved to the new end, the window holds the new events.
                await map.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-testid=histogram] .md-bar')].some(b => b.title.startsWith('2019-05:'))",
                    null, new PageWaitForFunctionOptions { Timeout = 15_000 });
                await map.Locator("[data-testid=time-slider] input[type=range]").EvaluateAsync(
                    "el => { el.value = el.max; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); }");
                await map.WaitForFunctionAsync("t => document.querySelector('[data-testid=event-count]').textContent.includes(t)", $"{dated} event",
                    new PageWaitForFunctionOptions { Timeout = 15_000 });
            }
            catch (TimeoutException)
            {
                Assert.Fail($"Server B's map shows \"{await map.Locator("[data-testid=event-count]").InnerTextAsync()}\" in "
                    + $"\"{await map.Locator("[data-testid=window-text]").InnerTextAsync()}\", not {dated} events.\nServer B:\n{serverB.Log}");
            }
            var added = await queries.FindAsync(new EventQuery { From = new DateOnly(2019, 5, 1), To = new DateOnly(2019, 5, 6) });
            Assert.NotEmpty(added);
            var rows = await map.Locator(".md-event-row").AllInnerTextsAsync();
            Assert.All(added, e => Assert.Contains(rows, r => r.Contains(e.PlaceName)));
            Assert.Contains("Listening for store changes", serverB.Log);
        }
        finally
        {
            await store.DataSource.DisposeAsync();
        }
    }
}

/// <summary>The team test runs alone, after the other browser tests: it starts two servers and a browser of its own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TeamCollection
{
    public const string Name = "team";
}
