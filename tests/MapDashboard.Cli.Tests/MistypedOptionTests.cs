namespace MapDashboard.Cli.Tests;

/// <summary>
/// geoparse and ingest take any number of paths, so a mistyped option used to be read as two missing files and the
/// run went on without it; a path that does not exist and starts with '-' is now refused before anything is done.
/// </summary>
[Collection(BundledGazetteerCollection.Name)]
public class MistypedOptionTests(BundledGazetteer fixture)
{
    [Theory]
    [InlineData("geoparse", "--publised")]
    [InlineData("ingest", "--job")]
    public async Task AMistypedOption_IsRefused_AndNothingIsWritten(string verb, string option)
    {
        using var dir = new TempFolder("mapdash-mistyped-");
        var store = dir["s.db"];

        var (code, stdout, err) = await CliRun.RunAsync(verb, fixture.Layout.Seeds, option, "2", "--db", store);

        Assert.Equal(2, code);
        Assert.Contains($"{verb}: unknown option '{option}'", err);
        Assert.Equal("", stdout);
        Assert.False(File.Exists(store));
    }

    [Fact]
    public async Task AnArticlePathThatStartsWithADash_IsStillAnArticle()
    {
        // Relative to the working directory (never changed here: other tests run beside this one).
        var folder = $"-mapdash-dashname-{Guid.NewGuid():N}";
        Directory.CreateDirectory(folder);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "brief.txt"), "On 3 May 2018 rebels shelled the town of Suran, north of Hama.");

            var (code, stdout, err) = await CliRun.RunAsync("geoparse", $"{folder}/brief.txt");

            Assert.True(code == 0, err);
            Assert.Contains("Suran", stdout);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
