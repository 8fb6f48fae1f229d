using System.Net;
using System.Text;
using System.Text.Json;
using Dapper;
using MapDashboard.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Web.Tests;

/// <summary>Adding articles over HTTP and from a watched folder, into a store that does not exist yet.</summary>
public sealed class WriteApiTests : IDisposable
{
    private const string Report = """
        Clashes near Saraqib

        March 3, 2020

        Government forces clashed with Hayat Tahrir al-Sham near Saraqib on Monday, a monitoring group said.
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("mapdash-write-").FullName;

    private string Database => Path.Combine(_folder, "events.db");

    private WebApplicationFactory<Program> App(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("MapDashboard:EventDatabase", Database);
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });

    private static StringContent Text(string text) => new(text, Encoding.UTF8, "text/plain");

    [Fact]
    public async Task PostedArticle_IsStored_OnceOnly_AndBadBodiesGetReasons()
    {
        await using var app = App();
        using var client = app.CreateClient();

        var created = await client.PostAsync("/api/articles?name=saraqib.txt&outlet=Test%20Desk", Text(Report));
        var again = await client.PostAsync("/api/articles?name=saraqib-copy.txt", Text(Report));
        var empty = await client.PostAsync("/api/articles", Text(""));
        var badDate = await client.PostAsync("/api/articles?published=2020-02-30", Text(Report));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        Assert.Equal("added", body.RootElement.GetProperty("status").GetString());
        Assert.True(body.RootElement.GetProperty("events").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("duplicate", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("empty", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        var article = await client.GetAsync($"/api/articles/{body.RootElement.GetProperty("articleId").GetInt64()}");
        Assert.Contains("Test Desk", await article.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ArticleDate_CanBeSetOverHttp()
    {
        await using var app = App();
        using var client = app.CreateClient();
        var undatedReport = "Shelling in Saraqib\n\nGovernment forces shelled Saraqib, a monitoring group said.\n";
        using var created = JsonDocument.Parse(await (await client.PostAsync("/api/articles?name=undated.txt", Text(undatedReport))).Content.ReadAsStringAsync());
        var id = created.RootElement.GetProperty("articleId").GetInt64();

        var ok = await client.PostAsync($"/api/articles/{id}/date?published=2020-03-02", null);
        var bad = await client.PostAsync($"/api/articles/{id}/date?published=March%202", null);
        var missing = await client.PostAsync("/api/articles/424242/date?published=2020-03-02", null);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var events = JsonDocument.Parse(await (await client.GetAsync("/api/events?from=2020-02-25&to=2020-03-02")).Content.ReadAsStringAsync());
        Assert.True(events.RootElement.GetProperty("total").GetInt64() > 0, "the re-dated events are not in the window");
        using var undated = JsonDocument.Parse(await (await client.GetAsync($"/api/articles/{id}")).Content.ReadAsStringAsync());
        Assert.Contains("2020-03-02", undated.RootElement.ToString());
    }

    [Fact]
    public async Task WithAnAnalystKey_WritesNeedIt_AndReadsStayOpen()
    {
        await using var app = App(("MapDashboard:AnalystKey", "s3cret-key"));
        using var client = app.CreateClient();

        var none = await client.PostAsync("/api/articles", Text(Report));
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = Text(Report) };
        wrong.Headers.Add("X-Analyst-Key", "guess");
        var wrongResponse = await client.SendAsync(wrong);
        using var right = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = Text(Report) };
        right.Headers.Add("X-Analyst-Key", "s3cret-key");
        var rightResponse = await client.SendAsync(right);
        var read = await client.GetAsync("/api/events");

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Created, rightResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task WatchedFolder_IngestsFilesDroppedIntoIt()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_folder, "inbox")).FullName;
        await using var app = App(("Ingest:WatchFolder", inbox));
        using var client = app.CreateClient(); // starts the host and its folder watch

        await File.WriteAllTextAsync(Path.Combine(inbox, "saraqib.txt"), Report);
        await File.WriteAllTextAsync(Path.Combine(inbox, "notes.pdf"), "not an article");
        long articles = 0;
        for (var i = 0; i < 60 && articles == 0; i++)
        {
            await Task.Delay(500);
            if (File.Exists(Database))
            {
                await using var connection = await new SqliteConnectionFactory(Database, readOnly: true).OpenAsync();
                // The store may exist before its schema does (the ingest is creating it).
                if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'articles'") > 0)
                {
                    articles = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles");
                }
            }
        }

        Assert.Equal(1, articles);
        await using var check = await new SqliteConnectionFactory(Database, readOnly: true).OpenAsync();
        Assert.EndsWith("saraqib.txt", await check.ExecuteScalarAsync<string>("SELECT source FROM articles"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A host still shutting down may hold the file for a moment; the temp folder goes later.
        }
    }
}
