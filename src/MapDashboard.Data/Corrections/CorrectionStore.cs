using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using MapDashboard.Core.Gazetteer;
using System.Data.Common;

namespace MapDashboard.Data.Corrections;

/// <summary>The corrections table: the log of every analyst correction, in force or undone.</summary>
public sealed class CorrectionStore(IStoreConnectionFactory factory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    };

    private const string Columns = "id, target_kind, scope, article_hash, surface_form, target_key, payload, author, created_at, undone_at";

    /// <summary>Stores a correction (its id and times are set here) and returns it as stored.</summary>
    public async Task<Correction> AddAsync(Correction draft, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return await InsertAsync(connection, null, draft, cancellationToken);
    }

    /// <summary>Stores a correction on a connection the caller holds (inside its transaction when given).</summary>
    internal static async Task<Correction> InsertAsync(DbConnection connection, DbTransaction? transaction, Correction draft, CancellationToken cancellationToken)
    {
        var created = DateTime.UtcNow;
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO corrections (target_kind, scope, article_hash, surface_form, target_key, payload, author, created_at)
            VALUES (@Kind, @Scope, @ArticleHash, @SurfaceForm, @TargetKey, @Payload, @Author, @Created)
            RETURNING id
            """, new
        {
            Kind = Name(draft.Kind), Scope = Name(draft.Scope), draft.ArticleHash, draft.SurfaceForm, draft.TargetKey,
            Payload = JsonSerializer.Serialize(draft.Payload, Json), draft.Author, Created = created.ToString("O", CultureInfo.InvariantCulture),
        }, transaction, cancellationToken: cancellationToken));
        return draft with { Id = id, CreatedAt = created, UndoneAt = null };
    }

    /// <summary>
    /// An outlet renamed by an analyst (issue #19): the article corrections naming it (an outlet stated when adding, an
    /// analyst's outlet correction, in force or undone) name it by its new name, so processing an article again or undoing
    /// another correction never brings the old name back. Runs inside the rename's transaction; returns how many changed.
    /// </summary>
    internal static async Task<int> RenameOutletAsync(DbConnection connection, DbTransaction transaction, string current, string name,
        CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<(long Id, string Payload)>(new CommandDefinition(
            "SELECT id, payload FROM corrections WHERE target_kind = 'article'", transaction: transaction, cancellationToken: cancellationToken));
        var renamed = 0;
        foreach (var (id, text) in rows)
        {
            if (JsonSerializer.Deserialize<CorrectionPayload>(text, Json) is { Outlet: { } outlet } payload
                && string.Equals(outlet, current, StringComparison.OrdinalIgnoreCase))
            {
                renamed += await connection.ExecuteAsync(new CommandDefinition("UPDATE corrections SET payload = @Payload WHERE id = @id",
                    new { id, Payload = JsonSerializer.Serialize(payload with { Outlet = name }, Json) }, transaction, cancellationToken: cancellationToken));
            }
        }
        return renamed;
    }

    /// <summary>Marks a correction undone; returns it, or null when there is no such correction.</summary>
    public async Task<Correction?> UndoAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return await MarkUndoneAsync(connection, null, id, cancellationToken);
    }

    /// <summary>Marks a correction undone on a connection the caller holds (inside its transaction when given); returns it, or null.</summary>
    internal static async Task<Correction?> MarkUndoneAsync(DbConnection connection, DbTransaction? transaction, long id, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE corrections SET undone_at = @now WHERE id = @id AND undone_at IS NULL",
            new { id, now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture) }, transaction, cancellationToken: cancellationToken));
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM corrections WHERE id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        return row?.ToCorrection();
    }

    /// <summary>One correction, or null.</summary>
    public async Task<Correction?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM corrections WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToCorrection();
    }

    /// <summary>The log, newest first.</summary>
    public async Task<IReadOnlyList<Correction>> ListAsync(int limit = 200, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM corrections ORDER BY id DESC LIMIT @limit", new { limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToCorrection()).ToList();
    }

    /// <summary>The corrections in force that may concern an article: its own, and mention corrections made for every article.</summary>
    public async Task<IReadOnlyList<Correction>> ForArticleAsync(string articleHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return await ForArticleAsync(connection, articleHash, cancellationToken);
    }

    /// <summary>
    /// <see cref="ForArticleAsync(string, CancellationToken)"/>, and on the same connection whether any event correction is
    /// in force: ingest looks the article's events up by merge key (<see cref="ForEventKeysAsync"/>, a connection of its
    /// own) only when one is, and a store being filled from a backlog usually has none.
    /// </summary>
    public async Task<(IReadOnlyList<Correction> Corrections, bool AnyEventCorrection)> ForArticleAndAnyEventAsync(string articleHash,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var corrections = await ForArticleAsync(connection, articleHash, cancellationToken);
        var any = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM (SELECT 1 FROM corrections WHERE undone_at IS NULL AND target_kind = 'event' LIMIT 1) AS one",
            cancellationToken: cancellationToken));
        return (corrections, any > 0);
    }

    private static async Task<IReadOnlyList<Correction>> ForArticleAsync(DbConnection connection, string articleHash, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<Row>(new CommandDefinition($"""
            SELECT {Columns} FROM corrections
            WHERE undone_at IS NULL AND (article_hash = @articleHash OR (target_kind = 'mention' AND scope = 'everywhere'))
            ORDER BY id
            """, new { articleHash }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToCorrection()).ToList();
    }

    /// <summary>The event corrections in force for events with these merge keys, oldest first.</summary>
    public async Task<IReadOnlyList<Correction>> ForEventKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var found = new List<Correction>();
        foreach (var chunk in keys.Chunk(500))
        {
            var rows = await connection.QueryAsync<Row>(new CommandDefinition(
                $"SELECT {Columns} FROM corrections WHERE undone_at IS NULL AND target_kind = 'event' AND {factory.Provider.In("target_key", "chunk")} ORDER BY id",
                new { chunk }, cancellationToken: cancellationToken));
            found.AddRange(rows.Select(r => r.ToCorrection()));
        }
        return found.OrderBy(c => c.Id).ToList();
    }

    /// <summary>
    /// The articles a correction concerns: those it changed when last applied, and those it would change now (its
    /// article, the reports of its event, every article naming its surface form).
    /// </summary>
    public async Task<IReadOnlyList<long>> AffectedArticlesAsync(Correction correction, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var ids = new HashSet<long>(await connection.QueryAsync<long>(new CommandDefinition("""
            SELECT article_id FROM correction_articles WHERE correction_id = @Id
            UNION SELECT id FROM articles WHERE content_hash = @ArticleHash
            UNION SELECT s.article_id FROM events e JOIN event_sources s ON s.event_id = e.id WHERE e.event_key = @TargetKey AND @IsEvent = 1
            """, new { correction.Id, correction.ArticleHash, correction.TargetKey, IsEvent = correction.Kind == CorrectionKind.Event ? 1 : 0 },
            cancellationToken: cancellationToken)));
        if (correction is { Kind: CorrectionKind.Mention, Scope: CorrectionScope.Everywhere, SurfaceForm: { } form })
        {
            // Folding (case, diacritics, al- prefixes) is not SQL's: fold the distinct mention texts here.
            var fold = NameFolding.Fold(form);
            var texts = (await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT DISTINCT text FROM place_mentions", cancellationToken: cancellationToken))).Where(t => NameFolding.Fold(t) == fold).ToList();
            foreach (var chunk in texts.Chunk(500))
            {
                ids.UnionWith(await connection.QueryAsync<long>(new CommandDefinition(
                    "SELECT DISTINCT article_id FROM place_mentions WHERE " + factory.Provider.In("text", "chunk"), new { chunk }, cancellationToken: cancellationToken)));
            }
        }
        return ids.Order().ToList();
    }

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private sealed class Row
    {
        public long Id { get; set; }

        public string Target_Kind { get; set; } = "";

        public string Scope { get; set; } = "";

        public string? Article_Hash { get; set; }

        public string? Surface_Form { get; set; }

        public string? Target_Key { get; set; }

        public string Payload { get; set; } = "{}";

        public string Author { get; set; } = "";

        public string Created_At { get; set; } = "";

        public string? Undone_At { get; set; }

        public Correction ToCorrection() => new(
            Id,
            Enum.Parse<CorrectionKind>(Target_Kind, ignoreCase: true),
            Enum.Parse<CorrectionScope>(Scope, ignoreCase: true),
            Article_Hash,
            Surface_Form,
            Target_Key,
            JsonSerializer.Deserialize<CorrectionPayload>(Payload, Json) ?? new CorrectionPayload(),
            Author,
            DateTime.Parse(Created_At, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            Undone_At is null ? null : DateTime.Parse(Undone_At, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
    }
}
