using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace MapDashboard.Web.Tests.Issue16;

/// <summary>Issue 16.5: a pathological article is capped, reported truncated, and holds up no small upload.</summary>
public sealed class HugeArticleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Issue16_NameRepeatedAHundredThousandTimes_IsCappedAndTruncated_WhileASmallUploadGoesThrough()
    {
        await using var app = new Issue16App(("Ingest:MaxMentionsPerArticle", "1000"), ("Ingest:MaxEventsPerArticle", "200"), ("Limits:IngestTimeout", "00:10:00"));
        using var client = app.Factory.CreateClient();
        // HttpClient gives up after 100 s by default; on a loaded two-core test machine the huge article alone can take
        // longer. The test is about capping and about the small upload not waiting, not about a wall-clock figure.
        client.Timeout = TimeSpan.FromMinutes(10);
        // Load the gazetteer index first, so that the times below are the articles' own.
        await client.PostAsync("/api/articles?name=warm.txt", new StringContent("Shelling in Saraqib on Monday.", Encoding.UTF8, "text/plain"));
        var huge = string.Concat(Enumerable.Repeat("Idlib ", 100_000));
        var floods = string.Concat(Enumerable.Repeat("Government forces shelled Saraqib and clashed near Aleppo. ", 9_000));

        var watch = Stopwatch.StartNew();
        var hugeTask = client.PostAsync("/api/articles?name=huge.txt", new StringContent(huge, Encoding.UTF8, "text/plain"));
        await Task.Delay(200);
        var small = await client.PostAsync("/api/articles?name=small.txt&published=2020-03-04",
            new StringContent("Clashes near Saraqib\n\nGovernment forces clashed with rebels near Saraqib on Monday.\n", Encoding.UTF8, "text/plain"));
        var smallDone = watch.Elapsed;
        var hugeResponse = await hugeTask;
        var hugeDone = watch.Elapsed;
        watch.Restart();
        var floodResponse = await client.PostAsync("/api/articles?name=floods.txt&published=2020-03-04", new StringContent(floods, Encoding.UTF8, "text/plain"));
        var floodDone = watch.Elapsed;
        output.WriteLine($"small {smallDone.TotalSeconds:F1} s, huge {hugeDone.TotalSeconds:F1} s, {floods.Length:N0}-character flood {floodDone.TotalSeconds:F1} s");

        Assert.Equal(HttpStatusCode.Created, small.StatusCode);
        using var body = JsonDocument.Parse(await hugeResponse.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, hugeResponse.StatusCode);
        Assert.True(body.RootElement.GetProperty("truncated").GetBoolean());
        Assert.Equal(1000, body.RootElement.GetProperty("mentions").GetInt32());
        Assert.Contains("truncated", body.RootElement.GetProperty("message").GetString());
        using var flood = JsonDocument.Parse(await floodResponse.Content.ReadAsStringAsync());
        Assert.True(flood.RootElement.GetProperty("events").GetInt32() <= 200);
        Assert.True(flood.RootElement.GetProperty("truncated").GetBoolean());
        Assert.True(smallDone < hugeDone, $"the small upload ({smallDone.TotalSeconds:F1} s) waited for the huge one ({hugeDone.TotalSeconds:F1} s)");
        // The time of a pathological article alone is bounded in PathologicalArticleTests (Data.Tests): here other test
        // classes load gazetteer indexes on the same cores at the same time.
    }
}
