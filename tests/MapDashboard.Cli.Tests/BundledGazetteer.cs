using MapDashboard.Data;
using MapDashboard.Data.Gazetteer;

namespace MapDashboard.Cli.Tests;

/// <summary>Makes sure the checkout's gazetteer exists (the set-up builds it; this builds it when a test runs alone).</summary>
public sealed class BundledGazetteer : IAsyncLifetime
{
    public RepositoryLayout Layout { get; } = RepositoryLayout.Discover() ?? throw new InvalidOperationException("Run the tests inside the checkout.");

    public Task InitializeAsync() => GazetteerBuilder.EnsureBuiltAsync(Layout);

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class BundledGazetteerCollection : ICollectionFixture<BundledGazetteer>
{
    public const string Name = "bundled gazetteer (cli)";
}
