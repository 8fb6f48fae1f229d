using System.Globalization;
using System.Text;

namespace MapDashboard.Data.Gazetteer.Villages;

/// <summary>
/// A tab- or comma-separated file with a header line, read row by row with columns looked up by name (case-insensitive,
/// any of several aliases): the gazetteer's village sources and the files users import in the same layouts.
/// </summary>
internal sealed class DelimitedTable
{
    private readonly Dictionary<string, int> _columns;

    private DelimitedTable(string path, char separator, string[] header)
    {
        Path = path;
        Separator = separator;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            _columns.TryAdd(header[i].Trim().Trim('\uFEFF'), i);
        }
        Width = header.Length;
    }

    /// <summary>The file read.</summary>
    public string Path { get; }

    /// <summary>The field separator: a tab, or a comma for CSV.</summary>
    public char Separator { get; }

    /// <summary>How many columns the header has.</summary>
    public int Width { get; }

    /// <summary>Opens <paramref name="path"/>: tab-separated when its header holds a tab, CSV otherwise.</summary>
    public static (DelimitedTable Table, IEnumerable<(long Line, string[] Fields)> Rows) Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"'{path}' does not exist.", path);
        }
        var header = File.ReadLines(path).FirstOrDefault() ?? throw new InvalidDataException($"'{path}' is empty: expected a header line.");
        var separator = header.Contains('\t') ? '\t' : ',';
        var table = new DelimitedTable(path, separator, Split(header, separator).ToArray());
        return (table, table.ReadRows());
    }

    /// <summary>The index of the first of <paramref name="aliases"/> the header has, or -1.</summary>
    public int Column(params string[] aliases)
    {
        foreach (var alias in aliases)
        {
            if (_columns.TryGetValue(alias, out var index))
            {
                return index;
            }
        }
        return -1;
    }

    /// <summary>The trimmed field, or null when the column is missing or the field empty.</summary>
    public static string? Field(string[] fields, int column) =>
        column >= 0 && column < fields.Length && fields[column].Trim() is { Length: > 0 } value ? value : null;

    /// <summary>A coordinate in range, or null.</summary>
    public static double? Coordinate(string[] fields, int column, double limit) =>
        Field(fields, column) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && Math.Abs(value) <= limit ? value : null;

    /// <summary>Splits one line: tabs as they are; commas with CSV quoting ("a, b" and doubled quotes).</summary>
    public static List<string> Split(string line, char separator)
    {
        if (separator == '\t')
        {
            return [.. line.Split('\t')];
        }
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        fields.Add(current.ToString().Trim());
        return fields;
    }

    private IEnumerable<(long, string[])> ReadRows()
    {
        long number = 0;
        foreach (var line in File.ReadLines(Path))
        {
            if (++number == 1 || line.Trim().Length == 0)
            {
                continue;
            }
            yield return (number, Split(line, Separator).ToArray());
        }
    }
}
