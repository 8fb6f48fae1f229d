using System.Data.Common;
using Dapper;
using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Data.Gazetteer;

/// <summary>
/// The candidate search both gazetteer providers share: exact, folded and skeleton matches by the one candidate query;
/// when none is found and the caller allows it, the provider's fuzzy search (FTS5 trigrams or pg_trgm).
/// </summary>
internal static class CandidateSearch
{
    /// <summary>Candidates for a surface form over an open connection, ranked, at most <paramref name="limit"/>.</summary>
    /// <param name="schemaPrefix">The gazetteer tables' schema prefix ("" for SQLite, "gazetteer." for PostgreSQL).</param>
    /// <param name="fuzzy">The provider's fuzzy search over a folded key, or null for name matches only.</param>
    public static async Task<IReadOnlyList<GeoCandidate>> FindAsync(DbConnection connection, string schemaPrefix, string surfaceForm, int limit,
        Func<string, Task<IEnumerable<GeoCandidate>>>? fuzzy, CancellationToken cancellationToken)
    {
        var surface = surfaceForm.Trim();
        var fold = NameFolding.Fold(surface);
        if (fold.Length == 0)
        {
            return [];
        }
        var skeleton = NameFolding.Skeleton(surface);
        var rows = await connection.QueryAsync<CandidateRow>(new CommandDefinition(GazetteerSql.Candidates(schemaPrefix),
            new { fold, skeleton, withSkeleton = skeleton.EnumerateRunes().Count() >= 2 }, cancellationToken: cancellationToken));

        var candidates = rows.Select(r => CandidateRanking.ToCandidate(r, surface, fold)).ToList();
        if (candidates.Count == 0 && fold.Length >= 4 && fuzzy is not null)
        {
            candidates = (await fuzzy(fold)).ToList();
        }
        return CandidateRanking.Rank(candidates, limit);
    }
}
