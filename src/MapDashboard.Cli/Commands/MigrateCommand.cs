using System.CommandLine;
using System.Globalization;
using MapDashboard.Data;
using MapDashboard.Data.Postgres;
using MapDashboard.Data.Store;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Cli.Commands;

/// <summary>`mapdash migrate --from FILE --to URL [--batch N]`: copy a SQLite event store into an empty PostgreSQL one.</summary>
public static class MigrateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var from = new Option<string>("--from") { Description = "The SQLite event store to copy (read only).", Required = true };
        var to = new Option<string>("--to")
        {
            Description = "The PostgreSQL store to fill, as postgres://user:password@host:port/database or an Npgsql connection string; "
                + "its schema is created when missing, and it must hold no rows.",
            Required = true,
        };
        var batch = new Option<int>("--batch")
        {
            Description = $"Rows per COPY statement (default {StoreCopier.DefaultBatchSize}); the whole copy is one transaction either way.",
            DefaultValueFactory = _ => StoreCopier.DefaultBatchSize,
        };
        var command = new Command("migrate", "Copy a whole SQLite event store into an empty PostgreSQL/PostGIS store in one transaction, then check every table's row count.")
        {
            from, to, batch,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var source = parse.GetValue(from)!;
            var destination = parse.GetValue(to)!;
            var rows = parse.GetValue(batch);
            if (rows < 1)
            {
                stderr.WriteLine($"migrate: --batch must be positive (got {rows})");
                return 2;
            }
            if (StoreLocation.IsPostgres(source))
            {
                stderr.WriteLine("migrate: --from must be a SQLite file; PostgreSQL stores are copied with pg_dump");
                return 2;
            }
            if (!StoreLocation.IsPostgres(destination))
            {
                stderr.WriteLine($"migrate: --to must be a PostgreSQL store (postgres://user@host:port/database or Host=...;Database=...), got '{destination}'");
                return 2;
            }
            if (StoreOption.TryOpen(destination, readOnly: false, "migrate", stderr, "--to") is not PostgresConnectionFactory target)
            {
                return 2;
            }
            source = Path.GetFullPath(source);
            if (!File.Exists(source))
            {
                stderr.WriteLine($"migrate: no SQLite store at {source}");
                return 1;
            }
            var copier = new StoreCopier(new SqliteConnectionFactory(source, readOnly: true), target);
            return await StoreOption.RunAsync(target, "migrate", stderr, async () =>
            {
                StoreCopyReport report;
                try
                {
                    report = await ProgressDisplay.RunAsync(stderr, progress => copier.CopyAsync(rows,
                        new Progress<(string Stage, long Done, long Total)>(p => progress(p.Stage, p.Done, p.Total)), cancellationToken));
                }
                catch (StoreCopyException ex)
                {
                    stderr.WriteLine($"migrate: {ex.Message}");
                    return 1;
                }
                catch (SqliteException ex)
                {
                    stderr.WriteLine($"migrate: cannot read {source}: {ex.Message}");
                    return 1;
                }
                catch (Npgsql.PostgresException ex) when (ex.SqlState.StartsWith("23", StringComparison.Ordinal))
                {
                    stderr.WriteLine($"migrate: the rows of {source} break a constraint of the PostgreSQL store ({ex.MessageText}); "
                        + $"nothing was committed to {target.Description}");
                    return 1;
                }
                return Print(report, source, target.Description, stdout, stderr);
            });
        });
        return command;
    }

    private static int Print(StoreCopyReport report, string source, string target, TextWriter stdout, TextWriter stderr)
    {
        var names = report.Tables.Select(t => t.Derived ? $"{t.Table} (rebuilt)" : t.Table).ToList();
        var width = names.Max(n => n.Length);
        stdout.WriteLine($"{"table".PadRight(width)}  {"SQLite",12}  {"PostgreSQL",12}");
        for (var i = 0; i < report.Tables.Count; i++)
        {
            var table = report.Tables[i];
            stdout.WriteLine($"{names[i].PadRight(width)}  {N(table.Source),12}  {N(table.Target),12}  {(table.Matches ? "ok" : "DIFFERS")}");
        }
        if (!report.AllMatch)
        {
            var differ = report.Tables.Where(t => !t.Matches).Select(t => $"{t.Table} ({N(t.Source)} in SQLite, {N(t.Target)} in PostgreSQL)");
            stderr.WriteLine($"migrate: row counts differ in {string.Join(", ", differ)}; nothing was committed to {target}");
            return 1;
        }
        stdout.WriteLine($"{N(report.RowsCopied)} rows copied from {source} to {target} in {report.Elapsed.TotalSeconds:F1} s "
            + $"({N((long)report.RowsPerSecond)} rows/s)");
        return 0;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
