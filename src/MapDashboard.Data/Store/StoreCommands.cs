using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Data.Store;

/// <summary>
/// The row statements of one write transaction (a batch of articles, or one). On SQLite each statement shape is prepared
/// once for the whole transaction and run again with its parameters rebound from each row's parameter object: the
/// statements that write rows by index on SQLite's own statement (<see cref="SqliteRowStatement"/>), the reads as a
/// <see cref="SqliteCommand"/>. Dapper makes a new command per call, and SQLite prepares its SQL again every time.
/// On PostgreSQL the statements go through Dapper as before (its rows go in multi-row statements, not one by one).
/// The SQL stays where each table's SQL lives; this class only runs it.
/// </summary>
internal sealed partial class StoreCommands : IDisposable
{
    private static readonly ConcurrentDictionary<(string Sql, Type Type), Binder> Binders = new();

    private readonly Dictionary<string, (SqliteCommand Command, Binder Binder)>? _prepared;

    /// <summary>SQLite: the row statements run by <see cref="ExecuteAsync"/> and <see cref="ScalarAsync"/>, bound by index (null: not bindable so).</summary>
    private readonly Dictionary<string, SqliteRowStatement?>? _rows;

    private StoreCommands(DbConnection connection, DbTransaction transaction, WriterMemo? memo)
    {
        Connection = connection;
        Transaction = transaction;
        Memo = memo ?? new WriterMemo();
        if (connection is SqliteConnection)
        {
            _prepared = new Dictionary<string, (SqliteCommand, Binder)>(StringComparer.Ordinal);
            _rows = new Dictionary<string, SqliteRowStatement?>(StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// The statements of a transaction on its connection; with <paramref name="memo"/>, what the writer learnt before this
    /// transaction and still holds (<see cref="SqliteBatchSession.MemoAsync"/>), else nothing yet.
    /// </summary>
    public static StoreCommands For(DbConnection connection, DbTransaction transaction, WriterMemo? memo = null) => new(connection, transaction, memo);

    /// <summary>The connection the transaction runs on.</summary>
    public DbConnection Connection { get; }

    /// <summary>The transaction every statement runs in.</summary>
    public DbTransaction Transaction { get; }

    /// <summary>What the SQLite writer learnt about the store in this transaction and may use again (<see cref="WriterMemo"/>).</summary>
    public WriterMemo Memo { get; }

    /// <summary>Whether the store is SQLite.</summary>
    public bool Sqlite => _prepared is not null;

    /// <summary>How many distinct statements were prepared (SQLite; a measure of the reuse).</summary>
    public int Prepared => _prepared?.Count ?? 0;

    /// <summary>How many of the row statements run so far are bound by index (<see cref="SqliteRowStatement"/>; SQLite).</summary>
    public int BoundByIndex => _rows?.Values.Count(r => r is not null) ?? 0;

    /// <summary>Runs a statement that returns no rows.</summary>
    public Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        if (_prepared is null)
        {
            return Connection.ExecuteAsync(new CommandDefinition(sql, parameters, Transaction, cancellationToken: cancellationToken));
        }
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Row(sql, parameters) is { } row ? row.Execute(parameters) : Bound(sql, parameters).ExecuteNonQuery());
    }

    /// <summary>Runs a statement and reads the first column of its first row as a number, or null (no row, or NULL).</summary>
    public async Task<long?> ScalarAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        if (_prepared is null)
        {
            return await Connection.ExecuteScalarAsync<long?>(new CommandDefinition(sql, parameters, Transaction, cancellationToken: cancellationToken));
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (Row(sql, parameters) is { } row)
        {
            return row.Scalar(parameters);
        }
        return Bound(sql, parameters).ExecuteScalar() is long value ? value : null;
    }

    /// <summary>Runs a query and reads the first two columns of its rows as strings (null for NULL).</summary>
    public async Task<List<(string? First, string? Second)>> StringPairsAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        if (_prepared is null)
        {
            return (await Connection.QueryAsync<(string?, string?)>(new CommandDefinition(sql, parameters, Transaction, cancellationToken: cancellationToken))).ToList();
        }
        cancellationToken.ThrowIfCancellationRequested();
        var rows = new List<(string?, string?)>();
        using var reader = Bound(sql, parameters).ExecuteReader();
        while (reader.Read())
        {
            rows.Add((reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }
        return rows;
    }

    /// <summary>
    /// SQLite: the transaction's statement for <paramref name="sql"/> with <paramref name="parameterCount"/> parameters, for
    /// a caller that sets their values by position (a statement whose parameter count depends on the row, such as a list
    /// of band keys) and runs or reads it itself (<see cref="SqliteRowStatement.PreparePositional"/>).
    /// </summary>
    public SqliteRowStatement Positional(string sql, int parameterCount)
    {
        if (!_rows!.TryGetValue(sql, out var row))
        {
            _rows[sql] = row = SqliteRowStatement.PreparePositional((SqliteConnection)Connection, sql, parameterCount);
        }
        if (row is null || row.Type != typeof(void))
        {
            throw new ArgumentException($"The statement was prepared with a parameter object: {sql}", nameof(sql));
        }
        return row;
    }

    /// <summary>SQLite: the transaction's prepared command for <paramref name="sql"/>, bound from <paramref name="parameters"/>, to read rows from.</summary>
    public SqliteCommand Reading(string sql, object parameters) => Bound(sql, parameters);

    public void Dispose()
    {
        if (_prepared is null)
        {
            return;
        }
        foreach (var (command, _) in _prepared.Values)
        {
            command.Dispose();
        }
        _prepared.Clear();
        foreach (var row in _rows!.Values)
        {
            row?.Dispose();
        }
        _rows.Clear();
    }

    /// <summary>The transaction's row statement for <paramref name="sql"/> (prepared at its first use), or null when it is run as a <see cref="SqliteCommand"/>.</summary>
    private SqliteRowStatement? Row(string sql, object parameters)
    {
        if (!_rows!.TryGetValue(sql, out var row))
        {
            _rows[sql] = row = SqliteRowStatement.TryPrepare((SqliteConnection)Connection, sql, parameters.GetType());
        }
        if (row is not null && row.Type != parameters.GetType())
        {
            throw new ArgumentException($"The statement was prepared for parameters of type {row.Type.Name}, not {parameters.GetType().Name}: {sql}",
                nameof(parameters));
        }
        return row;
    }

    /// <summary>The parameters a statement names (without '@'), each once, in the order they first appear.</summary>
    internal static string[] ParameterNames(string sql) => Parameter().Matches(sql).Select(m => m.Value[1..]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    private SqliteCommand Bound(string sql, object parameters)
    {
        if (!_prepared!.TryGetValue(sql, out var entry))
        {
            var command = (SqliteCommand)Connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = (SqliteTransaction)Transaction;
            var binder = Binders.GetOrAdd((sql, parameters.GetType()), key => Binder.Create(key.Sql, key.Type));
            foreach (var name in binder.Names)
            {
                command.Parameters.Add(new SqliteParameter("@" + name, DBNull.Value));
            }
            _prepared[sql] = entry = (command, binder);
        }
        if (entry.Binder.Type != parameters.GetType())
        {
            throw new ArgumentException($"The statement was prepared for parameters of type {entry.Binder.Type.Name}, not {parameters.GetType().Name}: {sql}",
                nameof(parameters));
        }
        entry.Binder.Bind(entry.Command.Parameters, parameters);
        return entry.Command;
    }

    /// <summary>Reads the parameters a statement names from the properties of one parameter type (Dapper's rule: by name, any case).</summary>
    private sealed class Binder
    {
        private Binder(Type type, string[] names, Func<object, object?>[] getters)
        {
            Type = type;
            Names = names;
            Getters = getters;
        }

        public Type Type { get; }

        public string[] Names { get; }

        private Func<object, object?>[] Getters { get; }

        public static Binder Create(string sql, Type type)
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
            var names = ParameterNames(sql);
            var getters = names.Select(name => properties.TryGetValue(name, out var property)
                ? Getter(property)
                : throw new ArgumentException($"The statement names @{name}, which {type.Name} does not have: {sql}", nameof(type))).ToArray();
            return new Binder(type, names, getters);
        }

        public void Bind(SqliteParameterCollection parameters, object values)
        {
            for (var i = 0; i < Getters.Length; i++)
            {
                parameters[i].Value = Getters[i](values) ?? DBNull.Value;
            }
        }

        private static Func<object, object?> Getter(PropertyInfo property)
        {
            var instance = Expression.Parameter(typeof(object));
            var read = Expression.Property(Expression.Convert(instance, property.DeclaringType!), property);
            return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
        }
    }

    [GeneratedRegex(@"(?<![@\w])@\w+")]
    private static partial Regex Parameter();
}
