using System.Net;
using System.Text.Json;
using Dapper;
using MapDashboard.Data;

namespace MapDashboard.Web.Tests;

/// <summary>
/// Issue #8, injection: every query parameter of every GET endpoint gets SQL metacharacters, script payloads, odd
/// unicode and very long values. Each answer is a 200 whose filters matched nothing more than they should, or a 4xx
/// problem body naming what was wrong; never a 500, and the store is the same afterwards.
/// </summary>
public sealed class ApiInjectionTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    public static readonly string[] Payloads =
    [
        "' OR 1=1 --",
        "\"; DROP TABLE events; --",
        "1; DELETE FROM articles",
        "%",
        "_",
        "*",
        "\\",
        "Ω漢字🙂\u200f\u0645\u0646\u0628\u062c",
        "\0",
        "<script>window.__pwned=1</script>",
        "<img src=x onerror=window.__pwned=1>",
        "javascript:window.__pwned=1",
        new string('A', 5000) + "' OR '1'='1",
        string.Join(',', Enumerable.Repeat("Battles", 500)),
    ];

    /// <summary>Every GET endpoint with each query parameter it reads (ApiEndpoints.cs).</summary>
    public static readonly (string Path, string[] Parameters)[] Endpoints =
    [
        ("/api/events", ["from", "to", "bbox", "type", "actor", "minConfidence", "limit", "offset"]),
        ("/api/export", ["format", "from", "to", "type", "actor", "minConfidence", "article"]),
        ("/api/control", ["date"]),
        ("/api/gazetteer/search", ["q", "limit"]),
        ("/api/acled", ["from", "to", "bbox", "type", "limit", "offset"]),
        ("/api/review", ["kind", "limit", "offset"]),
        ("/api/corrections", ["limit"]),
        ("/api/articles", ["from", "to", "q", "limit", "offset"]),
    ];

    /// <summary>Parameters that filter by matching values: a payload there must match nothing at all.</summary>
    private static readonly HashSet<string> MatchedValues = ["type", "actor"];

    [Fact]
    public async Task EveryGetParameter_WithHostilePayloads_Gets200Or4xxProblem_AndTheStoreIsUnchanged()
    {
        using var client = fixture.Factory.CreateClient();
        var before = await TableCountsAsync();
        var failures = new List<string>();
        var requests = 0;

        foreach (var (path, parameters) in Endpoints)
        {
            foreach (var parameter in parameters)
            {
                foreach (var payload in Payloads)
                {
                    // The control and search endpoints need their required parameter; give it a good value when it is not the one under test.
                    var extra = path switch
                    {
                        "/api/control" => "",
                        "/api/gazetteer/search" when parameter != "q" => "&q=Aleppo",
                        _ => "",
                    };
                    var url = $"{path}?{parameter}={Uri.EscapeDataString(payload)}{extra}";
                    requests++;
                    var problem = await CheckAsync(client, url, parameter, MatchedValues.Contains(parameter) && path == "/api/events");
                    if (problem is not null)
                    {
                        failures.Add($"{Shorten(url)}: {problem}");
                    }
                }
            }
        }
        // As a route id (a NUL in a path is refused by the client itself, as Kestrel does with a 400).
        foreach (var payload in Payloads.Where(p => !p.Contains('\0')))
        {
            foreach (var path in new[] { "/api/events/", "/api/articles/" })
            {
                requests++;
                var response = await client.GetAsync(path + Uri.EscapeDataString(payload));
                if (response.StatusCode != HttpStatusCode.NotFound || !IsProblem(response))
                {
                    failures.Add($"{Shorten(path + payload)}: {(int)response.StatusCode} {response.Content.Headers.ContentType}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} requests misbehaved:\n" + string.Join("\n", failures.Take(30)));
        Assert.Equal(before, await TableCountsAsync());
        Assert.True(before["events"] > 0);
    }

    [Theory]
    [InlineData("/api/events?limit=abc", "limit")]
    [InlineData("/api/events?minConfidence=' OR 1=1 --", "minConfidence")]
    [InlineData("/api/export?article=1;DROP TABLE events", "article")]
    [InlineData("/api/events?type=" + "a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a", "type")]
    public async Task UnreadableParameters_Get400ProblemNamingTheParameter(string url, string parameter)
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(parameter, body);
        Assert.DoesNotContain("   at ", body); // no stack trace
    }

    /// <summary>Null when the answer is acceptable, else what was wrong with it.</summary>
    private static async Task<string?> CheckAsync(HttpClient client, string url, string parameter, bool mustMatchNothing)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        if (status == 200)
        {
            if (mustMatchNothing)
            {
                using var json = JsonDocument.Parse(text);
                var total = json.RootElement.GetProperty("total").GetInt64();
                // "Battles" repeated is a real type: it may match; anything else matching means the payload changed the query.
                var legitimate = url.Contains("Battles", StringComparison.Ordinal);
                if (total > 0 && !legitimate)
                {
                    return $"matched {total} event(s)";
                }
            }
            return null;
        }
        if (status is >= 400 and < 500 && status != 404)
        {
            if (!IsProblem(response))
            {
                return $"{status} without a problem body ({response.Content.Headers.ContentType})";
            }
            return text.Contains(parameter, StringComparison.Ordinal) ? null : $"{status} problem does not name {parameter}: {Shorten(text)}";
        }
        return $"{status}: {Shorten(text)}";
    }

    private static bool IsProblem(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType == "application/problem+json";

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + "…" : text;

    private async Task<Dictionary<string, long>> TableCountsAsync()
    {
        await using var connection = await new SqliteConnectionFactory(fixture.Database, readOnly: true).OpenAsync();
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'");
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            counts[table] = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM \"{table}\"");
        }
        return counts;
    }
}
