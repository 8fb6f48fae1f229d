using System.Text.Json;
using MapDashboard.Core.Duplicates;

namespace MapDashboard.Core.Tests.Duplicates;

/// <summary>
/// Pairs (new text, stored text, whether the new one is an appearance of the stored report) built from the invented
/// stories of a data file: copies with boilerplate, copy-edited copies, trimmed copies and excerpts must be recognised;
/// independent rewrites of the same events, other stories and a rewrite quoting one paragraph must stay separate.
/// </summary>
internal static class DuplicatePairs
{
    public sealed record Pair(string Name, string NewText, string StoredText, bool Expected);

    public sealed record Story(string Id, string[] Original, string[] Rewrite);

    private sealed record StoryFile(Story[] Stories);

    public static IReadOnlyList<Story> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Duplicates", "data", file);
        return JsonSerializer.Deserialize<StoryFile>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!.Stories;
    }

    public static IReadOnlyList<string> Boilerplate() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Duplicates", "data", "boilerplate.tsv")).Skip(1)
            .Select(l => l.Split('\t')[0]).ToList();

    public static IReadOnlyList<Pair> Build(IReadOnlyList<Story> stories)
    {
        var boiler = Boilerplate();
        var pairs = new List<Pair>();
        for (var s = 0; s < stories.Count; s++)
        {
            var story = stories[s];
            var original = Join(story.Original);
            var p = story.Original;
            pairs.Add(new($"{story.Id}/copy+boilerplate", Join([boiler[s % boiler.Count], .. p, boiler[(s + 1) % boiler.Count], boiler[(s + 2) % boiler.Count]]), original, true));
            pairs.Add(new($"{story.Id}/copy-edited", CopyEdit(original), original, true));
            pairs.Add(new($"{story.Id}/trimmed", Join(p[1..^1]), original, true));
            pairs.Add(new($"{story.Id}/excerpt", Join(p[1..3]), original, true));
            pairs.Add(new($"{story.Id}/excerpt+boilerplate", Join([.. p[1..3], boiler[s % boiler.Count]]), original, true));
            pairs.Add(new($"{story.Id}/rewrite", Join(story.Rewrite), original, false));
            pairs.Add(new($"{story.Id}/rewrite-quoting-a-paragraph", Join([.. story.Rewrite, p[2]]), original, false));
            pairs.Add(new($"{story.Id}/original-vs-rewrite", original, Join(story.Rewrite), false));
            var other = stories[(s + 1) % stories.Count];
            pairs.Add(new($"{story.Id}/other-story", original, Join(other.Original), false));
            pairs.Add(new($"{story.Id}/boilerplate-only-shared", Join([boiler[0], .. story.Rewrite, boiler[2]]), Join([boiler[0], .. other.Original, boiler[2]]), false));
        }
        return pairs;
    }

    /// <summary>A copy editor's pass: every ninth word dropped and every thirteenth replaced by another word.</summary>
    private static string CopyEdit(string text)
    {
        var words = text.Split(' ');
        var edited = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            if (i % 9 == 8)
            {
                continue;
            }
            edited.Add(i % 13 == 12 ? "reportedly" : words[i]);
        }
        return string.Join(' ', edited);
    }

    private static string Join(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);

    /// <summary>The separate pair most alike (highest containment): how close the thresholds come to a false positive.</summary>
    public static string ClosestSeparatePair(NearDuplicateDetector detector, IReadOnlyList<Pair> pairs) =>
        pairs.Where(p => !p.Expected).Select(p => (p.Name, V: detector.Compare(p.NewText, p.StoredText)))
            .MaxBy(p => p.V.Containment) is var (name, v) ? $"{name} J={v.Jaccard:F2} C={v.Containment:F2}" : "";

    /// <summary>(precision, recall, the names of the misjudged pairs) of the detector over the pairs.</summary>
    public static (double Precision, double Recall, IReadOnlyList<string> Wrong) Measure(NearDuplicateDetector detector, IReadOnlyList<Pair> pairs)
    {
        int tp = 0, fp = 0, fn = 0;
        var wrong = new List<string>();
        foreach (var pair in pairs)
        {
            var verdict = detector.Compare(pair.NewText, pair.StoredText);
            if (verdict.IsAppearance && pair.Expected) tp++;
            else if (verdict.IsAppearance) { fp++; wrong.Add($"{pair.Name} (false positive, J={verdict.Jaccard:F2} C={verdict.Containment:F2})"); }
            else if (pair.Expected) { fn++; wrong.Add($"{pair.Name} (missed, J={verdict.Jaccard:F2} C={verdict.Containment:F2})"); }
        }
        return (tp + fp == 0 ? 1 : (double)tp / (tp + fp), tp + fn == 0 ? 1 : (double)tp / (tp + fn), wrong);
    }
}
