using MapDashboard.Core.Articles;
using MapDashboard.Data;

namespace MapDashboard.Benchmarks;

/// <summary>The ingest benchmarks' corpus: 100 distinct articles of 8-15 of the seeds' sentences, the same every time (seed 11).</summary>
internal static class GeneratedArticles
{
    /// <summary>Writes the articles into <paramref name="folder"/> and returns their paths in order.</summary>
    public static List<string> Write(RepositoryLayout layout, string folder)
    {
        var sentences = Directory.GetFiles(layout.Seeds).Order(StringComparer.Ordinal)
            .Select(f => ArticlePreprocessor.Process(new ArticleInput(f, File.ReadAllText(f), ArticleFormat.Markdown)))
            .SelectMany(a => a.Sentences.Skip(1).Select(s => a.Text[s.Start..s.End])).Where(s => s.Length > 40).Distinct().ToArray();
        var random = new Random(11);
        var files = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            var body = string.Join("\n\n", Enumerable.Range(0, random.Next(8, 16)).Select(_ => sentences[random.Next(sentences.Length)]));
            var path = Path.Combine(folder, $"article-{i:D3}.txt");
            File.WriteAllText(path, $"Report {i}: fighting in Syria\n\nBy Staff\n\nJanuary {1 + (i % 28)}, 2018\n\n{body}\n");
            files.Add(path);
        }
        return files;
    }
}
