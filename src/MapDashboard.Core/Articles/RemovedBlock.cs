namespace MapDashboard.Core.Articles;

/// <summary>A piece of the original that is not part of the report, and why it was removed.</summary>
public sealed record RemovedBlock(int OriginalStart, int OriginalEnd, string Reason);
