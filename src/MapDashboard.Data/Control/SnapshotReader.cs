using System.Globalization;
using CsvHelper;
using MapDashboard.Data.Import;

namespace MapDashboard.Data.Control;

/// <summary>
/// Reads a control snapshot CSV in either layout, told apart by the header: the Wikipedia-module layout of
/// gazetteer/control/syria_control_2017.csv (lat, lon, side, parties, kind, besieged, label, link ...) or the plain
/// layout (name, lat, lon, side, status, kind, as_of, source). A row that cannot be used (bad coordinates, bad status or
/// date, malformed CSV) is reported with its line and skipped; a file without the columns of either layout is refused.
/// </summary>
public static class SnapshotReader
{
    /// <summary>The columns of the Wikipedia-module layout a file must have.</summary>
    public static readonly IReadOnlyList<string> ModuleColumns = ["lat", "lon", "side", "label"];

    /// <summary>The columns of the plain layout a file must have (status, kind, as_of and source may be left out).</summary>
    public static readonly IReadOnlyList<string> PlainColumns = ["name", "lat", "lon", "side"];

    private static readonly string[] Statuses = ["held", "contested", "shared", "besieged"];

    /// <summary>The usable rows of <paramref name="input"/> (named <paramref name="file"/> in messages) and the errors of the others.</summary>
    /// <exception cref="ImportFileException">The input is not CSV with the columns of either layout.</exception>
    public static async Task<(IReadOnlyList<SnapshotRow> Rows, IReadOnlyList<ImportRowError> Errors)> ReadAsync(Stream input, string file,
        CancellationToken cancellationToken = default)
    {
        var errors = new List<ImportRowError>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => errors.Add(new ImportRowError(file, record.LineNumber, $"malformed CSV ({record.Reason})")),
            NormalizeHeaderName = name => name.Trim('\uFEFF', ' ', '\t').ToLowerInvariant(),
        };
        await using var csv = CsvReader.Create(input, options, leaveOpen: true);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            await csv.ReadHeaderAsync(cancellationToken);
            foreach (var name in csv.Headers.Select(h => h.Trim('\uFEFF', ' ', '\t').ToLowerInvariant()).Distinct())
            {
                if (csv.TryGetFieldIndex(name, out var index))
                {
                    columns[name] = index;
                }
            }
        }
        catch (CsvFormatException ex)
        {
            throw new ImportFileException($"{file}: the header cannot be read as CSV: {ex.Message}", ex);
        }
        var module = ModuleColumns.All(columns.ContainsKey);
        if (!module && !PlainColumns.All(columns.ContainsKey))
        {
            throw new ImportFileException($"{file}: not a control snapshot: the header needs {string.Join(", ", PlainColumns)} "
                + $"(plain layout, with optional status, kind, as_of, source) or {string.Join(", ", ModuleColumns)} (the Wikipedia-module layout)");
        }

        string? Field(string column) =>
            columns.TryGetValue(column, out var index) && index < csv.FieldCount && csv.GetString(index).Trim() is { Length: > 0 } text ? text : null;

        var rows = new List<SnapshotRow>();
        while (await csv.ReadAsync(cancellationToken))
        {
            var (row, error) = module ? ModuleRow(csv.LineNumber, Field) : PlainRow(csv.LineNumber, Field);
            if (error is not null)
            {
                errors.Add(new ImportRowError(file, csv.LineNumber, error));
            }
            else
            {
                rows.Add(row!);
            }
        }
        return (rows, errors.OrderBy(e => e.Line).ToList());
    }

    private static (SnapshotRow?, string?) ModuleRow(long line, Func<string, string?> field)
    {
        var (lat, lon, error) = Coordinates(field);
        if (error is not null)
        {
            return (null, error);
        }
        var side = field("side") ?? "unknown";
        var parties = (field("parties") ?? "").Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var status = side switch
        {
            "shared" => "shared",
            "contested" => "contested",
            _ when string.Equals(field("besieged"), "true", StringComparison.OrdinalIgnoreCase) => "besieged",
            _ => "held",
        };
        var kind = field("kind") ?? "settlement";
        var name = field("label") ?? field("kind_detail") ?? kind;
        return (new SnapshotRow(line, name, lat, lon, side, parties, status, kind, null, null, field("link")), null);
    }

    private static (SnapshotRow?, string?) PlainRow(long line, Func<string, string?> field)
    {
        var (lat, lon, error) = Coordinates(field);
        if (error is not null)
        {
            return (null, error);
        }
        if (field("name") is not { } name)
        {
            return (null, "no name");
        }
        var status = (field("status") ?? "held").ToLowerInvariant();
        if (!Statuses.Contains(status))
        {
            return (null, $"status '{status}' is not one of {string.Join(", ", Statuses)}");
        }
        DateOnly? asOf = null;
        if (field("as_of") is { } dateText)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (null, $"as_of '{dateText}' is not a date (yyyy-MM-dd)");
            }
            asOf = date;
        }
        var sides = (field("side") ?? "unknown").Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (new SnapshotRow(line, name, lat, lon, sides.FirstOrDefault() ?? "unknown", sides, status, field("kind") ?? "settlement", asOf, field("source"), null), null);
    }

    private static (double Lat, double Lon, string? Error) Coordinates(Func<string, string?> field)
    {
        double? Read(string column, double limit, out string? error)
        {
            error = null;
            if (field(column) is not { } text)
            {
                error = $"no {column}";
                return null;
            }
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                error = $"{column} '{text}' is not a number";
                return null;
            }
            if (Math.Abs(value) > limit)
            {
                error = $"{column} {text} is out of range (-{limit} to {limit})";
                return null;
            }
            return value;
        }
        var lat = Read("lat", 90, out var latError);
        var lon = Read("lon", 180, out var lonError);
        return (lat ?? 0, lon ?? 0, latError ?? lonError);
    }
}
