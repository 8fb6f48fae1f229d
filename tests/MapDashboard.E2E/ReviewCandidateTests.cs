using Dapper;
using MapDashboard.Data;
using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>Issue #21 point 8 in the browser: an unresolved village's candidates come from the article's region first.</summary>
[Collection(GazetteerDashboardCollection.Name)]
public class ReviewCandidateTests(GazetteerDashboardFixture fixture)
{
    [Fact]
    public async Task UnresolvedAran_InAnArticleAboutAlBab_OffersArranOfTadafFirst()
    {
        long mentionId;
        await using (var connection = await new SqliteConnectionFactory(fixture.EventDatabase, readOnly: true).OpenAsync())
        {
            mentionId = await connection.ExecuteScalarAsync<long>("SELECT id FROM place_mentions WHERE text = @text AND place_id IS NULL",
                new { text = GazetteerDashboardFixture.UnknownVillage });
        }
        Assert.True(mentionId > 0, "the composed article's 'Aran' should be stored unresolved");

        var (page, errors) = await fixture.OpenAsync($"/review?mention={mentionId}");
        await page.WaitForSelectorAsync(".md-review[data-ready=true] [data-testid=candidate]", new PageWaitForSelectorOptions { Timeout = 30_000 });

        var first = page.Locator("[data-testid=candidate]").First;
        Assert.Equal("ocha:C1215", await first.GetAttributeAsync("data-place-id"));
        Assert.Contains("Arran", await first.InnerTextAsync());
        Assert.Contains("Tadaf", await first.InnerTextAsync());
        Assert.Contains("Aleppo", await first.InnerTextAsync());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
