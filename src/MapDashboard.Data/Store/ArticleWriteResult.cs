namespace MapDashboard.Data.Store;

/// <summary>One article's write in a batch: the store's outcome, or the database's reason it was refused (then nothing of it was written).</summary>
public sealed record ArticleWriteResult(IngestOutcome? Outcome, string? Error);
