using Microsoft.Extensions.DependencyInjection;
using MapDashboard.Data.Composition;
using MapDashboard.Core.Events;
using MapDashboard.Data;
using MapDashboard.Data.Articles;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;

namespace MapDashboard.E2E;

/// <summary>Articles the real pipeline reads in the browser tests: an upload, and the seeds for the one end-to-end test.</summary>
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

    /// <summary>The seeds as the real pipeline stores them (the article files are copied next to the store first).</summary>
    public static async Task IngestSeedsAsync(string database)
    {
        var layout = RepositoryLayout.Discover() ?? throw new InvalidOperationException("Run inside the checkout.");
        var folder = Path.Combine(Path.GetDirectoryName(database)!, "articles");
        Directory.CreateDirectory(folder);
        foreach (var seed in Directory.GetFiles(layout.Seeds))
        {
            File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
        }
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(layout);
        await using var services = await MapDashboardServices.CreateAsync(o => (o.GazetteerPath, o.Store) = (gazetteer, new SqliteConnectionFactory(database)));
        await services.GetRequiredService<EventStore>().InitializeAsync();
        var results = await services.GetRequiredService<ArticleIngester>().IngestAsync(Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList());
        if (results.Any(r => !r.Succeeded))
        {
            throw new InvalidOperationException("The seeds failed to ingest: " + string.Join("; ", results.Where(r => !r.Succeeded).Select(r => r.File + ": " + r.Error)));
        }
    }
}
