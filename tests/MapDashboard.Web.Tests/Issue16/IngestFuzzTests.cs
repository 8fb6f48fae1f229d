using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Dapper;
using MapDashboard.Data;
using Microsoft.VisualBasic.FileIO;
using Xunit.Abstractions;

namespace MapDashboard.Web.Tests.Issue16;

/// <summary>
/// Issue 16, proof: generated and mutated articles through POST /api/articles. No 5xx, no accepted article lost, a
/// consistent store, and complete exports in the three formats afterwards. A CI run tries 1,000 articles;
/// MAPDASH_FUZZ_ARTICLES=10000 (and MAPDASH_FUZZ_SEED) runs the full suite on demand.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class IngestFuzzTests(ITestOutputHelper output)
{
    private static int Count => int.TryParse(Environment.GetEnvironmentVariable("MAPDASH_FUZZ_ARTICLES"), out var n) && n > 0 ? n : 1000;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("MAPDASH_FUZZ_SEED"), out var s) ? s : 2016;

    [Fact]
    public async Task Issue16_MutatedArticles_NoServerError_NoLostArticle_ConsistentStore_CompleteExports()
    {
        await using var app = new Issue16App(("Ingest:MaxBytes", "1048576"));
        using var client = app.Factory.CreateClient();
        var accepted = new HashSet<long>();
        var statuses = new Dictionary<HttpStatusCode, int>();
        var appearances = 0; // mutations of one article are often near-copies of it: recorded as its appearances (issue #19)
        var failures = new List<string>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var slowest = (Name: "", Seconds: 0.0);

        foreach (var item in FuzzArticles.Generate(Count, Seed))
        {
            using var content = new ByteArrayContent(item.Bytes);
            var started = watch.Elapsed;
            using var response = await client.PostAsync("/api/articles?" + item.Query, content);
            if ((watch.Elapsed - started).TotalSeconds > slowest.Seconds)
            {
                slowest = (item.Name, (watch.Elapsed - started).TotalSeconds);
            }
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{item.Name}: {(int)response.StatusCode} {body}");
            }
            else if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
            {
                var root = JsonDocument.Parse(body).RootElement;
                accepted.Add(root.GetProperty("articleId").GetInt64());
                appearances += root.GetProperty("status").GetString() == "appearance" ? 1 : 0;
            }
            else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{item.Name}: {(int)response.StatusCode} without a problem body");
            }
        }
        output.WriteLine($"{Count} articles (seed {Seed}) in {watch.Elapsed.TotalSeconds:F0} s: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key} x {s.Value}")) + $"; {accepted.Count} distinct articles stored; slowest {slowest.Name} {slowest.Seconds:F1} s");

        Assert.Empty(failures);
        Assert.True(accepted.Count + appearances > Count / 4, $"only {accepted.Count} of {Count} articles were accepted ({appearances} as copies)");
        foreach (var id in accepted)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/articles/{id}")).StatusCode);
        }
        await using var connection = await new SqliteConnectionFactory(app.Database).OpenAsync();
        Assert.Equal("ok", await connection.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
        Assert.Empty(await connection.QueryAsync("PRAGMA foreign_key_check"));
        Assert.Empty(await connection.QueryAsync<string>("SELECT content_hash FROM articles GROUP BY content_hash HAVING COUNT(*) > 1"));
        Assert.Equal(accepted.Count, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
        Assert.Equal(appearances, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM article_appearances"));
        var events = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events WHERE deleted = 0");
        var placed = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events WHERE deleted = 0 AND lat IS NOT NULL");

        using var parser = new TextFieldParser(new StringReader(await client.GetStringAsync("/api/export?format=csv&undated=include"))) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = 0L;
        while (!parser.EndOfData)
        {
            Assert.Equal(header.Length, parser.ReadFields()!.Length);
            rows++;
        }
        Assert.Equal(events, rows);
        using var geojson = JsonDocument.Parse(await client.GetStringAsync("/api/export?format=geojson&undated=include"));
        Assert.Equal(events, geojson.RootElement.GetProperty("features").GetArrayLength());
        XNamespace ns = "http://www.opengis.net/kml/2.2";
        Assert.Equal(placed, XDocument.Parse(await client.GetStringAsync("/api/export?format=kml&undated=include")).Descendants(ns + "Placemark").Count());
    }
}
