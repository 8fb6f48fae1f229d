using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data;
using MapDashboard.Data.Composition;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.E2E;

/// <summary>
/// The app over a store of one composed article about al-Bab (issue #21 points 7 and 8), ingested when the gazetteer
/// did not know the village "Aran" (as a store made before the village-level gazetteer): that mention is unresolved,
/// while the app's gazetteer, the bundled one, knows it.
/// </summary>
public sealed class GazetteerDashboardFixture : DashboardFixture
{
    /// <summary>A report composed for these tests: al-Bab and villages around it, one of them written "Aran".</summary>
    public const string BabReport = """
        Fighting around al-Bab enters second week

        By Field Correspondent

        February 14, 2017

        Turkish-backed rebels pushed into the western outskirts of al-Bab on Monday, a monitoring group said.
        Residents who fled to Aran said the roads south of the town were mined.
        Shelling also hit Qabasin and Bza'a, east of al-Bab, according to local activists.
        """;

    /// <summary>The name the store's gazetteer lacked.</summary>
    public const string UnknownVillage = "Aran";

    protected override async Task PrepareStoreAsync(string database)
    {
        var layout = RepositoryLayout.Discover() ?? throw new InvalidOperationException("Run the tests inside the checkout.");
        var folder = Path.Combine(Path.GetDirectoryName(database)!, "articles");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "bab-report.txt");
        await File.WriteAllTextAsync(file, BabReport);
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(layout);
        await using var services = await MapDashboardServices.CreateAsync(o => (o.GazetteerPath, o.Store) = (gazetteer, new SqliteConnectionFactory(database)),
            overrides: s => s.AddSingleton<ICandidateSource>(sp => new WithoutName(new IndexCandidateSource(sp.GetRequiredService<PlaceIndexHolder>()), UnknownVillage)));
        await services.GetRequiredService<EventStore>().InitializeAsync();
        var results = await services.GetRequiredService<ArticleIngester>().IngestAsync([file]);
        if (results.Any(r => !r.Succeeded))
        {
            throw new InvalidOperationException("The composed article failed to ingest: " + string.Join("; ", results.Select(r => r.Error)));
        }
    }

    /// <summary>The candidates of the bundled gazetteer, except none for one name.</summary>
    private sealed class WithoutName(ICandidateSource inner, string name) : ICandidateSource
    {
        public IReadOnlyList<GeoCandidate> Candidates(PlaceMention mention) =>
            string.Equals(mention.Text, name, StringComparison.OrdinalIgnoreCase) ? [] : inner.Candidates(mention);
    }
}

[CollectionDefinition(Name)]
public sealed class GazetteerDashboardCollection : ICollectionFixture<GazetteerDashboardFixture>
{
    public const string Name = "dashboard over a composed al-Bab report";
}
