using System.Globalization;
using System.Text;
using MapDashboard.Core.Actors;

namespace MapDashboard.Data.Synth;

/// <summary>What the corpus generator wrote.</summary>
public sealed record NewsCorpusSummary(int Articles, int Copies, int Templates, int Places);

/// <summary>
/// Writes a folder of news-like plain-text articles for ingest benchmarks: each one a headline, an outlet and date line,
/// then paragraphs of event reports (ACLED's event kinds) and background sentences from the templates of
/// <c>article-templates.tsv</c>, filled with real gazetteer places of Syria (busier places more often, the places of one
/// article near one another), faction names of the actor catalogue, dates in the week before publication and casualty
/// figures. The combinations make almost every article a distinct report; a controlled share is a syndicated copy of an
/// earlier article (same headline and body under another outlet). Deterministic for a seed.
/// </summary>
public sealed class NewsCorpusGenerator(string gazetteerPath, FactionCatalogue factions)
{
    private static readonly DateOnly First = new(2013, 1, 1);
    private const int Days = 12 * 365;

    // How often each event kind is reported (a rough ACLED-like mix for Syria).
    private static readonly Dictionary<string, double> KindWeights = new(StringComparer.Ordinal)
    {
        ["armed_clash"] = 30, ["shelling"] = 22, ["air_strike"] = 16, ["remote_explosive"] = 4, ["attack"] = 7,
        ["government_regains"] = 4, ["nonstate_overtakes"] = 3, ["agreement"] = 2, ["base_established"] = 2, ["peaceful_protest"] = 5,
    };

    /// <summary>
    /// Writes <paramref name="count"/> articles as <c>article-NNNNNN.txt</c> into <paramref name="folder"/> (created; it
    /// must hold no article of an earlier run). <paramref name="copyShare"/> of them (0..0.5) are syndicated copies.
    /// </summary>
    public async Task<NewsCorpusSummary> GenerateAsync(string folder, int count, int seed, double copyShare,
        IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (copyShare is < 0 or > 0.5)
        {
            throw new ArgumentException($"The share of copies must be between 0 and 0.5 (got {copyShare}).");
        }
        if (Directory.Exists(folder) && Directory.EnumerateFiles(folder, "article-*.txt").Any())
        {
            throw new IOException($"{folder} already holds generated articles: write a new corpus into an empty folder.");
        }
        var places = await SynthPlaces.LoadAsync(gazetteerPath, cancellationToken);
        var templates = ArticleTemplates.LoadDefault();
        var pairs = SyntheticStoreGenerator.Pairs;
        foreach (var (a1, a2, _) in pairs)
        {
            if (factions.Get(a1) is null || factions.Get(a2) is null)
            {
                throw new InvalidOperationException($"The actor pair {a1}/{a2} is not in the faction catalogue.");
            }
        }
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var placeWeights = SynthPlaces.PopulationWeights(places);
        var kinds = KindWeights.Keys.Where(templates.Has).ToArray();
        var kindWeights = SynthPlaces.Cumulative(kinds.Select(k => KindWeights[k]));
        var pairWeights = SynthPlaces.Cumulative(pairs.Select(p => p.Weight));
        var originals = new List<(string Headline, DateOnly Published, string Body, string Outlet)>();
        var copies = 0;
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outlet = SyntheticStoreGenerator.Outlets[random.Next(SyntheticStoreGenerator.Outlets.Length)];
            string headline, body;
            DateOnly published;
            if (originals.Count >= 10 && random.NextDouble() < copyShare)
            {
                // A syndicated copy: the same report under another outlet than the one that ran it first.
                string first;
                (headline, published, body, first) = originals[random.Next(originals.Count)];
                outlet = SyntheticStoreGenerator.Outlets.Where(o => o != first).ElementAt(random.Next(SyntheticStoreGenerator.Outlets.Length - 1));
                copies++;
            }
            else
            {
                published = First.AddDays(random.Next(Days));
                var anchor = places[SynthPlaces.Pick(placeWeights, random)];
                var article = new ArticleDraft(random, places, anchor, published, factions, pairs[SynthPlaces.Pick(pairWeights, random)]);
                headline = article.Fill(templates.Pick("headline", random));
                body = Body(article, templates, kinds, kindWeights, pairs, pairWeights, random);
                originals.Add((headline, published, body, outlet));
            }
            var text = $"{headline}\n\n{outlet}, {published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}\n\n{body}\n";
            await File.WriteAllTextAsync(Path.Combine(folder, $"article-{i + 1:D6}.txt"), text, cancellationToken);
            if ((i + 1) % 1000 == 0 || i + 1 == count)
            {
                progress?.Report((i + 1, count));
            }
        }
        return new NewsCorpusSummary(count, copies, templates.Count, places.Count);
    }

    private static string Body(ArticleDraft article, ArticleTemplates templates, string[] kinds, double[] kindWeights,
        (string Actor1, string Actor2, double Weight)[] pairs, double[] pairWeights, Random random)
    {
        var body = new StringBuilder();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var paragraphs = random.Next(5, 11);
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = random.Next(1, 4);
            for (var s = 0; s < sentences; s++)
            {
                if (p > 0 || s > 0)
                {
                    article.Move(random.NextDouble() < 0.25 ? pairs[SynthPlaces.Pick(pairWeights, random)] : null);
                }
                var kind = p == 0 && s == 0 || random.NextDouble() < 0.65 ? kinds[SynthPlaces.Pick(kindWeights, random)] : "background";
                // A template once per article where the kind has another one left (a report does not repeat its wording).
                var template = templates.Pick(kind, random);
                for (var retry = 0; retry < 3 && !used.Add(template); retry++)
                {
                    template = templates.Pick(kind, random);
                }
                var sentence = article.Fill(template, kind);
                if (kind != "background" && random.NextDouble() < 0.4 && sentence.EndsWith('.'))
                {
                    // Who says so: the same report in other words, as wires and local outlets attribute it.
                    sentence = sentence[..^1] + ", " + article.Fill(templates.Pick("attribution", random), kind, capitalize: false) + ".";
                }
                body.Append(s == 0 ? "" : " ").Append(sentence);
            }
            body.Append(p + 1 < paragraphs ? "\n\n" : "");
        }
        if (random.NextDouble() < 0.5)
        {
            body.Append(' ').Append(article.Fill(templates.Pick("closing", random)));
        }
        return body.ToString();
    }
}
