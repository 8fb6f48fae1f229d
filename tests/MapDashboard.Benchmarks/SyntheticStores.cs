using MapDashboard.Core.Actors;
using MapDashboard.Data;
using MapDashboard.Data.Store;
using MapDashboard.Data.Synth;

namespace MapDashboard.Benchmarks;

/// <summary>
/// The synthetic SQLite stores the store benchmarks read, made by <c>mapdash synth --seed 1</c>'s generator and kept under
/// artifacts/bench/ (a store is written under a .partial name and renamed when complete, so an interrupted run leaves none).
/// </summary>
internal static class SyntheticStores
{
    /// <summary>The path of the store of <paramref name="events"/> events, generated first when missing.</summary>
    public static string EnsureSqlite(int events)
    {
        var layout = RepositoryLayout.DiscoverOrThrow();
        var folder = Path.Combine(layout.Root, "artifacts", "bench");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"synth-{events}.db");
        if (!File.Exists(path))
        {
            var partial = path + ".partial";
            File.Delete(partial);
            new SyntheticStoreGenerator(layout.GazetteerDatabase, FactionCatalogue.LoadDefault()).GenerateAsync(partial, events, seed: 1).GetAwaiter().GetResult();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Move(partial, path);
        }
        // A store made by an earlier build is brought to the current schema (as the web app does at start-up).
        new EventStore(new SqliteConnectionFactory(path)).InitializeAsync().GetAwaiter().GetResult();
        return path;
    }
}
