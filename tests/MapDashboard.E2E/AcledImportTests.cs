using MapDashboard.Data;
using MapDashboard.Data.Store;
using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>The app over its own copy of the test corpus, so the imported ACLED layer does not change what other browser tests count.</summary>
public sealed class AcledDashboardFixture : DashboardFixture;

[CollectionDefinition(Name)]
public sealed class AcledDashboardCollection : ICollectionFixture<AcledDashboardFixture>
{
    public const string Name = "dashboard with an ACLED import";
}

/// <summary>Importing an ACLED CSV from the browser: counts and line errors on the page, a layer of its own on every open map, a toggle in the URL.</summary>
[Collection(AcledDashboardCollection.Name)]
public class AcledImportTests(AcledDashboardFixture fixture)
{
    private const string AcledMarkers = "() => document.querySelectorAll('.md-marker-acled, .md-cluster-acled').length";

    [Fact]
    public async Task UploadedAcledCsv_IsReportedByLine_DrawnAsItsOwnLayer_WithAcledPopups_AndTogglesOff()
    {
        var (map, mapErrors) = await fixture.OpenAsync("/?window=alltodate");
        await map.WaitForSelectorAsync("path.md-admin1", new PageWaitForSelectorOptions { Timeout = 30_000 });
        await map.WaitForFunctionAsync("() => /\\d+ event/.test(document.querySelector('[data-testid=event-count]')?.textContent ?? '')");
        Assert.Equal(0, await map.Locator("[data-testid=acled-toggle]").CountAsync());

        var (add, addErrors) = await fixture.OpenAsync("/add");
        await add.WaitForSelectorAsync("[data-testid=upload]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await add.WaitForSelectorAsync(".md-add[data-ready=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await add.Locator(".mud-tab", new PageLocatorOptions { HasText = "Import ACLED CSV" }).ClickAsync();
        await add.WaitForSelectorAsync("[data-testid=acled-upload] input[type=file]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        // Blazor wires the tab's file input up just after it appears (its InputFile script marks the element when done):
        // files set before that would be lost.
        await add.WaitForFunctionAsync("() => document.querySelector('[data-testid=acled-upload] input[type=file]')?._blazorInputFileNextFileId !== undefined",
            null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        var csv = await File.ReadAllTextAsync(Path.Combine(RepositoryLayout.DiscoverOrThrow().Root, "tests", "data", "acled", "syria-2017-01.csv"))
            + "SYR90098,30 January 2017,2017,1,Political violence,Battles,Armed clash,A,,2,B,,1,12,,760,Middle East,Syria,Homs,Homs,Homs,Homs,,36.7,1,X,Other,no latitude,0,,1\n";
        await add.Locator("[data-testid=acled-upload] input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "acled-syria.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv),
        });
        await add.WaitForSelectorAsync("[data-testid=ingest-job][data-state=Done], [data-testid=ingest-job][data-state=Failed]", new PageWaitForSelectorOptions { Timeout = 60_000 });
        Assert.Equal("Done", await add.Locator("[data-testid=ingest-job]").First.GetAttributeAsync("data-state"));

        Assert.Equal("6 imported, 0 updated, 0 unchanged, 1 skipped", await add.Locator("[data-testid=ingest-message]").First.InnerTextAsync());
        Assert.Equal(["acled-syria.csv:9: no latitude"], await add.Locator("[data-testid=import-error]").AllInnerTextsAsync());
        var stored = await new ImportedEventQueries(new SqliteConnectionFactory(fixture.EventDatabase, readOnly: true)).CountAsync(new ImportedEventQuery());
        Assert.Equal(6, stored);

        // The map opened before the upload draws the layer without a reload: all six, apart from our event markers.
        await map.WaitForFunctionAsync("() => document.querySelector('[data-markers-acled]')?.dataset.markersAcled === '6'", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        Assert.True(await map.EvaluateAsync<int>(AcledMarkers) > 0);
        // The legend's count is Blazor's render after the refresh, which can come after the script has drawn the markers.
        await map.WaitForFunctionAsync("() => (document.querySelector('[data-testid=acled-legend]')?.textContent ?? '').includes('ACLED import (6)')",
            null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        Assert.True(int.Parse(await map.Locator("[data-markers-events]").GetAttributeAsync("data-markers-events") ?? "0") > 0, "our events are still drawn");

        // Zoomed on Deir ez-Zor, the one ACLED event there opens ACLED's fields.
        var (zoomed, zoomedErrors) = await fixture.OpenAsync("/?window=alltodate&lat=35.3359&lon=40.1408&zoom=11");
        await zoomed.WaitForSelectorAsync(".md-marker-acled", new PageWaitForSelectorOptions { Timeout = 30_000 });
        await zoomed.Locator(".md-marker-acled").First.ClickAsync();
        var popup = await zoomed.Locator(".leaflet-popup-content").InnerTextAsync();
        Assert.Contains("ACLED import", popup);
        Assert.Contains("Air/drone strike", popup);
        Assert.Contains("Military Forces of Russia (2000-)", popup);
        Assert.Contains("SYR90003 (acled-syria.csv, line 4)", popup);
        Assert.Contains("\"between 20 and 30\" air strikes", popup);

        // Toggled off: the layer goes, the URL says so, and a page opened from that URL keeps it off.
        await zoomed.Locator("[data-testid=acled-toggle] input").ClickAsync();
        await zoomed.WaitForFunctionAsync($"() => ({AcledMarkers})() === 0 && location.search.includes('acled=off')");
        var (shared, sharedErrors) = await fixture.OpenAsync("/" + new Uri(zoomed.Url).Query);
        await shared.WaitForSelectorAsync("[data-testid=acled-toggle] input", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await shared.WaitForFunctionAsync("() => document.querySelector('[data-markers-events]') !== null");
        Assert.False(await shared.Locator("[data-testid=acled-toggle] input").IsCheckedAsync());
        Assert.Equal(0, await shared.EvaluateAsync<int>(AcledMarkers));

        Assert.Empty(mapErrors);
        Assert.Empty(addErrors);
        Assert.Empty(zoomedErrors);
        Assert.Empty(sharedErrors);
        foreach (var page in new[] { map, add, zoomed, shared })
        {
            await page.Context.CloseAsync();
        }
    }
}
