using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;

namespace MapDashboard.Data.Store;

/// <summary>
/// Sends the rows of one single-row INSERT statement (its SQL kept where the table's SQL lives, in <see cref="StoreSql"/>
/// and its kin) as one multi-row statement: the VALUES tuple repeated once per row, each row's parameters renamed with
/// its index, so that a batch of rows costs one round trip instead of one each. Rows are inserted in the order given.
/// </summary>
internal sealed partial class MultiRowInsert
{
    /// <summary>PostgreSQL takes at most 65,535 parameters in one statement; longer row lists are sent in parts.</summary>
    private const int MaxParameters = 30_000;

    private static readonly ConcurrentDictionary<string, MultiRowInsert> Parsed = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    private readonly string _head;
    private readonly string _row;
    private readonly string _tail;
    private readonly Dictionary<string, string> _names;

    private MultiRowInsert(string head, string row, string tail)
    {
        _head = head;
        _row = row;
        _tail = tail;
        _names = Parameter().Matches(row).Select(m => m.Value[1..]).Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(n => n, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The multi-row form of <paramref name="singleRowInsert"/> ("INSERT INTO t (...) VALUES (...) [ON CONFLICT ...] [RETURNING ...]").</summary>
    public static MultiRowInsert Of(string singleRowInsert) => Parsed.GetOrAdd(singleRowInsert, Parse);

    /// <summary>Inserts the rows (each an object whose properties are the statement's parameters); returns nothing.</summary>
    public async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        foreach (var (sql, parameters) in Statements(rows))
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        }
    }

    /// <summary>Inserts the rows and reads what the statement's RETURNING clause gives, for the rows it inserted.</summary>
    public async Task<List<T>> QueryAsync<T>(DbConnection connection, DbTransaction transaction, IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        var result = new List<T>(rows.Count);
        foreach (var (sql, parameters) in Statements(rows))
        {
            result.AddRange(await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken)));
        }
        return result;
    }

    /// <summary>
    /// Inserts the rows of several statements (no RETURNING) in one command, so one round trip, as long as their parameters
    /// stay under PostgreSQL's limit (more commands otherwise). The statements run in the order given.
    /// </summary>
    public static async Task ExecuteTogetherAsync(DbConnection connection, DbTransaction transaction,
        IReadOnlyList<(MultiRowInsert Insert, IReadOnlyList<object> Rows)> parts, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder();
        var parameters = new DynamicParameters();
        var count = 0;
        async Task FlushAsync()
        {
            if (count > 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(sql.ToString(), parameters, transaction, cancellationToken: cancellationToken));
            }
            (sql, parameters, count) = (new StringBuilder(), new DynamicParameters(), 0);
        }
        for (var p = 0; p < parts.Count; p++)
        {
            var prefix = "s" + p.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var (statement, statementParameters) in parts[p].Insert.Statements(parts[p].Rows, prefix))
            {
                var added = statementParameters.ParameterNames.Count();
                if (count > 0 && count + added > MaxParameters)
                {
                    await FlushAsync();
                }
                sql.Append(statement).Append(";\n");
                parameters.AddDynamicParams(statementParameters);
                count += Math.Max(1, added);
            }
        }
        await FlushAsync();
    }

    /// <summary>The multi-row statements of the rows (more than one past the parameter limit), their parameters named with <paramref name="prefix"/>.</summary>
    private IEnumerable<(string Sql, DynamicParameters Parameters)> Statements(IReadOnlyList<object> rows, string prefix = "")
    {
        if (rows.Count == 0)
        {
            yield break;
        }
        var perRow = Math.Max(1, PropertiesOf(rows[0].GetType()).Length);
        foreach (var part in rows.Chunk(Math.Max(1, MaxParameters / perRow)))
        {
            var sql = new StringBuilder(_head).Append(" VALUES ");
            var parameters = new DynamicParameters();
            for (var i = 0; i < part.Length; i++)
            {
                if (i > 0)
                {
                    sql.Append(", ");
                }
                var suffix = "_" + prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                sql.Append(Parameter().Replace(_row, m => m.Value + suffix));
                foreach (var property in PropertiesOf(part[i].GetType()))
                {
                    // Only the parameters the row names, under the spelling it uses (Dapper's single-row rule).
                    if (_names.TryGetValue(property.Name, out var name))
                    {
                        var value = property.GetValue(part[i]);
                        parameters.Add(name + suffix, value, value is null ? DbTypeOf(property.PropertyType) : null);
                    }
                }
            }
            yield return (sql.Append(' ').Append(_tail).ToString(), parameters);
        }
    }

    private static PropertyInfo[] PropertiesOf(Type type) => Properties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance));

    /// <summary>The type a null parameter is sent as (what Dapper infers from the property's type for a single row).</summary>
    private static DbType? DbTypeOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => DbType.String,
        var t when t == typeof(long) => DbType.Int64,
        var t when t == typeof(int) => DbType.Int32,
        var t when t == typeof(double) => DbType.Double,
        var t when t == typeof(bool) => DbType.Boolean,
        _ => null,
    };

    private static MultiRowInsert Parse(string sql)
    {
        var values = sql.IndexOf("VALUES", StringComparison.Ordinal);
        var open = values < 0 ? -1 : sql.IndexOf('(', values);
        if (open < 0)
        {
            throw new ArgumentException($"Not a single-row INSERT ... VALUES (...) statement: {sql}", nameof(sql));
        }
        var depth = 0;
        for (var i = open; i < sql.Length; i++)
        {
            depth += sql[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return new MultiRowInsert(sql[..values].TrimEnd(), sql[open..(i + 1)], sql[(i + 1)..].Trim());
            }
        }
        throw new ArgumentException($"Unbalanced VALUES tuple: {sql}", nameof(sql));
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();
}
