namespace MapDashboard.Data.Gazetteer;

/// <summary>
/// The gazetteer queries both providers run, written once: SQLite reads the tables unqualified, PostgreSQL in the
/// <c>gazetteer</c> schema (<paramref name="schema"/> is "" or "gazetteer."). Parameters are the same on both.
/// </summary>
internal static class GazetteerSql
{
    /// <summary>Names equal to the folded key (@fold), or to the skeleton (@skeleton) when @withSkeleton: the exact pass of a lookup.</summary>
    public static string Candidates(string schema) => $"""
        SELECT {PlaceRow.Columns}, n.name AS MatchedName, n.fold_key AS FoldKey
        FROM {schema}names n JOIN {schema}places p ON p.pid = n.pid
        WHERE n.fold_key = @fold OR (@withSkeleton AND n.skeleton_key = @skeleton)
        LIMIT 5000
        """;

    /// <summary>The WHERE clause of the place with id @id, or the place that merged a record of that id (the concordance).</summary>
    public static string ById(string schema) =>
        $"WHERE p.pid IN (SELECT pid FROM {schema}places WHERE id = @id UNION ALL SELECT pid FROM {schema}concordance WHERE id = @id) ORDER BY p.id = @id DESC LIMIT 1";

    /// <summary>Places with a name whose folded key is @fold: the first tier of a search.</summary>
    public static string SearchExact(bool postgres) =>
        $"WHERE {PidIn(postgres, "SELECT pid FROM " + Schema(postgres) + "names WHERE fold_key = @fold")} ORDER BY {SearchOrder(postgres)} LIMIT @limit";

    /// <summary>Places with a name whose folded key starts with @fold (below @upper): the second tier of a search.</summary>
    public static string SearchPrefix(bool postgres) =>
        $"WHERE {PidIn(postgres, "SELECT pid FROM " + Schema(postgres) + "names WHERE fold_key >= @fold AND fold_key < @upper")} ORDER BY {SearchOrder(postgres)} LIMIT @limit";

    private static string Schema(bool postgres) => postgres ? "gazetteer." : "";

    // = ANY(ARRAY(...)) on PostgreSQL: with IN (...) the planner sorts every place to find the first ten (0.6 s for "al").
    private static string PidIn(bool postgres, string subquery) => postgres ? $"p.pid = ANY(ARRAY({subquery}))" : $"p.pid IN ({subquery})";

    /// <summary>
    /// How a search orders the places of a tier: the focus country (@focus, Syria), then its neighbours (@region), then
    /// the world; areas before points; then population.
    /// </summary>
    private static string SearchOrder(bool postgres) => $"""
        CASE WHEN p.country = @focus THEN 0 WHEN {(postgres ? "p.country = ANY(@region)" : "p.country IN @region")} THEN 1 ELSE 2 END,
        CASE WHEN p.feature_class = 'A' THEN 0 ELSE 1 END, p.population DESC, p.pid
        """;
}
