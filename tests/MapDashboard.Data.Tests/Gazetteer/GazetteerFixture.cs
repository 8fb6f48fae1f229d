using MapDashboard.Data.Gazetteer;

namespace MapDashboard.Data.Tests.Gazetteer;

/// <summary>A provider's gazetteer over the sample sources (with the village sources), shared by the read-only tests of a class.</summary>
public abstract class GazetteerFixture : IAsyncLifetime
{
    public GazetteerStore Store { get; protected set; } = default!;

    /// <summary>A gazetteer of its own, for a test that writes.</summary>
    public abstract Task<ScratchGazetteer> CreateScratchAsync();

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    /// <summary>Builds the sample gazetteer in SQLite, in a fresh temporary folder.</summary>
    public static async Task<TempDatabase> BuildSampleAsync()
    {
        var db = new TempDatabase("gazetteer.db");
        await new GazetteerBuilder().BuildAsync(db.Path, VillageSampleSources.Write(Path.Combine(db.Folder, "sources")));
        return db;
    }
}
