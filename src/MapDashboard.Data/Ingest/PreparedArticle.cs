using MapDashboard.Data.Store;

namespace MapDashboard.Data.Ingest;

/// <summary>
/// An article read, geoparsed and coded but not yet written (the slow part, done without holding the store), or the
/// reason it was refused.
/// </summary>
public sealed record PreparedArticle(string Source, StoredArticle? Article, string? Error)
{
    /// <summary>Whether it can be written.</summary>
    public bool Succeeded => Article is not null;
}
