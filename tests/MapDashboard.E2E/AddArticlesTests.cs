using MapDashboard.Data;
using MapDashboard.Data.Store;
using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>Adding articles from the browser: per-file outcomes, and the new events on every open map without a reload.</summary>
[Collection(WritingDashboardCollection.Name)]
public class AddArticlesTests(WritingDashboardFixture fixture)
{
    private EventQueries Queries => new(new SqliteConnectionFactory(fixture.EventDatabase, readOnly: true));


    [Fact]
    public async Task UploadedFiles_AreReportedOneByOne_AndAppearOnAnotherBrowsersMap()
    {
        var (map, mapErrors) = await fixture.OpenAsync("/?window=alltodate");
        await map.WaitForSelectorAsync("path.md-admin1", new PageWaitForSelectorOptions { Timeout = 30_000 });
        await map.WaitForFunctionAsync("() => /\\d+ event/.test(document.querySelector('[data-testid=event-count]')?.textContent ?? '')");
        var before = await Queries.CountAsync(new EventQuery());

        var (add, addErrors) = await fixture.OpenAsync("/add");
        await add.WaitForSelectorAsync("[data-testid=upload] input[type=file]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await add.WaitForSelectorAsync(".md-add[data-ready=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await add.Locator("[data-testid=upload] input[type=file]").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "kafr-nabl.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(TestCorpus.KafrNablReport) },
            new FilePayload { Name = "empty.txt", MimeType = "text/plain", Buffer = [] },
            new FilePayload { Name = "photo.html", MimeType = "text/html", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01] },
            new FilePayload { Name = "again.md", MimeType = "text/markdown", Buffer = System.Text.Encoding.UTF8.GetBytes(TestCorpus.KafrNablReport) },
        });
        // The files are processed in turn: again.md, the same text as kafr-nabl.txt, comes after it as a duplicate.
        await add.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=ingest-job][data-state=Done], [data-testid=ingest-job][data-state=Failed]').length === 4",
            null, new PageWaitForFunctionOptions { Timeout = 120_000 });

        // The batch's progress line counts the files, with the rate, the elapsed time and (at the end) "done".
        await add.WaitForFunctionAsync("() => document.querySelector('[data-testid=upload-progress]')?.dataset.done === '4'",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        var progress = await add.Locator("[data-testid=upload-progress]").InnerTextAsync();
        Assert.Matches(@"Files processed: 4/4, [\d.]+/s, \d+:\d\d:\d\d elapsed, done", progress);

        var jobs = await add.Locator("[data-testid=ingest-job]").AllInnerTextsAsync();
        Assert.Contains(jobs, j => j.Contains("kafr-nabl.txt") && j.Contains("added as article"));
        Assert.Contains(jobs, j => j.Contains("empty.txt") && j.Contains("empty"));
        Assert.Contains(jobs, j => j.Contains("photo.html") && j.Contains("binary content"));
        Assert.Contains(jobs, j => j.Contains("again.md") && j.Contains("duplicate"));

        // The other browser's map shows the new events without a reload.
        var after = await Queries.CountAsync(new EventQuery());
        Assert.True(after > before, $"{after} events after the upload, {before} before");
        var dated = await Queries.CountAsync(new EventQuery { To = (await Queries.GetDateSpanAsync())!.Value.Last });
        await map.WaitForFunctionAsync("t => document.querySelector('[data-testid=event-count]').textContent.includes(t)", $"{dated} event",
            new PageWaitForFunctionOptions { Timeout = 30_000 });
        var added = await Queries.FindAsync(new EventQuery { From = new DateOnly(2019, 5, 1), To = new DateOnly(2019, 5, 6) });
        Assert.NotEmpty(added);
        var rows = await map.Locator(".md-event-row").AllInnerTextsAsync();
        Assert.All(added, e => Assert.Contains(rows, r => r.Contains(e.PlaceName)));
        Assert.Empty(mapErrors);
        Assert.Empty(addErrors);
        await map.Context.CloseAsync();
        await add.Context.CloseAsync();
    }

    [Fact]
    public async Task PastedText_WithADate_IsAdded()
    {
        var (add, errors) = await fixture.OpenAsync("/add");
        await add.WaitForSelectorAsync("[data-testid=upload]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await add.WaitForSelectorAsync(".md-add[data-ready=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await add.Locator(".mud-tab", new PageLocatorOptions { HasText = "Paste text" }).ClickAsync();
        await add.Locator("[data-testid=paste-title] input").FillAsync("Shelling near Jisr al-Shughur");
        await add.Locator("[data-testid=paste-outlet] input").FillAsync("Test Desk");
        await add.Locator("[data-testid=paste-date] input").FillAsync("2019-08-20");
        await add.Locator("[data-testid=paste-text] textarea").First.FillAsync("Government artillery shelled the town of Jisr al-Shughur on Monday, killing two civilians, activists said.");
        await add.Locator("[data-testid=paste-add] button").ClickAsync();
        await add.WaitForSelectorAsync("[data-testid=ingest-job][data-state=Done]", new PageWaitForSelectorOptions { Timeout = 120_000 });

        var message = await add.Locator("[data-testid=ingest-message]").First.InnerTextAsync();
        Assert.Contains("added as article", message);
        var events = await Queries.FindAsync(new EventQuery { From = new DateOnly(2019, 8, 18), To = new DateOnly(2019, 8, 20) });
        Assert.Contains(events, e => e.PlaceName.Contains("Jisr"));
        Assert.Empty(errors);
        await add.Context.CloseAsync();
    }
}
