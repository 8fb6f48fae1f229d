using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MapDashboard.Data.Store;
using System.Data.Common;

namespace MapDashboard.Data.Import;

/// <summary>
/// Imports ACLED-format CSV files into the store's imported_events table (dataset "acled"), one transaction per file:
/// the file's usable rows land together or not at all, and rows with errors are reported by line and skipped. An event
/// is identified by its event_id_cnty, so importing a file again updates changed rows and leaves the others alone.
/// </summary>
public sealed class AcledImporter(IStoreConnectionFactory factory)
{
    /// <summary>The dataset name of ACLED imports.</summary>
    public const string Dataset = "acled";

    /// <summary>Imports a file from disk.</summary>
    /// <exception cref="ImportFileException">The file cannot be read or lacks the required columns.</exception>
    public async Task<ImportReport> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ImportFileException($"{path}: cannot be read: {ex.Message}", ex);
        }
        await using (stream)
        {
            return await ImportAsync(stream, Path.GetFileName(path), cancellationToken);
        }
    }

    /// <summary>Imports CSV read from <paramref name="input"/>; <paramref name="fileName"/> names it in errors and in the stored rows.</summary>
    /// <exception cref="ImportFileException">The input lacks the required columns or is not CSV.</exception>
    public async Task<ImportReport> ImportAsync(Stream input, string fileName, CancellationToken cancellationToken = default)
    {
        await using var reader = await AcledCsvReader.OpenAsync(input, fileName, cancellationToken);
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        await new SchemaMigrator(factory.Provider).MigrateAsync(connection, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await using var find = Command(connection, transaction, "SELECT row_hash FROM imported_events WHERE dataset = @dataset AND event_id = @event_id", "dataset", "event_id");
        await using var upsert = Command(connection, transaction, ImportSql.Upsert, ImportSql.UpsertParameters);
        var importedAt = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        long imported = 0, updated = 0, unchanged = 0;
        await foreach (var (line, row) in reader.ReadAsync(cancellationToken))
        {
            var hash = Hash(row);
            find.Parameters["dataset"].Value = Dataset;
            find.Parameters["event_id"].Value = row.EventId;
            var existing = await find.ExecuteScalarAsync(cancellationToken) as string;
            if (existing == hash)
            {
                unchanged++;
                continue;
            }
            object?[] values =
            [
                Dataset, row.EventId, row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.Date.DayNumber, row.TimePrecision, row.Type,
                row.SubType, row.Actor1, row.AssocActor1, row.Actor2, row.AssocActor2, row.Country, row.Admin1, row.Admin2, row.Location, row.Lat, row.Lon,
                row.GeoPrecision, row.Fatalities, row.Source, row.Notes, hash, fileName, line, importedAt,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                upsert.Parameters[i].Value = values[i] ?? DBNull.Value;
            }
            await upsert.ExecuteNonQueryAsync(cancellationToken);
            if (existing is null)
            {
                imported++;
            }
            else
            {
                updated++;
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return new ImportReport(fileName, imported, updated, unchanged, [.. reader.Errors.OrderBy(e => e.Line)]);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params IReadOnlyList<string> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>A hash of the values a row stores: a re-import rewrites only rows whose values changed.</summary>
    private static string Hash(AcledRow row)
    {
        var text = string.Join('\u001f', row.EventId, row.Date.DayNumber, row.TimePrecision, row.Type, row.SubType, row.Actor1, row.AssocActor1, row.Actor2,
            row.AssocActor2, row.Country, row.Admin1, row.Admin2, row.Location, row.Lat.ToString("R", CultureInfo.InvariantCulture),
            row.Lon.ToString("R", CultureInfo.InvariantCulture), row.GeoPrecision, row.Fatalities, row.Source, row.Notes);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
