using MapDashboard.Data.Store;

namespace MapDashboard.Data.Tests.Appearances;

/// <summary>Seeded random prose and minimal stored articles for the near-duplicate tests.</summary>
internal static class ProseArticles
{
    /// <summary>A text of <paramref name="count"/> words drawn at random (seeded) from <paramref name="words"/>.</summary>
    public static string Prose(string[] words, int seed, int count)
    {
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)])) + ".";
    }

    /// <summary>An article of <paramref name="text"/> under <paramref name="hash"/>, from <paramref name="outlet"/> at <paramref name="host"/>.</summary>
    public static StoredArticle Article(string hash, string text, string host, string title, string outlet) => new()
    {
        ContentHash = hash, Source = $"https://{host}/{hash}", Title = title, Outlet = outlet,
        OriginalText = text, CleanedText = text, OffsetMapJson = "[]", PipelineVersion = "1",
    };
}
