namespace MapDashboard.Data.Store;

/// <summary>One versioned schema script.</summary>
public sealed record Migration(long Version, string Name, string Sql);
