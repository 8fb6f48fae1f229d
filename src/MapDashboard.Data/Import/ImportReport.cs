namespace MapDashboard.Data.Import;

/// <summary>A row of an imported file that was skipped, with the line it starts on and why.</summary>
public sealed record ImportRowError(string File, long Line, string Reason)
{
    /// <summary>As compilers print errors: <c>file:line: reason</c>.</summary>
    public override string ToString() => $"{File}:{Line}: {Reason}";
}

/// <summary>What importing one file did: rows added, rows whose values changed, rows already stored as they are, rows skipped.</summary>
public sealed record ImportReport(string File, long Imported, long Updated, long Unchanged, IReadOnlyList<ImportRowError> Errors)
{
    /// <summary>Rows skipped because of an error (each is in <see cref="Errors"/>).</summary>
    public long Skipped => Errors.Count;

    /// <summary>Whether the store changed.</summary>
    public bool Changed => Imported + Updated > 0;

    /// <summary>One line for people: "12 imported, 0 updated, 3 unchanged, 2 skipped".</summary>
    public string Summary => $"{Imported} imported, {Updated} updated, {Unchanged} unchanged, {Skipped} skipped";
}

/// <summary>A file that cannot be imported at all (unreadable, or without the columns every row needs).</summary>
public sealed class ImportFileException(string message, Exception? inner = null) : Exception(message, inner);
