using System.Data.Common;
using System.Globalization;
using Dapper;
using MapDashboard.Core.Duplicates;

namespace MapDashboard.Data.Store;

/// <summary>
/// Recognises, inside the ingest transaction, a new article that repeats a stored one (copy, republication, excerpt)
/// and records it as another appearance of that report; keeps every stored article's MinHash band keys.
/// </summary>
public sealed class AppearanceStore
{
    /// <summary>The most candidates (stored articles sharing band keys) compared exactly with a new article.</summary>
    internal const int MaxCandidates = 20;

    /// <summary>
    /// The most stored articles a band key may be shared by and still count towards a candidate: a key more articles share
    /// comes from boilerplate (an outlet's footer, a template sentence), and a true copy shares many rarer keys besides.
    /// </summary>
    public const int MaxArticlesPerBandKey = 100;

    private readonly IStoreConnectionFactory _factory;

    /// <summary>Creates a reader over the store the factory opens.</summary>
    public AppearanceStore(IStoreConnectionFactory factory) => _factory = factory;

    /// <summary>The appearances of the given articles (copies stored under them), in the order they were added.</summary>
    public async Task<IReadOnlyList<ArticleAppearance>> OfArticlesAsync(IReadOnlyCollection<long> articleIds, CancellationToken cancellationToken = default)
    {
        if (articleIds.Count == 0)
        {
            return [];
        }
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ArticleAppearance>(new CommandDefinition(AppearanceSql.OfArticles(_factory.Provider), new { articleIds = articleIds.ToArray() },
            cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>
    /// If the article repeats a stored one, records it as an appearance of that one and returns the stored article's id
    /// and the verdict; otherwise null (the caller stores it as an article of its own). <paramref name="candidates"/> are
    /// the stored articles to compare it with when they were read already, or null to read them here.
    /// </summary>
    internal static async Task<(long ArticleId, DuplicateVerdict Verdict)?> TryStoreAsAppearanceAsync(StoreCommands commands,
        StoredArticle article, TextFingerprint fingerprint, List<AppearanceCandidate>? candidates,
        CancellationToken cancellationToken)
    {
        var (connection, transaction) = (commands.Connection, commands.Transaction);
        var keys = fingerprint.Signature.BandKeys();
        var detector = new NearDuplicateDetector();
        var minShared = detector.MinShared(fingerprint.Shingles.Count);
        if (keys.Count == 0 || minShared > fingerprint.Shingles.Count)
        {
            return null; // no key to find a candidate by, or a text too short to repeat any (the verdict would be independent)
        }
        // PostgreSQL read them already, with the article's other lookups (PostgresArticleLookup).
        candidates ??= commands.Sqlite
            ? SqliteBandCommands.Candidates(commands, keys, MaxArticlesPerBandKey)
            : await CandidatesAsync(connection, transaction, keys, MaxArticlesPerBandKey, cancellationToken);
        if (candidates.Count == 0)
        {
            return null;
        }
        var found = detector.FindOriginal(fingerprint.Shingles.Count, candidates.Select(c => c.OverlapWith(fingerprint, minShared)).ToList());
        if (found is not { } original)
        {
            return null;
        }
        var articleId = candidates[original.Index].Id;
        await connection.ExecuteAsync(new CommandDefinition(AppearanceSql.Insert, AppearanceRow(article, articleId, original.Verdict), transaction,
            cancellationToken: cancellationToken));
        return (articleId, original.Verdict);
    }

    /// <summary>The parameters of <see cref="AppearanceSql.Insert"/>: <paramref name="article"/> recorded as an appearance of stored article <paramref name="articleId"/>.</summary>
    internal static object AppearanceRow(StoredArticle article, long articleId, DuplicateVerdict verdict) => new
    {
        ArticleId = articleId, article.ContentHash, article.Source, article.Title, article.Outlet,
        Published = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Kind = verdict.Kind.ToString().ToLowerInvariant(), verdict.Jaccard, verdict.Containment,
        AddedAt = DateTime.UtcNow.ToString("O"),
    };

    /// <summary>
    /// The stored articles (at most <see cref="MaxCandidates"/>) sharing most of <paramref name="keys"/> with a new text,
    /// best first, counting only the keys at most <paramref name="cap"/> stored articles share.
    /// </summary>
    internal static async Task<List<AppearanceCandidate>> CandidatesAsync(DbConnection connection, DbTransaction? transaction,
        IReadOnlyList<long> keys, int cap, CancellationToken cancellationToken)
    {
        var (sql, parameters) = CandidatesCommand(connection is Npgsql.NpgsqlConnection ? StoreProvider.Postgres : StoreProvider.Sqlite, keys, cap);
        return (await connection.QueryAsync<AppearanceCandidate>(new CommandDefinition(sql, parameters, transaction,
            cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>The candidate query of <see cref="CandidatesAsync"/> and its parameters (PostgreSQL sends it with other reads).</summary>
    internal static (string Sql, DynamicParameters Parameters) CandidatesCommand(StoreProvider provider, IReadOnlyList<long> keys,
        int cap = MaxArticlesPerBandKey)
    {
        var distinct = keys.Distinct().ToArray();
        var parameters = new DynamicParameters(new { cap, limit = MaxCandidates });
        if (provider == StoreProvider.Postgres)
        {
            parameters.Add("keys", distinct);
        }
        else
        {
            for (var i = 0; i < distinct.Length; i++)
            {
                parameters.Add(AppearanceSql.KeyParameter(i), distinct[i]);
            }
        }
        return (AppearanceSql.Candidates(provider, distinct.Length), parameters);
    }

    /// <summary>The rows of <see cref="AppearanceSql.InsertBand"/> for an article's band keys.</summary>
    internal static List<object> BandRows(long articleId, MinHashSignature signature) =>
        DistinctBandKeys(signature).Select(k => (object)new { BandKey = k, ArticleId = articleId }).ToList();

    /// <summary>An article's band keys as stored: each once, in the signature's order.</summary>
    private static List<long> DistinctBandKeys(MinHashSignature signature) => signature.BandKeys().Distinct().ToList();

    /// <summary>Replaces an article's band keys (a new article, <paramref name="fresh"/>: has none to replace; or one processed again).</summary>
    internal static async Task WriteBandsAsync(StoreCommands commands, long articleId, MinHashSignature signature, bool fresh, CancellationToken cancellationToken)
    {
        if (!fresh)
        {
            await commands.ExecuteAsync(AppearanceSql.DeleteBands, new { articleId }, cancellationToken);
        }
        if (!commands.Sqlite)
        {
            // One statement for all of them: on PostgreSQL every statement is a round trip.
            await MultiRowInsert.Of(AppearanceSql.InsertBand).ExecuteAsync(commands.Connection, commands.Transaction, BandRows(articleId, signature),
                cancellationToken);
            return;
        }
        // SQLite: one prepared multi-row statement too (the same rows in the same order as BandRows).
        SqliteBandCommands.InsertBands(commands, articleId, DistinctBandKeys(signature));
    }
}
