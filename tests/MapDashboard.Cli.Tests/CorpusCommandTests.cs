namespace MapDashboard.Cli.Tests;

[Collection(BundledGazetteerCollection.Name)]
public class CorpusCommandTests(BundledGazetteer fixture)
{
    [Fact]
    public async Task Corpus_WritesTheArticlesItSays_AndRefusesBadArguments()
    {
        _ = fixture;
        var folder = Path.Combine(Directory.CreateTempSubdirectory("mapdash-corpus-").FullName, "articles");
        try
        {
            var output = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["corpus", "--articles", "30", "--out", folder, "--seed", "2", "--copies", "0.1"], output, new StringWriter()));
            Assert.Equal(30, Directory.GetFiles(folder, "article-*.txt").Length);
            Assert.StartsWith("30 articles (", output.ToString());

            var errors = new StringWriter();
            Assert.Equal(1, await CliApp.RunAsync(["corpus", "--articles", "5", "--out", folder], new StringWriter(), errors));
            Assert.Contains("already holds generated articles", errors.ToString());
            var zero = new StringWriter();
            Assert.Equal(2, await CliApp.RunAsync(["corpus", "--articles", "0", "--out", folder + "-0"], new StringWriter(), zero));
            Assert.Contains("--articles must be positive", zero.ToString());
            var share = new StringWriter();
            Assert.Equal(1, await CliApp.RunAsync(["corpus", "--articles", "5", "--out", folder + "-s", "--copies", "0.7"], new StringWriter(), share));
            Assert.Contains("between 0 and 0.5", share.ToString());
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }
}
