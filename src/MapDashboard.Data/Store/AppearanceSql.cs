namespace MapDashboard.Data.Store;

/// <summary>The SQL of article_bands and article_appearances (migration 0026), one place per table.</summary>
internal static class AppearanceSql
{
    /// <summary>An outlet renamed by an analyst: the appearances credited to it follow (issue #19.5).</summary>
    public const string RenameOutlet = "UPDATE article_appearances SET outlet = @Name WHERE lower(outlet) = lower(@Current)";

    public const string DeleteBands = "DELETE FROM article_bands WHERE article_id = @articleId";

    public const string InsertBand = "INSERT INTO article_bands (band_key, article_id) VALUES (@BandKey, @ArticleId) ON CONFLICT DO NOTHING";

    /// <summary>
    /// The stored articles sharing most band keys with a new text, best first. The keys come as rows <c>k</c>
    /// (<see cref="Keys"/>); a key more than <c>@cap</c> stored articles share is boilerplate, not evidence of a copy, and
    /// is left out of the count. Whether a key is over the cap is found by reading at most <c>@cap</c> + 1 of its rows, so
    /// the cost per new text is bounded by the cap, not by the size of the store. A candidate's text is read only when its
    /// shingles were not stored (<see cref="AppearanceCandidate"/>).
    /// </summary>
    public static string Candidates(StoreProvider provider, int keyCount) => Candidates(provider, keyCount, "@cap", "@limit");

    private static string Candidates(StoreProvider provider, int keyCount, string cap, string limit) => $"""
        WITH k(band_key) AS ({Keys(provider, keyCount)}),
        rare(band_key) AS (
            SELECT k.band_key FROM k
            WHERE {AtMostCap(provider, cap)})
        SELECT b.article_id AS Id, b.shared AS Shared, a.shingles AS Shingles, CASE WHEN a.shingles IS NULL THEN a.cleaned_text END AS CleanedText
        FROM (SELECT article_id, COUNT(*) AS shared FROM article_bands WHERE band_key IN (SELECT band_key FROM rare) GROUP BY article_id
              ORDER BY shared DESC, article_id LIMIT {limit}) b
        JOIN articles a ON a.id = b.article_id
        ORDER BY b.shared DESC, b.article_id
        """;

    /// <summary>
    /// Whether at most <c>@cap</c> stored articles hold key <c>k.band_key</c>, reading at most <c>@cap</c> + 1 of its rows.
    /// SQLite asks whether a row follows the first <c>@cap</c> (the same rows stepped over as counting them, about a tenth
    /// less of the candidate query's CPU at 28,000 stored articles, issue 18); PostgreSQL counts them, as measured there.
    /// </summary>
    private static string AtMostCap(StoreProvider provider, string cap) => provider == StoreProvider.Postgres
        ? $"(SELECT COUNT(*) FROM (SELECT 1 FROM article_bands c WHERE c.band_key = k.band_key LIMIT {cap} + 1) n) <= {cap}"
        : $"NOT EXISTS (SELECT 1 FROM article_bands c WHERE c.band_key = k.band_key LIMIT 1 OFFSET {cap})";

    /// <summary>
    /// How many stored articles hold each of the band keys <c>@keys</c> (PostgreSQL), counting at most <c>@cap</c> + 1:
    /// the count <see cref="Candidates"/> tells a rare key by.
    /// </summary>
    public const string Holders = """
        SELECT k.band_key, (SELECT COUNT(*) FROM (SELECT 1 FROM article_bands c WHERE c.band_key = k.band_key LIMIT @cap + 1) n)
        FROM unnest(@keys) k(band_key)
        """;

    /// <summary>
    /// The new text's band keys as rows: PostgreSQL unnests the array parameter <c>@keys</c>; SQLite reads
    /// <c>@k0</c> ... <c>@k{n-1}</c> (<see cref="KeyParameter"/>) from a VALUES list.
    /// </summary>
    private static string Keys(StoreProvider provider, int keyCount) => provider == StoreProvider.Postgres
        ? "SELECT unnest(@keys)"
        : "VALUES " + string.Join(", ", Enumerable.Range(0, keyCount).Select(i => $"(@{KeyParameter(i)})"));

    /// <summary>The name of the SQLite parameter of the i-th band key in <see cref="Candidates"/>.</summary>
    public static string KeyParameter(int i) => "k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public const string FindByHash = "SELECT article_id FROM article_appearances WHERE content_hash = @ContentHash";

    public const string Insert = """
        INSERT INTO article_appearances (article_id, content_hash, source, title, outlet, published, kind, jaccard, containment, added_at)
        VALUES (@ArticleId, @ContentHash, @Source, @Title, @Outlet, @Published, @Kind, @Jaccard, @Containment, @AddedAt)
        """;

    /// <summary>The appearances of some articles, in the order they were added.</summary>
    public static string OfArticles(StoreProvider provider) => $"""
        SELECT article_id AS ArticleId, source AS Source, title AS Title, outlet AS Outlet, published AS Published, kind AS Kind,
               jaccard AS Jaccard, containment AS Containment
        FROM article_appearances WHERE {provider.In("article_id", "articleIds")} ORDER BY article_id, id
        """;

    /// <summary>
    /// The corroboration columns of an event list over <c>events e</c>: ReportCount (distinct reporting articles), CopyCount
    /// (their recorded appearances) and Outlets (every outlet of either, sorted, distinct).
    /// </summary>
    public static string CorroborationColumns(StoreProvider provider) => $"""
        {ReportCount} AS ReportCount,
        {CopyCount} AS CopyCount,
        (SELECT {(provider == StoreProvider.Postgres ? "string_agg" : "group_concat")}(u.o, '; ' ORDER BY u.o) FROM (
            SELECT a.outlet AS o FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id = e.id
            UNION SELECT ap.outlet FROM event_sources s JOIN article_appearances ap ON ap.article_id = s.article_id WHERE s.event_id = e.id) u
         WHERE u.o IS NOT NULL) AS Outlets
        """;

    /// <summary>How many recorded copies the reports of event <c>e</c> have.</summary>
    public const string CopyCount =
        "(SELECT COUNT(*) FROM article_appearances ap WHERE ap.article_id IN (SELECT s.article_id FROM event_sources s WHERE s.event_id = e.id))";

    /// <summary>How many independent reports support event <c>e</c>.</summary>
    public const string ReportCount = "(SELECT COUNT(DISTINCT s.article_id) FROM event_sources s WHERE s.event_id = e.id)";
}
