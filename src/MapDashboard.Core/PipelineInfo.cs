namespace MapDashboard.Core;

/// <summary>Identifies the pipeline's behaviour: stored articles from another version are re-processed on ingest.</summary>
public static class PipelineInfo
{
    /// <summary>Bump when cleaning, recognition, ranking or event coding changes what an article yields.</summary>
    public const string Version = "2026.11.24-events-context";
}
