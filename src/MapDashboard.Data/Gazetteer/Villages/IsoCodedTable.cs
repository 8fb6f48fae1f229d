namespace MapDashboard.Data.Gazetteer.Villages;

/// <summary>
/// Reads the small tables of gazetteer/sources that tie a value to a first-level division by its ISO 3166-2 code (OCHA's
/// P-codes and English names, the source labels of admin1_label_aliases.tsv): one reader, so every such table reports a
/// bad row the same way and none of them silently drops one.
/// </summary>
internal static class IsoCodedTable
{
    /// <summary>
    /// The (value, ISO code) pairs of <paramref name="table"/>'s <paramref name="valueColumn"/> and iso_3166_2 columns; a
    /// row missing either, missing its source when <paramref name="needsSource"/>, or whose code <paramref name="known"/>
    /// refuses, is reported as <paramref name="problem"/> and skipped. No file (a test's sample sources): no pairs.
    /// </summary>
    public static List<(string Value, string Iso)> Read(string? table, string valueColumn, bool needsSource, Func<string, bool> known,
        ICollection<SourceError> errors, string problem)
    {
        var pairs = new List<(string, string)>();
        if (table is null || !File.Exists(table))
        {
            return pairs;
        }
        var (columns, rows) = DelimitedTable.Open(table);
        var (value, iso) = (columns.Column(valueColumn), columns.Column("iso_3166_2"));
        var source = needsSource ? columns.Column("source") : -1;
        foreach (var (line, f) in rows)
        {
            if (DelimitedTable.Field(f, value) is { } v && DelimitedTable.Field(f, iso) is { } i && known(i)
                && (!needsSource || DelimitedTable.Field(f, source) is not null))
            {
                pairs.Add((v, i));
            }
            else
            {
                errors.Add(new SourceError(table, line, problem));
            }
        }
        return pairs;
    }
}
