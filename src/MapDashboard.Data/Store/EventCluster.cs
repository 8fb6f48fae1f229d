namespace MapDashboard.Data.Store;

/// <summary>
/// One cell of the server-side clustering: how many events fall in it and their mean position. When
/// <see cref="Count"/> is one, <see cref="EventId"/>, <see cref="Type"/> and <see cref="SubType"/> describe that event.
/// </summary>
public sealed class EventCluster
{
    public long Count { get; set; }

    public double Lat { get; set; }

    public double Lon { get; set; }

    public long EventId { get; set; }

    public string Type { get; set; } = "";

    public string SubType { get; set; } = "";
}

/// <summary>The result of clustering a window for a view: how many events the window holds, and the view's cells.</summary>
public sealed record EventClusters(long WindowCount, IReadOnlyList<EventCluster> Cells);
