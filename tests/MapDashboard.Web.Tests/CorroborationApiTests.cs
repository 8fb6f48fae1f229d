using System.Net;
using System.Text;
using System.Text.Json;
using MapDashboard.Web.Tests.Issue16;

namespace MapDashboard.Web.Tests;

/// <summary>Issue #19 point 4: corroboration counts in /api/events and the CSV export, and the min-reports filter (400 on a bad value).</summary>
public sealed class CorroborationApiTests
{
    // An invented report, written for this test.
    private const string Report = """
        Clashes near Saraqib

        Government forces clashed with rebels near Saraqib on Monday, 3 March, after the rebels attacked an army checkpoint on the road to the east of the town.
        Residents said the fighting lasted most of the afternoon and that several families left their homes for villages further north before nightfall.
        """;

    [Fact]
    public async Task CopyUnderAnotherOutlet_CountsAsOneReportTwoAppearances_AndMinReportsFiltersIt()
    {
        await using var app = new Issue16App();
        using var client = app.Factory.CreateClient();
        var first = await client.PostAsync("/api/articles?name=a.txt&outlet=Field%20Wire&published=2020-03-04", new StringContent(Report, Encoding.UTF8, "text/plain"));
        var copy = await client.PostAsync("/api/articles?name=b.txt&outlet=Echo%20Daily&published=2020-03-05",
            new StringContent(Report + "\nSubscribe to our newsletter for more.\n", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("appearance", JsonDocument.Parse(await copy.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());

        var events = JsonDocument.Parse(await client.GetStringAsync("/api/events")).RootElement.GetProperty("features");
        var corroborated = JsonDocument.Parse(await client.GetStringAsync("/api/events?minReports=2")).RootElement.GetProperty("total").GetInt64();
        var badText = await client.GetAsync("/api/events?minReports=abc");
        var badZero = await client.GetAsync("/api/export?minReports=0");
        var csv = await client.GetStringAsync("/api/export?format=csv");

        Assert.NotEmpty(events.EnumerateArray());
        Assert.All(events.EnumerateArray(), e =>
        {
            Assert.Equal(1, e.GetProperty("properties").GetProperty("reports").GetInt64());
            Assert.Equal(2, e.GetProperty("properties").GetProperty("appearances").GetInt64());
            Assert.Equal("Echo Daily; Field Wire", e.GetProperty("properties").GetProperty("outlets").GetString());
        });
        Assert.Equal(0, corroborated);
        Assert.Equal(HttpStatusCode.BadRequest, badText.StatusCode);
        Assert.Contains("minReports", await badText.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badZero.StatusCode);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("independent_reports,appearances", lines[0].TrimEnd('\r'));
        Assert.EndsWith(",1,2", lines[1].TrimEnd('\r'));
    }
}
