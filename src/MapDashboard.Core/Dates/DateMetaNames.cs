namespace MapDashboard.Core.Dates;

/// <summary>The page meta names that carry a date, and whether it is the publication or a modification (Dates/date-meta-names.tsv).</summary>
internal static class DateMetaNames
{
    private static readonly Lazy<IReadOnlyDictionary<string, bool>> Table = new(() =>
        DataTable.Load("MapDashboard.Core.Dates.date-meta-names.tsv")
            .ToDictionary(r => r["name"], r => r["role"] == "published", StringComparer.OrdinalIgnoreCase));

    /// <summary>True for a publication date, false for a modification, null for a name that carries no date.</summary>
    public static bool? IsPublished(string name) => Table.Value.TryGetValue(name.Trim(), out var published) ? published : null;
}
