namespace MapDashboard.Data.Gazetteer;

/// <summary>A line of a source file that could not be read; it was skipped, the rest landed.</summary>
public sealed record SourceError(string File, long Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {Message}";
}
