using MapDashboard.Core.Actors;
using MapDashboard.Data;
using MapDashboard.Data.Composition;
using MapDashboard.Data.Control;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.E2E;

/// <summary>
/// The app over seeds 000 (30 January 2017) and 003 (11 January 2018) run through the real pipeline, plus the bundled
/// control snapshot imported as of 15 July 2017, as `./run.sh` imports it on a first start (issue #20's done-when).
/// </summary>
public class ControlSnapshotFixture : DashboardFixture
{
    /// <summary>The snapshot's date, as `./run.sh` gives it.</summary>
    public static readonly DateOnly AsOf = new(2017, 7, 15);

    protected override async Task PrepareStoreAsync(string database)
    {
        var layout = RepositoryLayout.Discover() ?? throw new InvalidOperationException("Run the tests inside the checkout.");
        string[] seeds = [Directory.GetFiles(layout.Seeds, "000_*").Single(), Directory.GetFiles(layout.Seeds, "003_*").Single()];
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(layout);
        var factory = new SqliteConnectionFactory(database);
        await using (var services = await MapDashboardServices.CreateAsync(o => (o.GazetteerPath, o.Store) = (gazetteer, factory)))
        {
            await services.GetRequiredService<EventStore>().InitializeAsync();
            var results = await services.GetRequiredService<ArticleIngester>().IngestAsync(seeds);
            if (results.Any(r => !r.Succeeded))
            {
                throw new InvalidOperationException("A seed failed to ingest: " + string.Join("; ", results.Select(r => r.Error)));
            }
        }
        await ControlSnapshotImporter.ForCheckout(layout, factory, gazetteer).ImportFileAsync(layout.BundledControlSnapshot, AsOf);
    }
}

[CollectionDefinition(Name)]
public sealed class ControlSnapshotCollection : ICollectionFixture<ControlSnapshotFixture>
{
    public const string Name = "dashboard over seeds 000 and 003 and the bundled control snapshot";
}
