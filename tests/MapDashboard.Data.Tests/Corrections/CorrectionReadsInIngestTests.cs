using System.Data.Common;
using MapDashboard.Data.Composition;
using MapDashboard.Data.Corrections;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Gazetteer;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Data.Tests.Corrections;

/// <summary>
/// Ingest reads an article's corrections and whether any event correction is in force on one connection, and asks for
/// the event corrections of the article's merge keys (a second connection) only when one is. Articles written for this test.
/// </summary>
[Collection(BundledGazetteerCollection.Name)]
public class CorrectionReadsInIngestTests
{
    /// <summary>Counts the connections the stores open.</summary>
    private sealed class CountingFactory(IStoreConnectionFactory inner) : IStoreConnectionFactory
    {
        private int _opened;

        public int Opened => Volatile.Read(ref _opened);

        public StoreProvider Provider => inner.Provider;

        public string Description => inner.Description;

        public bool ReadOnly => inner.ReadOnly;

        public Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _opened);
            return inner.OpenConnectionAsync(cancellationToken);
        }
    }

    private static Correction Draft(CorrectionKind kind, string? articleHash, string? targetKey) =>
        new(0, kind, CorrectionScope.Article, articleHash, null, targetKey, new CorrectionPayload { Delete = kind == CorrectionKind.Event, Title = kind == CorrectionKind.Article ? "A title" : null },
            "tester", default, null);

    [Fact]
    public async Task ForArticleAndAnyEvent_TellsWhetherAnEventCorrectionIsInForce()
    {
        using var db = new TempDatabase("flag.db");
        var store = new EventStore(db.Factory);
        await store.InitializeAsync();

        Assert.False((await store.Corrections.ForArticleAndAnyEventAsync("h1")).AnyEventCorrection);
        var article = await store.Corrections.AddAsync(Draft(CorrectionKind.Article, "h1", null));
        var (corrections, any) = await store.Corrections.ForArticleAndAnyEventAsync("h1");
        Assert.Equal([article.Id], corrections.Select(c => c.Id));
        Assert.False(any);

        var onEvent = await store.Corrections.AddAsync(Draft(CorrectionKind.Event, null, "2018-03-04|key"));
        Assert.True((await store.Corrections.ForArticleAndAnyEventAsync("h2")).AnyEventCorrection);
        Assert.Empty((await store.Corrections.ForArticleAndAnyEventAsync("h2")).Corrections);
        await store.Corrections.UndoAsync(onEvent.Id);
        Assert.False((await store.Corrections.ForArticleAndAnyEventAsync("h1")).AnyEventCorrection);
    }

    [Fact]
    public async Task Ingest_OpensOneConnectionPerArticleForItsCorrections_WhenNoEventCorrectionIsInForce()
    {
        string[] texts =
        [
            "On 3 March 2018 government forces shelled Saraqib, killing two civilians.",
            "On 4 March 2018 rebels clashed with government forces near Maarat al-Numan.",
            "On 5 March 2018 Turkish-backed factions took control of the village of Jindires.",
            "On 6 March 2018 an airstrike hit a market in Ariha, killing four people.",
        ];
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(RepositoryLayout.Discover()!);
        async Task<int> OpenedForAsync(int articles)
        {
            using var db = new TempDatabase($"count-{articles}.db");
            var counting = new CountingFactory(db.Factory);
            await using var services = await MapDashboardServices.CreateAsync(o => (o.GazetteerPath, o.Store) = (gazetteer, counting));
            await services.GetRequiredService<EventStore>().InitializeAsync();
            var dir = Directory.CreateTempSubdirectory("mapdash-count-");
            try
            {
                var files = texts.Take(articles).Select((text, i) => Path.Combine(dir.FullName, $"a{i}.txt")).ToArray();
                for (var i = 0; i < files.Length; i++)
                {
                    await File.WriteAllTextAsync(files[i], texts[i]);
                }
                var before = counting.Opened;
                var results = await services.GetRequiredService<ArticleIngester>().IngestAsync(files, jobs: 1);
                Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
                return counting.Opened - before;
            }
            finally
            {
                dir.Delete(true);
            }
        }

        // Two more articles, in the same single batch of writes: what each article's own reads cost.
        var perArticle = (await OpenedForAsync(4) - await OpenedForAsync(2)) / 2.0;
        Assert.Equal(1.0, perArticle);
    }
}
