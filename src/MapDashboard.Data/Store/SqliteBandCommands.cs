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
    private static readonly ConcurrentDictionary<int, string> HolderStatements = new();
    private static readonly ConcurrentDictionary<int, string> InsertStatements = new();

    /// <summary>
    /// <see cref="AppearanceStore.CandidatesAsync"/> on the transaction's prepared statements: the stored articles sharing
    /// most of the (distinct) <paramref name="keys"/>, best first (most keys shared, then the lower id), at most
    /// <see cref="AppearanceStore.MaxCandidates"/>, counting only keys at most <paramref name="cap"/> stored articles hold.
    /// The rows of the query <see cref="AppearanceSql.Candidates(StoreProvider, int)"/> describes, read in one pass: each key's holders
    /// are read once (at most <paramref name="cap"/> + 1 of them), where the query stepped over a rare key's rows twice (to
    /// tell it rare, then to count them); a key found over the cap is remembered for the rest of the transaction
    /// (<see cref="WriterMemo"/>: its holders only grow while articles are added) and not read again, which the
    /// boilerplate keys of a large store were most of (issue 18). Then the candidates' shingles, one row each.
    /// </summary>
    public static List<AppearanceCandidate> Candidates(StoreCommands commands, IReadOnlyList<long> keys, int cap)
    {
        var holders = commands.Positional(HoldersSql(cap), 1);
        var memo = commands.Memo;
        var shared = new Dictionary<long, long>();
        var seen = new HashSet<long>();
        var found = new List<long>(cap + 1);
        foreach (var key in keys)
        {
            if (!seen.Add(key) || memo.IsCommon(key, cap))
            {
                continue;
            }
            holders.Set(0, key);
            found.Clear();
            holders.ReadInto(found, row => raw.sqlite3_column_int64(row, 0));
            if (found.Count > cap)
            {
                memo.Common(key, cap);
                continue;
            }
            foreach (var id in found)
            {
                shared[id] = shared.GetValueOrDefault(id) + 1;
            }
        }
        var best = shared.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(AppearanceStore.MaxCandidates);
        var article = commands.Positional(CandidateArticle, 1);
        var candidates = new List<AppearanceCandidate>(Math.Min(shared.Count, AppearanceStore.MaxCandidates));
        foreach (var (id, count) in best)
        {
            article.Set(0, id);
            // No row: the article is gone (as the query's join with articles left such a candidate out).
            candidates.AddRange(article.Read(row => new AppearanceCandidate
            {
                Id = id,
                Shared = count,
                Shingles = raw.sqlite3_column_type(row, 0) == raw.SQLITE_NULL ? null : raw.sqlite3_column_blob(row, 0).ToArray(),
                CleanedText = raw.sqlite3_column_type(row, 1) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(row, 1).utf8_to_string(),
            }));
        }
        return candidates;
    }

    /// <summary>The stored articles holding band key <c>@k</c>, at most <paramref name="cap"/> + 1 of them (more: the key is over the cap).</summary>
    private static string HoldersSql(int cap) => HolderStatements.GetOrAdd(cap, c =>
        "SELECT article_id FROM article_bands WHERE band_key = @k LIMIT " + (c + 1).ToString(CultureInfo.InvariantCulture));

    /// <summary>A candidate's stored shingles, or its cleaned text when it has none (<see cref="AppearanceCandidate"/>).</summary>
    private const string CandidateArticle = "SELECT shingles, CASE WHEN shingles IS NULL THEN cleaned_text END FROM articles WHERE id = @id";

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
