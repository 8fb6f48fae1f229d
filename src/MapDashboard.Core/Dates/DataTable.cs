namespace MapDashboard.Core.Dates;

/// <summary>
/// Reads the tab-separated word lists embedded in Core (lines starting with '#' are comments, the first other line is
/// the header). Every list has a source column saying where each entry comes from.
/// </summary>
internal static class DataTable
{
    /// <summary>The rows of an embedded TSV resource as column-name dictionaries.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Load(string resource)
    {
        using var stream = typeof(DataTable).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The data file '{resource}' is missing from the build.");
        using var reader = new StreamReader(stream);
        string[]? header = null;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }
            if (cells.Length != header.Length)
            {
                throw new InvalidDataException($"{resource}:{number}: {cells.Length} columns, the header has {header.Length}");
            }
            rows.Add(header.Zip(cells).ToDictionary(p => p.First, p => p.Second.Trim(), StringComparer.Ordinal));
        }
        return rows;
    }
}
