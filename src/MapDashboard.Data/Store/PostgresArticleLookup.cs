using System.Data.Common;
using Dapper;

namespace MapDashboard.Data.Store;

/// <summary>
/// What writing a new article on PostgreSQL must read first, read in one round trip instead of three: the stored article
/// with its content hash, the article a copy with that hash was recorded under, and the near-duplicate candidates of its
/// text. Only the article's own rows are read, so the reads are the same whether earlier articles of a batch came before.
/// </summary>
internal sealed class PostgresArticleLookup
{
    private PostgresArticleLookup(TextFingerprint fingerprint) => Fingerprint = fingerprint;

    /// <summary>The stored article with the content hash, if any.</summary>
    public (long Id, string PipelineVersion, string? Outlet)? Existing { get; private set; }

    /// <summary>The stored article a copy with this content hash was recorded under, if any.</summary>
    public long? CopiedTo { get; private set; }

    /// <summary>The stored articles sharing most rare band keys with the text (<see cref="AppearanceStore.CandidatesAsync"/>).</summary>
    public List<AppearanceCandidate> Candidates { get; private set; } = [];

    /// <summary>The text's shingles and MinHash signature.</summary>
    public TextFingerprint Fingerprint { get; }

    /// <summary>Reads the three in one command of three statements.</summary>
    public static async Task<PostgresArticleLookup> ReadAsync(DbConnection connection, DbTransaction transaction, StoredArticle article,
        CancellationToken cancellationToken)
    {
        var lookup = new PostgresArticleLookup(article.Fingerprint ?? TextFingerprint.Of(article.CleanedText));
        var (candidatesSql, parameters) = AppearanceStore.CandidatesCommand(StoreProvider.Postgres, lookup.Fingerprint.Signature.BandKeys());
        parameters.Add("ContentHash", article.ContentHash);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"{StoreSql.FindArticleByHash};\n{AppearanceSql.FindByHash};\n{candidatesSql}", parameters, transaction, cancellationToken: cancellationToken));
        lookup.Existing = await results.ReadSingleOrDefaultAsync<(long, string, string?)?>();
        lookup.CopiedTo = await results.ReadSingleOrDefaultAsync<long?>();
        lookup.Candidates = (await results.ReadAsync<AppearanceCandidate>()).ToList();
        return lookup;
    }
}
