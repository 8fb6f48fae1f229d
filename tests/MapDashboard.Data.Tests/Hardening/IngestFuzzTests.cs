using Microsoft.Extensions.DependencyInjection;
using MapDashboard.Data.Composition;
using System.Diagnostics;
using System.Text;
using Dapper;
using MapDashboard.Core.Events;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Data.Articles;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Gazetteer;
using Xunit.Abstractions;

namespace MapDashboard.Data.Tests.Hardening;

/// <summary>
/// Thousands of mutated and hostile articles through the real ingest path: nothing crashes or hangs, every good
/// article of the batch lands, every bad one is reported with a reason, and the store stays consistent.
/// </summary>
[Collection(BundledGazetteerCollection.Name)]
public class IngestFuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PerArticleLimit = TimeSpan.FromSeconds(30);

    private static async Task<ServiceProvider> ServicesAsync(IStoreConnectionFactory store)
    {
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(RepositoryLayout.Discover()!);
        return await MapDashboardServices.CreateAsync(o => (o.GazetteerPath, o.Store) = (gazetteer, store));
    }

    /// <summary>(name, bytes, whether it must land) for every hostile case, deterministic for the seed.</summary>
    private static IEnumerable<(string Name, byte[] Bytes, bool MustLand)> Cases(int seed)
    {
        var layout = RepositoryLayout.Discover()!;
        var seeds = Directory.GetFiles(layout.Seeds).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var random = new Random(seed);
        var places = new[] { "Aleppo", "Idlib", "Saraqib", "al-Bab", "Tadef", "Manbij", "Raqqa", "Deir ez-Zor", "Homs", "Hama", "Daraa", "Douma" };
        var n = 0;
        string Name(string kind) => $"{kind}-{n++:D4}";

        foreach (var text in seeds)
        {
            yield return (Name("seed"), Encoding.UTF8.GetBytes(text), true);
        }
        for (var i = 0; i < 300; i++)
        {
            var text = seeds[random.Next(seeds.Length)];
            var bytes = Encoding.UTF8.GetBytes(text + $"\n\nNote {i}.");
            // Truncated UTF-8: cut inside a multi-byte character when there is one.
            var cut = Array.FindIndex(bytes, random.Next(bytes.Length / 2), b => b >= 0xC0);
            if (cut > 0)
            {
                yield return (Name("truncated-utf8"), bytes[..(cut + 1)], false);
            }
            // Random binary.
            var binary = new byte[random.Next(1, 4096)];
            random.NextBytes(binary);
            yield return (Name("binary"), binary, false);
            // Zero-width and bidi control characters sprinkled through a real article.
            var sprinkled = new StringBuilder();
            foreach (var c in text)
            {
                sprinkled.Append(c);
                if (random.Next(12) == 0)
                {
                    sprinkled.Append("\u200B\u200E\u202E\u2066\uFEFF"[random.Next(5)]);
                }
            }
            yield return (Name("zero-width-bidi"), Encoding.UTF8.GetBytes(sprinkled + $" {i}"), true);
            // All caps, impossible dates, and a random slice of an article.
            yield return (Name("all-caps"), Encoding.UTF8.GetBytes(text.ToUpperInvariant() + $" {i}"), true);
            yield return (Name("bad-dates"), Encoding.UTF8.GetBytes($"Report {i}\n\nFebruary 30, 2018\n\nOn February 30 and on 31 April the army shelled {places[i % places.Length]}. On 2019-13-45 nothing happened.\n"), true);
            var start = random.Next(text.Length);
            var slice = text[start..Math.Min(text.Length, start + random.Next(1, 400))];
            yield return (Name("slice"), Encoding.UTF8.GetBytes(slice + $" {i}"), !string.IsNullOrWhiteSpace(slice));
            // Right-to-left Arabic text, alone and mixed with English.
            yield return (Name("arabic"), Encoding.UTF8.GetBytes($"قصفت القوات الحكومية مدينة إدلب يوم الاثنين {i}\n\nThe army shelled Idlib on Monday, activists said."), true);
        }
        // Deeply nested HTML, HTML without any article text, and markup-only pages.
        yield return (Name("nested-html"), Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "The army shelled Idlib." + string.Concat(Enumerable.Repeat("</div>", 20_000)) + "</body></html>"), true);
        yield return (Name("unclosed-html"), Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<p><b><i>", 5_000)) + "Clashes in Saraqib on Monday."), true);
        yield return (Name("no-text.html"), Encoding.UTF8.GetBytes("<html><head><script>var x = 1;</script><style>p{}</style></head><body><nav><a href='/'>Home</a></nav></body></html>"), false);
        // Huge numbers of place names, a single 4 MB line, and a file over the size limit.
        yield return (Name("place-list"), Encoding.UTF8.GetBytes("The army shelled " + string.Join(", ", Enumerable.Range(0, 20_000).Select(i => places[i % places.Length])) + " on Monday."), true);
        yield return (Name("one-line-500kb"), Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("clashes near Aleppo and ", 500_000 / 24)) + "."), true);
        yield return (Name("one-line-10mb"), Encoding.UTF8.GetBytes(new string('a', 10 * 1024 * 1024)), false);
        yield return (Name("empty"), [], false);
        yield return (Name("whitespace"), Encoding.UTF8.GetBytes(" \n\t \r\n "), false);
    }

    [Fact]
    public async Task HostileArticles_NeverCrashOrHang_GoodOnesLand_BadOnesAreReported()
    {
        using var db = new TempDatabase("fuzz.db");
        await using var services = await ServicesAsync(db.Factory);
        var store = services.GetRequiredService<EventStore>();
        await store.InitializeAsync();
        var ingester = services.GetRequiredService<ArticleIngester>();
        var tried = 0;
        var landed = new List<long>();
        var slowest = (Name: "", Time: TimeSpan.Zero);
        var failures = new List<string>();

        foreach (var (name, bytes, mustLand) in Cases(seed: 2026))
        {
            tried++;
            var budget = new LoadScaledBudget(PerArticleLimit);
            var watch = Stopwatch.StartNew();
            var result = await ingester.IngestBytesAsync(name, bytes);
            watch.Stop();
            if (watch.Elapsed > slowest.Time)
            {
                slowest = (name, watch.Elapsed);
            }
            if (budget.Check(watch.Elapsed) is (false, var said))
            {
                failures.Add($"{name}: {said}");
            }
            if (mustLand && !result.Succeeded)
            {
                failures.Add($"{name}: a good article was refused: {result.Error}");
            }
            if (!mustLand && result.Succeeded)
            {
                failures.Add($"{name}: a bad article was stored");
            }
            if (!result.Succeeded && string.IsNullOrWhiteSpace(result.Error))
            {
                failures.Add($"{name}: refused without a reason");
            }
            if (result.Outcome is { } outcome)
            {
                landed.Add(outcome.ArticleId);
            }
        }

        output.WriteLine($"{tried} hostile articles tried, {landed.Distinct().Count()} stored; slowest {slowest.Name} in {slowest.Time.TotalMilliseconds:F0} ms");
        Assert.True(tried >= 2000, $"only {tried} cases");
        Assert.Empty(failures);
        await using var connection = await db.Factory.OpenAsync();
        Assert.Equal("ok", await connection.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
        Assert.Equal(landed.Distinct().Count(), await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)"));
    }
}
