using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;

namespace MapDashboard.Data.Store;

/// <summary>
/// What writing a run of new articles on PostgreSQL must read first, for all of them in one round trip: per article, the
/// stored article with its content hash, the article a copy with that hash was recorded under, its near-duplicate
/// candidates (with how many rare band keys each shares) and how many stored articles hold each of its band keys that an
/// earlier article of the run holds too. <see cref="PostgresBatchWriter"/> adds the run's own earlier articles to these
/// in memory, which the counts let it do exactly.
/// </summary>
internal sealed class PostgresBatchLookup
{
    private PostgresBatchLookup(StoredArticle article)
    {
        Fingerprint = article.Fingerprint ?? TextFingerprint.Of(article.CleanedText);
        Keys = Fingerprint.Signature.BandKeys().Distinct().ToArray();
    }

    /// <summary>The stored article with the content hash, if any.</summary>
    public (long Id, string PipelineVersion, string? Outlet)? Existing { get; private set; }

    /// <summary>The stored article a copy with this content hash was recorded under, if any.</summary>
    public long? CopiedTo { get; private set; }

    /// <summary>The stored candidates, best first (<see cref="AppearanceSql.Candidates"/>), counted over the stored band keys only.</summary>
    public List<AppearanceCandidate> Candidates { get; private set; } = [];

    /// <summary>
    /// How many stored articles hold each band key an earlier article of the run holds too (at most
    /// <see cref="AppearanceStore.MaxArticlesPerBandKey"/> + 1: more are not counted).
    /// </summary>
    public Dictionary<long, long> StoredHolders { get; } = [];

    /// <summary>The text's shingles and MinHash signature.</summary>
    public TextFingerprint Fingerprint { get; }

    /// <summary>The text's distinct band keys.</summary>
    public long[] Keys { get; }

    /// <summary>Reads what every article of <paramref name="articles"/> needs, in one command.</summary>
    public static async Task<List<PostgresBatchLookup>> ReadAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<StoredArticle> articles,
        CancellationToken cancellationToken)
    {
        var lookups = articles.Select(a => new PostgresBatchLookup(a)).ToList();
        var parameters = new DynamicParameters(new { cap = AppearanceStore.MaxArticlesPerBandKey, limit = AppearanceStore.MaxCandidates });
        var sql = new StringBuilder();
        var earlier = new HashSet<long>();
        for (var i = 0; i < articles.Count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            parameters.Add("h" + n, articles[i].ContentHash);
            parameters.Add("keys" + n, lookups[i].Keys);
            parameters.Add("counted" + n, lookups[i].Keys.Where(earlier.Contains).ToArray());
            earlier.UnionWith(lookups[i].Keys);
            sql.Append(StoreSql.FindArticleByHash.Replace("@ContentHash", "@h" + n, StringComparison.Ordinal)).Append(";\n")
                .Append(AppearanceSql.FindByHash.Replace("@ContentHash", "@h" + n, StringComparison.Ordinal)).Append(";\n")
                .Append(AppearanceSql.Candidates(StoreProvider.Postgres, 0).Replace("@keys", "@keys" + n, StringComparison.Ordinal)).Append(";\n")
                .Append(AppearanceSql.Holders.Replace("@keys", "@counted" + n, StringComparison.Ordinal)).Append(";\n");
        }
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql.ToString(), parameters, transaction,
            cancellationToken: cancellationToken));
        foreach (var lookup in lookups)
        {
            lookup.Existing = await results.ReadSingleOrDefaultAsync<(long, string, string?)?>();
            lookup.CopiedTo = await results.ReadSingleOrDefaultAsync<long?>();
            lookup.Candidates = (await results.ReadAsync<AppearanceCandidate>()).ToList();
            foreach (var (key, holders) in await results.ReadAsync<(long, long)>())
            {
                lookup.StoredHolders[key] = holders;
            }
        }
        return lookups;
    }
}
