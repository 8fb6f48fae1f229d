using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MapDashboard.Data.Store;

/// <summary>
/// One row statement of the SQLite writer (<see cref="StoreCommands"/>) as SQLite's own prepared statement, its
/// parameters bound by index from a row's parameter object through a compiled binder: no boxing of the values, and no
/// look-up of each parameter's index by its UTF-8 name at every run, which Microsoft.Data.Sqlite's
/// <see cref="SqliteCommand"/> does per parameter per row (about a quarter of the writer's managed time, issue 18).
/// The values are bound as Microsoft.Data.Sqlite binds them (whole numbers and booleans as integers, floating point as
/// REAL, NaN refused, strings as text, byte arrays as blobs, null as NULL), so the stored rows are the same.
/// </summary>
internal sealed class SqliteRowStatement : IDisposable
{
    private static readonly ConcurrentDictionary<(string Sql, Type Type), RowBinder?> Binders = new();

    /// <summary>How long a statement that finds the database busy is tried again (Microsoft.Data.Sqlite's default command timeout).</summary>
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _indexes;
    private readonly RowBinder? _binder;

    private SqliteRowStatement(sqlite3 db, sqlite3_stmt statement, int[] indexes, RowBinder? binder)
    {
        _db = db;
        _statement = statement;
        _indexes = indexes;
        _binder = binder;
    }

    /// <summary>
    /// The statement of <paramref name="sql"/> for parameter objects of <paramref name="type"/>, or null when it cannot be
    /// run this way (a property of a type this binder does not bind, or more than one statement): the caller then uses a
    /// <see cref="SqliteCommand"/>.
    /// </summary>
    public static SqliteRowStatement? TryPrepare(SqliteConnection connection, string sql, Type type)
    {
        if (Binders.GetOrAdd((sql, type), key => RowBinder.TryCreate(key.Sql, key.Type)) is not { } binder)
        {
            return null;
        }
        var db = connection.Handle!;
        var rc = raw.sqlite3_prepare_v2(db, sql, out sqlite3_stmt statement, out string tail);
        if (rc != raw.SQLITE_OK)
        {
            statement?.Dispose();
            SqliteException.ThrowExceptionForRC(rc, db);
        }
        if (statement is null || statement.IsInvalid)
        {
            return null; // no statement in the SQL
        }
        var indexes = binder.Names.Select(name => raw.sqlite3_bind_parameter_index(statement, "@" + name)).ToArray();
        if (!string.IsNullOrWhiteSpace(tail) || indexes.Any(i => i <= 0) || raw.sqlite3_bind_parameter_count(statement) != indexes.Length)
        {
            statement.Dispose();
            return null;
        }
        return new SqliteRowStatement(db, statement, indexes, binder);
    }

    /// <summary>
    /// The statement of <paramref name="sql"/>, whose <paramref name="parameterCount"/> parameters its caller sets by
    /// position (<see cref="Set"/>) and then runs (<see cref="Execute()"/>) or reads (<see cref="Read"/>): a statement whose
    /// parameter count depends on the row, such as a list of band keys.
    /// </summary>
    public static SqliteRowStatement PreparePositional(SqliteConnection connection, string sql, int parameterCount)
    {
        var db = connection.Handle!;
        var rc = raw.sqlite3_prepare_v2(db, sql, out sqlite3_stmt statement, out string tail);
        if (rc != raw.SQLITE_OK)
        {
            statement?.Dispose();
            SqliteException.ThrowExceptionForRC(rc, db);
        }
        if (statement is null || statement.IsInvalid || !string.IsNullOrWhiteSpace(tail) || raw.sqlite3_bind_parameter_count(statement) != parameterCount)
        {
            statement?.Dispose();
            throw new ArgumentException($"Not one statement of {parameterCount} parameters: {sql}", nameof(sql));
        }
        return new SqliteRowStatement(db, statement, [], null);
    }

    /// <summary>The type of parameter object the statement binds (<see cref="void"/>: its caller sets them by position).</summary>
    public Type Type => _binder?.Type ?? typeof(void);

    /// <summary>Sets the parameter at <paramref name="position"/> (from 0, in the order they first appear in the SQL).</summary>
    public void Set(int position, long value) => SqliteValues.Bind(_statement, position + 1, value);

    /// <summary>Runs the statement with the parameters set; returns the rows it changed.</summary>
    public int Execute()
    {
        Run(null, readFirst: false, out _);
        return raw.sqlite3_changes(_db);
    }

    /// <summary>Runs the query with the parameters set and reads each row with <paramref name="read"/>.</summary>
    public List<T> Read<T>(Func<sqlite3_stmt, T> read)
    {
        var rows = new List<T>();
        ReadInto(rows, read);
        return rows;
    }

    /// <summary>Runs the query with the parameters set and adds each row, read with <paramref name="read"/>, to <paramref name="rows"/>.</summary>
    public void ReadInto<T>(List<T> rows, Func<sqlite3_stmt, T> read)
    {
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
                rows.Add(read(_statement));
            }
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs the statement with the row's values; returns the rows it changed.</summary>
    public int Execute(object row)
    {
        Run(row, readFirst: false, out _);
        return raw.sqlite3_changes(_db);
    }

    /// <summary>Runs the statement with the row's values; returns the first column of its first row when it is an integer, else null.</summary>
    public long? Scalar(object row) => Run(row, readFirst: true, out var value) ? value : null;

    public void Dispose() => _statement.Dispose();

    private bool Run(object? row, bool readFirst, out long first)
    {
        first = 0;
        var found = false;
        try
        {
            if (row is not null)
            {
                _binder!.Bind(_statement, _indexes, row);
            }
            var started = 0L;
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) != raw.SQLITE_DONE)
            {
                if (rc == raw.SQLITE_ROW)
                {
                    if (readFirst && !found && raw.sqlite3_column_type(_statement, 0) == raw.SQLITE_INTEGER)
                    {
                        first = raw.sqlite3_column_int64(_statement, 0);
                        found = true;
                    }
                    readFirst = false;
                    continue;
                }
                if ((rc & 0xFF) is raw.SQLITE_BUSY or raw.SQLITE_LOCKED && StillWaiting(ref started))
                {
                    raw.sqlite3_reset(_statement);
                    Thread.Sleep(150);
                    continue;
                }
                SqliteException.ThrowExceptionForRC(rc, _db);
            }
            return found;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    private static bool StillWaiting(ref long started)
    {
        if (started == 0)
        {
            started = Environment.TickCount64;
        }
        return Environment.TickCount64 - started < BusyTimeout.TotalMilliseconds;
    }

    /// <summary>Binds the parameters a statement names from the properties of one type (Dapper's rule: by name, any case).</summary>
    private sealed class RowBinder
    {
        private RowBinder(Type type, string[] names, Action<sqlite3_stmt, int[], object> bind)
        {
            Type = type;
            Names = names;
            Bind = bind;
        }

        public Type Type { get; }

        /// <summary>The parameters in the order the binder sets them (without '@').</summary>
        public string[] Names { get; }

        public Action<sqlite3_stmt, int[], object> Bind { get; }

        public static RowBinder? TryCreate(string sql, Type type)
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
            var names = StoreCommands.ParameterNames(sql);
            var statement = Expression.Parameter(typeof(sqlite3_stmt), "statement");
            var indexes = Expression.Parameter(typeof(int[]), "indexes");
            var row = Expression.Parameter(typeof(object), "row");
            var typed = Expression.Variable(type, "typed");
            var body = new List<Expression> { Expression.Assign(typed, Expression.Convert(row, type)) };
            for (var i = 0; i < names.Length; i++)
            {
                if (!properties.TryGetValue(names[i], out var property))
                {
                    throw new ArgumentException($"The statement names @{names[i]}, which {type.Name} does not have: {sql}", nameof(type));
                }
                if (BindCall(statement, Expression.ArrayIndex(indexes, Expression.Constant(i)), Expression.Property(typed, property)) is not { } call)
                {
                    return null;
                }
                body.Add(call);
            }
            var lambda = Expression.Lambda<Action<sqlite3_stmt, int[], object>>(Expression.Block([typed], body), statement, indexes, row);
            return new RowBinder(type, names, lambda.Compile());
        }

        /// <summary>The call that binds one property's value, or null for a type it does not bind.</summary>
        private static MethodCallExpression? BindCall(Expression statement, Expression index, Expression value)
        {
            var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
            var nullable = type != value.Type;
            Type? target = type == typeof(string) ? typeof(string)
                : type == typeof(byte[]) ? typeof(byte[])
                : type == typeof(bool) ? typeof(bool?)
                : type == typeof(double) || type == typeof(float) ? typeof(double?)
                : type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte)
                  || type == typeof(uint) || type == typeof(ushort) ? typeof(long?)
                : null;
            if (target is null)
            {
                return null;
            }
            var converted = value;
            if (target.IsValueType)
            {
                var underlying = Nullable.GetUnderlyingType(target)!;
                converted = nullable
                    ? Expression.Convert(value, target)
                    : Expression.Convert(type == underlying ? value : Expression.Convert(value, underlying), target);
            }
            var method = typeof(SqliteValues).GetMethod(nameof(SqliteValues.Bind), [typeof(sqlite3_stmt), typeof(int), target])!;
            return Expression.Call(method, statement, index, converted);
        }
    }
}
