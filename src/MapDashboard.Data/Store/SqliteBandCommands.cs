using System.Collections.Concurrent;
using System.Globalization;

namespace MapDashboard.Data.Store;

/// <summary>
/// The band-key statements of the SQLite writer as prepared commands of the transaction (<see cref="StoreCommands.Positional"/>):
/// the near-duplicate candidates of a new text and an article's band keys in one multi-row INSERT. Their parameter count
/// depends on the number of keys, so Dapper's by-name binding (a new command, so a new <c>sqlite3_prepare</c>, every call)
/// is replaced by values set by position on one command per key count. Same SQL and rows as before, only fewer
/// statements prepared and stepped (issue 18).
/// </summary>
internal static class SqliteBandCommands
{
    private static readonly ConcurrentDictionary<(int Keys, int Cap), (string Sql, string[] Names)> CandidateStatements = new();
    private static readonly ConcurrentDictionary<int, (string Sql, string[] Names)> InsertStatements = new();

    /// <summary>
    /// <see cref="AppearanceStore.CandidatesAsync"/> on the transaction's prepared command: the stored articles sharing
    /// most of the (distinct) <paramref name="keys"/>, best first, counting only keys at most <paramref name="cap"/> share.
    /// </summary>
    public static List<AppearanceCandidate> Candidates(StoreCommands commands, IReadOnlyList<long> keys, int cap)
    {
        var distinct = keys.Distinct().ToArray();
        var (sql, names) = CandidateStatements.GetOrAdd((distinct.Length, cap), n =>
            (AppearanceSql.SqliteCandidates(n.Keys, n.Cap, AppearanceStore.MaxCandidates), [.. Enumerable.Range(0, n.Keys).Select(AppearanceSql.KeyParameter)]));
        var command = commands.Positional(sql, names);
        for (var i = 0; i < distinct.Length; i++)
        {
            command.Parameters[i].Value = distinct[i];
        }
        var candidates = new List<AppearanceCandidate>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            candidates.Add(new AppearanceCandidate
            {
                Id = reader.GetInt64(0),
                Shared = reader.GetInt64(1),
                Shingles = reader.IsDBNull(2) ? null : (byte[])reader.GetValue(2),
                CleanedText = reader.IsDBNull(3) ? null : reader.GetString(3),
            });
        }
        return candidates;
    }

    /// <summary>Inserts an article's (distinct) band keys in one statement, in the order given (<see cref="AppearanceSql.InsertBand"/>'s rows).</summary>
    public static void InsertBands(StoreCommands commands, long articleId, IReadOnlyList<long> distinctKeys)
    {
        if (distinctKeys.Count == 0)
        {
            return;
        }
        var (sql, names) = InsertStatements.GetOrAdd(distinctKeys.Count, n => (
            "INSERT INTO article_bands (band_key, article_id) VALUES "
                + string.Join(", ", Enumerable.Range(0, n).Select(i => "(@b" + i.ToString(CultureInfo.InvariantCulture) + ", @articleId)"))
                + " ON CONFLICT DO NOTHING",
            [.. Enumerable.Range(0, n).Select(i => "b" + i.ToString(CultureInfo.InvariantCulture)), "articleId"]));
        var command = commands.Positional(sql, names);
        for (var i = 0; i < distinctKeys.Count; i++)
        {
            command.Parameters[i].Value = distinctKeys[i];
        }
        command.Parameters[distinctKeys.Count].Value = articleId;
        command.ExecuteNonQuery();
    }
}
