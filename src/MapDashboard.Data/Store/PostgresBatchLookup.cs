using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;

namespace MapDashboard.Data.Store;

/// <summary>
/// What writing a batch of new articles on PostgreSQL must read first, for several articles in one round trip: per
/// article, the stored article with its content hash, the article a copy with that hash was recorded under, its
/// near-duplicate candidates (with how many rare band keys each shares) and how many stored articles hold each of its
/// band keys that an article of the batch between the lookup's <see cref="Epoch"/> and it holds too.
/// <see cref="PostgresBatchPlan"/> adds the batch's articles written since the epoch to these in memory, which the
/// counts let it do exactly.
/// </summary>
internal sealed class PostgresBatchLookup
{
    private PostgresBatchLookup(TextFingerprint fingerprint, int epoch)
    {
        Fingerprint = fingerprint;
        Keys = Fingerprint.Signature.BandKeys().Distinct().ToArray();
        Epoch = epoch;
    }

    /// <summary>How many of the batch's articles were written when this was read (those from there on are not in it).</summary>
    public int Epoch { get; }

    /// <summary>The stored article with the content hash, if any.</summary>
    public (long Id, string PipelineVersion, string? Outlet)? Existing { get; private set; }

    /// <summary>The stored article a copy with this content hash was recorded under, if any.</summary>
    public long? CopiedTo { get; private set; }

    /// <summary>The stored candidates, best first (<see cref="AppearanceSql.Candidates"/>), counted over the stored band keys only.</summary>
    public List<AppearanceCandidate> Candidates { get; private set; } = [];

    /// <summary>
    /// How many stored articles hold each band key an article of the batch between <see cref="Epoch"/> and this one holds too (at most
    /// <see cref="AppearanceStore.MaxArticlesPerBandKey"/> + 1: more are not counted).
    /// </summary>
    public Dictionary<long, long> StoredHolders { get; } = [];

    /// <summary>The text's shingles and MinHash signature.</summary>
    public TextFingerprint Fingerprint { get; }

    /// <summary>The text's distinct band keys.</summary>
    public long[] Keys { get; }

    /// <summary>
    /// Reads what the batch's articles at <paramref name="positions"/> (ascending) need, in one command, when the articles
    /// before <paramref name="epoch"/> are written; stores them into <paramref name="lookups"/>.
    /// </summary>
    public static async Task ReadAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<StoredArticle> batch,
        IReadOnlyList<TextFingerprint> fingerprints, int epoch, IReadOnlyList<int> positions, PostgresBatchLookup[] lookups, CancellationToken cancellationToken)
    {
        var read = positions.Select(p => lookups[p] = new PostgresBatchLookup(fingerprints[p], epoch)).ToList();
        var parameters = new DynamicParameters(new { cap = AppearanceStore.MaxArticlesPerBandKey, limit = AppearanceStore.MaxCandidates });
        var sql = new StringBuilder();
        var earlier = new HashSet<long>();
        var next = epoch;
        for (var i = 0; i < read.Count; i++)
        {
            for (; next < positions[i]; next++)
            {
                earlier.UnionWith(fingerprints[next].Signature.BandKeys());
            }
            var n = i.ToString(CultureInfo.InvariantCulture);
            parameters.Add("h" + n, batch[positions[i]].ContentHash);
            parameters.Add("keys" + n, read[i].Keys);
            parameters.Add("counted" + n, read[i].Keys.Where(earlier.Contains).ToArray());
            sql.Append(StoreSql.FindArticleByHash.Replace("@ContentHash", "@h" + n, StringComparison.Ordinal)).Append(";\n")
                .Append(AppearanceSql.FindByHash.Replace("@ContentHash", "@h" + n, StringComparison.Ordinal)).Append(";\n")
                .Append(AppearanceSql.Candidates(StoreProvider.Postgres, 0).Replace("@keys", "@keys" + n, StringComparison.Ordinal)).Append(";\n")
                .Append(AppearanceSql.Holders.Replace("@keys", "@counted" + n, StringComparison.Ordinal)).Append(";\n");
        }
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql.ToString(), parameters, transaction,
            cancellationToken: cancellationToken));
        foreach (var lookup in read)
        {
            lookup.Existing = await results.ReadSingleOrDefaultAsync<(long, string, string?)?>();
            lookup.CopiedTo = await results.ReadSingleOrDefaultAsync<long?>();
            lookup.Candidates = (await results.ReadAsync<AppearanceCandidate>()).ToList();
            foreach (var (key, holders) in await results.ReadAsync<(long, long)>())
            {
                lookup.StoredHolders[key] = holders;
            }
        }
    }
}
