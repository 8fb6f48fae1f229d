namespace MapDashboard.Web;

/// <summary>The event store file the dashboard reads.</summary>
public sealed record EventStoreLocation(string Path)
{
    /// <summary>Whether anything has been ingested yet.</summary>
    public bool Exists => File.Exists(Path);
}
