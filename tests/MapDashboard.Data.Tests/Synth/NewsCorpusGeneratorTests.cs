using MapDashboard.Core.Actors;
using MapDashboard.Core.Duplicates;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Synth;
using MapDashboard.Data.Tests.Gazetteer;

namespace MapDashboard.Data.Tests.Synth;

[Collection(BundledGazetteerCollection.Name)]
public class NewsCorpusGeneratorTests
{
    private static async Task<(string Folder, NewsCorpusSummary Summary)> GenerateAsync(int count, int seed, double copies = 0.05)
    {
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(RepositoryLayout.Discover() ?? throw new InvalidOperationException("not in the checkout"));
        var folder = Path.Combine(Path.GetTempPath(), "mapdash-corpus-" + Guid.NewGuid().ToString("N"));
        var summary = await new NewsCorpusGenerator(gazetteer, FactionCatalogue.LoadDefault()).GenerateAsync(folder, count, seed, copies);
        return (folder, summary);
    }

    private static string[] Texts(string folder) => Directory.GetFiles(folder, "article-*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    [Fact]
    public async Task SameSeed_WritesTheSameArticles_AndAnotherSeedOthers()
    {
        var (a, _) = await GenerateAsync(60, seed: 4);
        var (b, _) = await GenerateAsync(60, seed: 4);
        var (c, _) = await GenerateAsync(60, seed: 5);
        try
        {
            Assert.Equal(Texts(a), Texts(b));
            Assert.NotEqual(Texts(a), Texts(c));
        }
        finally
        {
            foreach (var folder in new[] { a, b, c })
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Articles_AreMostlyDistinctReports_WithTheAskedShareOfSyndicatedCopies()
    {
        var (folder, summary) = await GenerateAsync(400, seed: 9, copies: 0.1);
        try
        {
            var texts = Texts(folder);
            Assert.Equal(400, texts.Length);
            Assert.InRange(summary.Copies, 20, 65);
            // A copy repeats an earlier article's body under another outlet line; the others are reports of their own.
            var bodies = texts.Select(t => t[(t.IndexOf("\n\n", t.IndexOf("\n\n", StringComparison.Ordinal) + 2, StringComparison.Ordinal) + 2)..]).ToArray();
            Assert.Equal(400 - summary.Copies, bodies.Distinct(StringComparer.Ordinal).Count());
            // Distinct reports are not near-duplicates of one another: compare each with the 30 before it.
            var detector = new NearDuplicateDetector();
            var distinct = bodies.Distinct(StringComparer.Ordinal).ToArray();
            var repeats = Enumerable.Range(1, distinct.Length - 1)
                .Count(i => detector.FindOriginal(distinct[i], distinct[Math.Max(0, i - 30)..i]) is not null);
            Assert.True(repeats < distinct.Length / 20, $"{repeats} of {distinct.Length} distinct reports read as copies");
            Assert.All(texts, t => Assert.Matches(@"^[^\n]+\n\n[^\n]+, [A-Z][a-z]+ \d{1,2}, \d{4}\n\n", t));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task RefusesAFolderWithGeneratedArticles_AndABadShare()
    {
        var (folder, _) = await GenerateAsync(12, seed: 1);
        try
        {
            var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(RepositoryLayout.Discover()!);
            var generator = new NewsCorpusGenerator(gazetteer, FactionCatalogue.LoadDefault());
            await Assert.ThrowsAsync<IOException>(() => generator.GenerateAsync(folder, 5, 1, 0.05));
            await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(folder + "-other", 5, 1, 0.9));
            Assert.False(Directory.Exists(folder + "-other"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
