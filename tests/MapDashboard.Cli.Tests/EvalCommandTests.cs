using System.Text.Json;

namespace MapDashboard.Cli.Tests;

/// <summary>The geoparser's measured quality on both gold sets must not fall below what it reaches today.</summary>
[Collection(BundledGazetteerCollection.Name)]
public class EvalCommandTests(BundledGazetteer fixture)
{
    [Theory]
    [InlineData("seeds.jsonl", 93, 46)]
    [InlineData("composed.jsonl", 25, 17)]
    public async Task GoldSet_ScoresAtOrAboveTheBaseline(string gold, int mentions, int places)
    {
        var stdout = new StringWriter();
        var code = await CliApp.RunAsync(["eval", Path.Combine(fixture.Layout.Root, "tests", "data", "gold", gold), "--json"], stdout, new StringWriter());

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(stdout.ToString()).RootElement;
        Assert.Equal(mentions, root.GetProperty("goldMentions").GetInt32());
        Assert.True(root.GetProperty("exact").GetProperty("f1").GetDouble() >= 0.95, stdout.ToString());
        Assert.True(root.GetProperty("overlap").GetProperty("f1").GetDouble() >= 0.97, stdout.ToString());
        var resolution = root.GetProperty("resolution");
        Assert.Equal(places, resolution.GetProperty("places").GetInt32());
        Assert.Equal(1.0, resolution.GetProperty("within10Km").GetDouble());
        Assert.Equal(resolution.GetProperty("regions").GetInt32(), resolution.GetProperty("regionsCorrect").GetInt32());
        Assert.Equal(resolution.GetProperty("countries").GetInt32(), resolution.GetProperty("countriesCorrect").GetInt32());
        Assert.Equal(resolution.GetProperty("unresolvable").GetInt32(), resolution.GetProperty("unresolvableKeptUnresolved").GetInt32());
    }

    [Fact]
    public async Task MissingGoldFile_FailsWithMessage()
    {
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["eval", "/nonexistent/gold.jsonl"], new StringWriter(), stderr);

        Assert.Equal(1, code);
        Assert.Contains("does not exist", stderr.ToString());
    }

    [Theory]
    [InlineData("not json at all", "g.jsonl:2: not a gold record")]
    [InlineData("{\"mentions\": []}", "g.jsonl:2: not a gold record (a required field is missing)")]
    [InlineData("{\"source\": \"seeds/no-such-article.txt\", \"mentions\": []}", "g.jsonl:2: the article 'seeds/no-such-article.txt': file not found")]
    [InlineData("{\"source\": \"x\", \"subType\": \"Armed clash\", \"excerptStart\": 1}", "g.jsonl:2: not a gold record")]
    public async Task AMalformedGoldLine_IsNamed_NotAStackTrace(string line, string expected)
    {
        using var dir = new TempFolder("mapdash-gold-");
        var gold = dir["g.jsonl"];
        await File.WriteAllTextAsync(gold, "\n" + line + "\n");
        var stderr = new StringWriter();

        var code = await CliApp.RunAsync(["eval", gold], new StringWriter(), stderr);

        Assert.Equal(1, code);
        Assert.Contains(expected, stderr.ToString());
    }
}
