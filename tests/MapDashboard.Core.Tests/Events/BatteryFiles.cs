using MapDashboard.Core.Articles;
using MapDashboard.Core.Events;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Tests.Events;

/// <summary>What the sentence batteries share: reading a battery file's rows and coding a text published on a given day.</summary>
internal static class BatteryFiles
{
    /// <summary>The tab-separated rows of tests/data/<paramref name="folder"/>/<paramref name="file"/>, comments and the header left out.</summary>
    public static List<string[]> Rows(string folder, string file) =>
        File.ReadAllLines(Path.Combine(Seeds.FindRoot(), "tests", "data", folder, file))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')).ToList();

    /// <summary>The events coded from <paramref name="text"/> as an article published on <paramref name="published"/>.</summary>
    public static List<CodedEvent> Code(Geoparser parser, EventCoder coder, string text, DateOnly published)
    {
        var result = parser.Parse(new ArticleInput("battery.txt", text, ArticleFormat.PlainText));
        return coder.Code(result with { Article = result.Article with { Metadata = result.Article.Metadata with { Published = published } } });
    }
}
