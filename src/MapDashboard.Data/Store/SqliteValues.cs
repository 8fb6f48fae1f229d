using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MapDashboard.Data.Store;

/// <summary>
/// Binds one value to a parameter of a prepared SQLite statement by its index, as Microsoft.Data.Sqlite binds a value of
/// that type (<see cref="SqliteRowStatement"/>): null as NULL, whole numbers and booleans (1 or 0) as integers, floating
/// point as REAL (NaN refused, as there), strings as UTF-8 text, byte arrays as blobs.
/// </summary>
internal static class SqliteValues
{
    public static void Bind(sqlite3_stmt statement, int index, string? value) =>
        Check(statement, value is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_text(statement, index, value));

    public static void Bind(sqlite3_stmt statement, int index, byte[]? value) =>
        Check(statement, value is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_blob(statement, index, value));

    public static void Bind(sqlite3_stmt statement, int index, long? value) =>
        Check(statement, value is { } number ? raw.sqlite3_bind_int64(statement, index, number) : raw.sqlite3_bind_null(statement, index));

    public static void Bind(sqlite3_stmt statement, int index, bool? value) =>
        Check(statement, value is { } flag ? raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0) : raw.sqlite3_bind_null(statement, index));

    public static void Bind(sqlite3_stmt statement, int index, double? value)
    {
        if (value is not { } number)
        {
            Check(statement, raw.sqlite3_bind_null(statement, index));
            return;
        }
        if (double.IsNaN(number))
        {
            throw new InvalidOperationException("Cannot store 'NaN' values.");
        }
        Check(statement, raw.sqlite3_bind_double(statement, index, number));
    }

    private static void Check(sqlite3_stmt statement, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, raw.sqlite3_db_handle(statement));
        }
    }
}
