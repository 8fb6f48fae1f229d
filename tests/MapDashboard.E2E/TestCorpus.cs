using Microsoft.Extensions.DependencyInjection;
using MapDashboard.Data.Composition;
using MapDashboard.Core.Events;
using MapDashboard.Data;
using MapDashboard.Data.Articles;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;

namespace MapDashboard.E2E;

/// <summary>The browser tests' data: the five seeds and one article carrying script payloads, ingested for real.</summary>
internal static class TestCorpus
{
    /// <summary>A new article for upload tests: two events in May 2019 at places the seeds do not name.</summary>
    public const string KafrNablReport = """
        Government forces advance in southern Idlib

        By Staff Writer

        May 6, 2019

        The Syrian Arab Army captured the town of Kafr Nabl on Sunday after heavy clashes with Hayat Tahrir al-Sham, a military source said.
        Russian warplanes carried out air strikes on Maarat al-Numan on Saturday.
        """;

    public const string HostileText = """
        Army shells Tadef <script>window.__xss = 1</script>

        By <img src=x onerror="window.__xss = 2">Reporter

        March 3, 2017

        Government forces shelled Tadef <img src=x onerror="window.__xss = 3"> with artillery, targeting ISIS <script>window.__xss = 4</script> positions.
        """;

    public static Task IngestAsync(string database) =>
        IngestAsync(new SqliteConnectionFactory(database), Path.Combine(Path.GetDirectoryName(database)!, "articles"));

    /// <summary>The corpus into any store (the article files are written to <paramref name="folder"/> first).</summary>
    public static async Task IngestAsync(IStoreConnectionFactory database, string folder)
    {
        var layout = RepositoryLayout.Discover() ?? throw new InvalidOperationException("Run inside the checkout.");
        Directory.CreateDirectory(folder);
        foreach (var seed in Directory.GetFiles(layout.Seeds))
        {
            File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "zz-hostile.txt"), HostileText);

        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(layout);
        await using var services = await MapDashboardServices.CreateAsync(o => (o.GazetteerPath, o.Store) = (gazetteer, database));
        await services.GetRequiredService<EventStore>().InitializeAsync();
        var results = await services.GetRequiredService<ArticleIngester>().IngestAsync(Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList());
        if (results.Any(r => !r.Succeeded))
        {
            throw new InvalidOperationException("Test corpus failed to ingest: " + string.Join("; ", results.Where(r => !r.Succeeded).Select(r => r.File + ": " + r.Error)));
        }
    }
}
