namespace MapDashboard.E2E;

/// <summary>The control snapshot fixture's app with an analyst key configured: every write needs it.</summary>
public sealed class ControlKeyedFixture : ControlSnapshotFixture
{
    /// <summary>The key the app is configured with.</summary>
    public const string AnalystKey = "correct-horse-control-key";

    protected override Task ConfigureAsync(IDictionary<string, string> environment)
    {
        environment["MapDashboard__AnalystKey"] = AnalystKey;
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class ControlKeyedCollection : ICollectionFixture<ControlKeyedFixture>
{
    public const string Name = "dashboard over seeds 000 and 003, the control snapshot and an analyst key";
}
