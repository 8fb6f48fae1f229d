using System.Globalization;
using System.Security.Cryptography;
using CsvHelper;

namespace MapDashboard.Data.Import;

/// <summary>
/// Reads an ACLED-format CSV: ACLED's own exports and MapDashboard's (same column names). Columns are found by header
/// name in any order and any case, unknown columns are ignored, and a row that cannot be used (bad date, missing or
/// out-of-range coordinates, malformed quoting, a wrong number of fields) is reported with the line it starts on and
/// skipped, so the rest of the file still reads.
/// </summary>
public sealed class AcledCsvReader : IAsyncDisposable
{
    /// <summary>The columns every row needs.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["event_date", "event_type", "latitude", "longitude"];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "d-MMMM-yyyy", "d-MMM-yyyy"];

    private readonly CsvReader _csv;
    private readonly string _file;
    private readonly List<ImportRowError> _errors = [];
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _seenIds = new(StringComparer.Ordinal);

    private AcledCsvReader(Stream input, string file)
    {
        _file = file;
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => _errors.Add(new ImportRowError(_file, record.LineNumber, Describe(record.Reason))),
            NormalizeHeaderName = name => name.Trim('\uFEFF', ' ', '\t'),
        };
        _csv = CsvReader.Create(input, options, leaveOpen: true);
    }

    /// <summary>The rows skipped so far, in file order.</summary>
    public IReadOnlyList<ImportRowError> Errors => _errors;

    /// <summary>Opens a reader over <paramref name="input"/> (named <paramref name="file"/> in messages) and checks its header.</summary>
    /// <exception cref="ImportFileException">The file has no header with the required columns, or is not CSV text.</exception>
    public static async Task<AcledCsvReader> OpenAsync(Stream input, string file, CancellationToken cancellationToken = default)
    {
        var reader = new AcledCsvReader(input, file);
        try
        {
            await reader._csv.ReadHeaderAsync(cancellationToken);
            foreach (var name in reader._csv.Headers.Select(h => h.Trim('\uFEFF', ' ', '\t').ToLowerInvariant()).Distinct())
            {
                if (reader._csv.TryGetFieldIndex(name, out var index))
                {
                    reader._columns[name] = index;
                }
            }
            var missing = RequiredColumns.Where(c => !reader._columns.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                throw new ImportFileException($"{file}: not an ACLED-format CSV: no {string.Join(", ", missing)} column{(missing.Count == 1 ? "" : "s")} in the header (it needs {string.Join(", ", RequiredColumns)})");
            }
        }
        catch (CsvFormatException ex)
        {
            await reader.DisposeAsync();
            throw new ImportFileException($"{file}: the header cannot be read as CSV: {ex.Message}", ex);
        }
        catch (ImportFileException)
        {
            await reader.DisposeAsync();
            throw;
        }
        return reader;
    }

    /// <summary>The usable rows with the line each starts on; the others go to <see cref="Errors"/>.</summary>
    public async IAsyncEnumerable<(long Line, AcledRow Row)> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await _csv.ReadAsync(cancellationToken))
        {
            var line = _csv.LineNumber;
            var (row, error) = ParseCurrent();
            if (error is not null)
            {
                _errors.Add(new ImportRowError(_file, line, error));
                continue;
            }
            if (_seenIds.TryGetValue(row!.EventId, out var first))
            {
                _errors.Add(new ImportRowError(_file, line, $"event {row.EventId} is already on line {first} of this file"));
                continue;
            }
            _seenIds[row.EventId] = line;
            yield return (line, row);
        }
    }

    private (AcledRow? Row, string? Error) ParseCurrent()
    {
        var dateText = Field("event_date");
        if (dateText is null)
        {
            return (null, "no event_date");
        }
        if (!DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            return (null, $"event_date '{dateText}' is not a date (yyyy-MM-dd or '30 January 2017')");
        }
        if (Field("year") is { } yearText && (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year != date.Year))
        {
            return (null, $"year '{yearText}' does not match event_date {date:yyyy-MM-dd}");
        }
        if (Field("event_type") is not { } type)
        {
            return (null, "no event_type");
        }
        var (lat, latError) = Coordinate("latitude", 90);
        if (latError is not null)
        {
            return (null, latError);
        }
        var (lon, lonError) = Coordinate("longitude", 180);
        if (lonError is not null)
        {
            return (null, lonError);
        }
        string? integerError = null;
        long? Integer(string column, long min)
        {
            if (Field(column) is not { } text)
            {
                return null;
            }
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min)
            {
                return value;
            }
            integerError ??= $"{column} '{text}' is not a whole number of at least {min}";
            return null;
        }
        var timePrecision = Integer("time_precision", 1);
        var geoPrecision = Integer("geo_precision", 1);
        var fatalities = Integer("fatalities", 0);
        if (integerError is not null)
        {
            return (null, integerError);
        }
        var id = Field("event_id_cnty") ?? "line-" + Convert.ToHexStringLower(SHA256.HashData(_csv.RawRecord))[..16];
        return (new AcledRow(id, date, timePrecision, type, Field("sub_event_type"), Field("actor1"), Field("assoc_actor_1"), Field("actor2"),
            Field("assoc_actor_2"), Field("country"), Field("admin1"), Field("admin2"), Field("location"), lat, lon, geoPrecision, fatalities,
            Field("source"), Field("notes")), null);
    }

    private (double Value, string? Error) Coordinate(string column, double limit)
    {
        if (Field(column) is not { } text)
        {
            return (0, $"no {column}");
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return (0, $"{column} '{text}' is not a number");
        }
        return Math.Abs(value) > limit ? (0, $"{column} {text} is out of range (-{limit} to {limit})") : (value, null);
    }

    /// <summary>A field of the current row, trimmed; null when the column is absent or the field empty.</summary>
    private string? Field(string column)
    {
        if (!_columns.TryGetValue(column, out var index) || index >= _csv.FieldCount)
        {
            return null;
        }
        var text = _csv.GetString(index).Trim();
        if (text.Length == 0)
        {
            return null;
        }
        // MapDashboard's export puts an apostrophe before text a spreadsheet would run as a formula; read it back as written.
        return text.Length > 1 && text[0] == '\'' && text[1] is '=' or '@' or '+' or '-' ? text[1..] : text;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "malformed CSV: a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "malformed CSV: text after the closing quote of a field",
        CsvMalformedReason.UnterminatedQuote => "malformed CSV: a quoted field is never closed (the rest of the file is part of this row)",
        CsvMalformedReason.LineBreakInQuotes => "malformed CSV: a line break inside a quoted field",
        CsvMalformedReason.FieldCountMismatch => "malformed CSV: the row does not have as many fields as the header",
        _ => $"malformed CSV: {reason}",
    };

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _csv.DisposeAsync();
}
