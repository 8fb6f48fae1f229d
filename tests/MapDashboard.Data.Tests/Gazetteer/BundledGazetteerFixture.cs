using MapDashboard.Data.Gazetteer;

namespace MapDashboard.Data.Tests.Gazetteer;

/// <summary>
/// The real bundled gazetteer of this checkout (gazetteer/gazetteer.db, built by the set-up before the tests);
/// built here when it is missing or stale, so the tests never run against nothing.
/// </summary>
public sealed class BundledGazetteerFixture : IAsyncLifetime
{
    public SqliteGazetteer Gazetteer { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var layout = RepositoryLayout.Discover() ?? throw new InvalidOperationException("The tests must run inside the MapDashboard checkout.");
        Gazetteer = new SqliteGazetteer(await GazetteerBuilder.EnsureBuiltAsync(layout));
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class BundledGazetteerCollection : ICollectionFixture<BundledGazetteerFixture>
{
    public const string Name = "bundled gazetteer";
}
