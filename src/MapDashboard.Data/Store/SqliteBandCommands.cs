using System.Collections.Concurrent;
using System.Globalization;
using SQLitePCL;

namespace MapDashboard.Data.Store;

/// <summary>
/// The band-key statements of the SQLite writer as prepared commands of the transaction (<see cref="StoreCommands.Positional"/>):
/// the near-duplicate candidates of a new text and an article's band keys in one multi-row INSERT. Their parameter count
/// depends on the number of keys, so Dapper's by-name binding (a new command, so a new <c>sqlite3_prepare</c>, every call)
/// is replaced by values set by position on one prepared statement per key count. Same SQL and rows as before, only fewer
/// statements prepared and stepped (issue 18).
/// </summary>
internal static class SqliteBandCommands
{
    private static readonly ConcurrentDictionary<(int Keys, int Cap), string> CandidateStatements = new();
    private static readonly ConcurrentDictionary<int, string> InsertStatements = new();

    /// <summary>
    /// <see cref="AppearanceStore.CandidatesAsync"/> on the transaction's prepared command: the stored articles sharing
    /// most of the (distinct) <paramref name="keys"/>, best first, counting only keys at most <paramref name="cap"/> share.
    /// </summary>
    public static List<AppearanceCandidate> Candidates(StoreCommands commands, IReadOnlyList<long> keys, int cap)
    {
        var distinct = keys.Distinct().ToArray();
        var sql = CandidateStatements.GetOrAdd((distinct.Length, cap), n => AppearanceSql.SqliteCandidates(n.Keys, n.Cap, AppearanceStore.MaxCandidates));
        var statement = commands.Positional(sql, distinct.Length);
        for (var i = 0; i < distinct.Length; i++)
        {
            statement.Set(i, distinct[i]); // @k{i} is the i-th parameter of the SQL
        }
        return statement.Read(row => new AppearanceCandidate
        {
            Id = raw.sqlite3_column_int64(row, 0),
            Shared = raw.sqlite3_column_int64(row, 1),
            Shingles = raw.sqlite3_column_type(row, 2) == raw.SQLITE_NULL ? null : raw.sqlite3_column_blob(row, 2).ToArray(),
            CleanedText = raw.sqlite3_column_type(row, 3) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(row, 3).utf8_to_string(),
        });
    }

    /// <summary>Inserts an article's (distinct) band keys in one statement, in the order given (<see cref="AppearanceSql.InsertBand"/>'s rows).</summary>
    public static void InsertBands(StoreCommands commands, long articleId, IReadOnlyList<long> distinctKeys)
    {
        if (distinctKeys.Count == 0)
        {
            return;
        }
        var sql = InsertStatements.GetOrAdd(distinctKeys.Count, n =>
            "INSERT INTO article_bands (band_key, article_id) VALUES "
                + string.Join(", ", Enumerable.Range(0, n).Select(i => "(@b" + i.ToString(CultureInfo.InvariantCulture) + ", @articleId)"))
                + " ON CONFLICT DO NOTHING");
        // The parameters in the order they first appear: @b0, @articleId, @b1, ..., @b{n-1}.
        var statement = commands.Positional(sql, distinctKeys.Count + 1);
        statement.Set(0, distinctKeys[0]);
        statement.Set(1, articleId);
        for (var i = 1; i < distinctKeys.Count; i++)
        {
            statement.Set(i + 1, distinctKeys[i]);
        }
        statement.Execute();
    }
}
