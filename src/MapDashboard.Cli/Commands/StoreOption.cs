using System.CommandLine;
using System.Net.Sockets;
using MapDashboard.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MapDashboard.Cli.Commands;

/// <summary>
/// The `--db` option of the commands that use the event store, a SQLite file or a PostgreSQL store, and the one-line
/// errors for a location that is malformed (exit code 2, as for other bad option values) or a server that cannot be
/// reached or used (exit code 1).
/// </summary>
internal static class StoreOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = "The event store: a SQLite file (default: data/mapdashboard.db in the checkout), or a PostgreSQL store as "
            + "postgres://user:password@host:port/database or an Npgsql connection string (Host=...;Database=...).",
    };

    /// <summary>A connection factory for the given location or the default; null, after one line on stderr, when the location is malformed.</summary>
    public static IStoreConnectionFactory? TryOpen(string? given, bool readOnly, string verb, TextWriter stderr, string option = "--db")
    {
        var location = CliPaths.EventStore(given);
        try
        {
            return StoreLocation.Open(location, readOnly);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            stderr.WriteLine($"{verb}: {option} is not a usable PostgreSQL location: {ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// Opens the store the `--db` option names and runs <paramref name="work"/> on it (see <see cref="TryOpen"/> and
    /// <see cref="RunAsync"/>): exit code 2 for a malformed location, 1 for a PostgreSQL store that cannot be used.
    /// </summary>
    public static async Task<int> RunAsync(ParseResult parse, Option<string?> db, bool readOnly, string verb, TextWriter stderr,
        Func<IStoreConnectionFactory, Task<int>> work) =>
        TryOpen(parse.GetValue(db), readOnly, verb, stderr) is not { } store ? 2 : await RunAsync(store, verb, stderr, () => work(store));

    /// <summary>Runs a command's work; a PostgreSQL store that cannot be reached or used becomes one line on stderr and exit code 1.</summary>
    public static async Task<int> RunAsync(IStoreConnectionFactory store, string verb, TextWriter stderr, Func<Task<int>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception ex) when (store.Provider == StoreProvider.Postgres && ex is NpgsqlException or SocketException or TimeoutException)
        {
            stderr.WriteLine($"{verb}: cannot use the PostgreSQL store at {store.Description}: {Reason(ex)}");
            return 1;
        }
        catch (SqliteException ex) when (store.Provider == StoreProvider.Sqlite && IsUnusableFile(ex))
        {
            stderr.WriteLine($"{verb}: cannot use the SQLite store at {store.Description}: {ex.Message}");
            return 1;
        }
    }

    /// <summary>
    /// SQLite's answers for a file that cannot serve as the store (not a database, damaged, not openable, read-only, no
    /// permission, disk full): the user's to fix, so one line rather than a stack trace. Other errors stay faults.
    /// </summary>
    private static readonly HashSet<int> UnusableFile = [3, 8, 11, 13, 14, 26];

    /// <summary>Whether SQLite refused the file itself (see <see cref="UnusableFile"/>), rather than failed on a statement.</summary>
    public static bool IsUnusableFile(SqliteException ex) => UnusableFile.Contains(ex.SqliteErrorCode);

    /// <summary>What went wrong, in one line: the server's own words, or the client's with the network error behind it.</summary>
    public static string Reason(Exception ex) => ex switch
    {
        PostgresException server => server.MessageText,
        { InnerException: { } inner } when !ex.Message.Contains(inner.Message, StringComparison.Ordinal) => $"{ex.Message} ({inner.Message})",
        _ => ex.Message,
    };
}
