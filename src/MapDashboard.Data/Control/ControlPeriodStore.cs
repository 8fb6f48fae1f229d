using System.Data.Common;
using System.Globalization;
using Dapper;

namespace MapDashboard.Data.Control;

/// <summary>
/// The control_periods table: periods of control per place from every source. Each write replaces one source's rows
/// (an article's, an imported file's) or adds one correction, then chains the touched places' periods again, in the
/// caller's transaction or its own.
/// </summary>
public sealed class ControlPeriodStore(IStoreConnectionFactory factory)
{
    /// <summary>Sources a period may come from.</summary>
    public const string Baseline = "baseline", Article = "article", Acled = "acled", Correction = "correction";

    /// <summary>
    /// Replaces an article's periods with its control changes as now stored (inside the article's write). Only the periods
    /// a removed or added one can change are chained again (<see cref="ControlPeriodSql.RechainAround"/>): chaining every
    /// period of the places cost as much as the place had periods, which grows with the store (a busy town gains a period
    /// with every article that reports its capture).
    /// </summary>
    /// <remarks>
    /// Runs on the write transaction's statements (<see cref="Store.StoreCommands"/>): on SQLite each of them is prepared
    /// once per batch, not once per article (issue 18).
    /// </remarks>
    internal static async Task ReplaceArticleAsync(Store.StoreCommands commands, long articleId, CancellationToken cancellationToken)
    {
        var touched = (await commands.StringPairsAsync(ControlPeriodSql.DatesOfArticle, new { articleId }, cancellationToken)).ToHashSet();
        await commands.ExecuteAsync(ControlPeriodSql.DeleteOfArticle, new { articleId }, cancellationToken);
        await commands.ExecuteAsync(ControlPeriodSql.InsertFromArticle, new { articleId, CreatedAt = Now() }, cancellationToken);
        touched.UnionWith(await commands.StringPairsAsync(ControlPeriodSql.DatesOfArticle, new { articleId }, cancellationToken));
        foreach (var (place, from) in touched.OrderBy(t => t.First, StringComparer.Ordinal).ThenBy(t => t.Second, StringComparer.Ordinal))
        {
            await commands.ExecuteAsync(ControlPeriodSql.RechainAround, new { place, from }, cancellationToken);
        }
    }

    /// <summary>Makes every article's periods again from the stored control changes (after a bulk write that bypassed the article writer).</summary>
    public static async Task RebuildArticlePeriodsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(ControlPeriodSql.DeleteAllArticles, transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(ControlPeriodSql.InsertFromAllArticles, new { CreatedAt = Now() }, transaction, commandTimeout: 0,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(ControlPeriodSql.Rechain("1 = 1"), transaction: transaction, commandTimeout: 0, cancellationToken: cancellationToken));
    }

    /// <summary>Replaces the periods an imported file (<paramref name="snapshot"/>) of a source gave with <paramref name="periods"/>, in one transaction.</summary>
    public async Task ReplaceImportAsync(string source, string snapshot, IReadOnlyList<ControlPeriodDraft> periods, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ReplaceImportAsync(connection, transaction, source, snapshot, periods, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>As <see cref="ReplaceImportAsync(string, string, IReadOnlyList{ControlPeriodDraft}, CancellationToken)"/>, in the caller's transaction.</summary>
    public static async Task ReplaceImportAsync(DbConnection connection, DbTransaction transaction, string source, string snapshot,
        IReadOnlyList<ControlPeriodDraft> periods, CancellationToken cancellationToken)
    {
        var places = (await connection.QueryAsync<string>(new CommandDefinition(ControlPeriodSql.PlacesOfSnapshot, new { source, snapshot }, transaction,
            cancellationToken: cancellationToken))).ToHashSet(StringComparer.Ordinal);
        await connection.ExecuteAsync(new CommandDefinition(ControlPeriodSql.DeleteOfSnapshot, new { source, snapshot }, transaction, cancellationToken: cancellationToken));
        var createdAt = Now();
        foreach (var period in periods)
        {
            await InsertAsync(connection, transaction, period, source, snapshot, createdAt, cancellationToken);
            places.Add(period.PlaceId);
        }
        await RechainAsync(connection, transaction, places, cancellationToken);
    }

    /// <summary>Adds an analyst's correction of a place's side from a date; it stays through re-ingest and re-imports.</summary>
    public async Task<ControlPeriod> AddCorrectionAsync(ControlPeriodDraft period, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await InsertAsync(connection, transaction, period, Correction, null, Now(), cancellationToken);
        await RechainAsync(connection, transaction, [period.PlaceId], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await GetAsync(id, cancellationToken))!;
    }

    /// <summary>Removes an analyst's correction; false when there is no correction with that id.</summary>
    public async Task<bool> RemoveCorrectionAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var placeId = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT place_id FROM control_periods WHERE id = @id AND source = 'correction'", new { id }, transaction, cancellationToken: cancellationToken));
        if (placeId is null)
        {
            return false;
        }
        await connection.ExecuteAsync(new CommandDefinition(ControlPeriodSql.DeleteCorrection, new { id }, transaction, cancellationToken: cancellationToken));
        await RechainAsync(connection, transaction, [placeId], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Whether any period came from <paramref name="source"/> (e.g. whether a baseline snapshot was imported).</summary>
    public async Task<bool> HasSourceAsync(string source, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(ControlPeriodSql.HasSource, new { source }, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>Every period, oldest first.</summary>
    public async Task<IReadOnlyList<ControlPeriod>> ListAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync(ControlPeriodSql.SelectAll, null, cancellationToken);

    /// <summary>A place's periods, oldest first.</summary>
    public async Task<IReadOnlyList<ControlPeriod>> OfPlaceAsync(string placeId, CancellationToken cancellationToken = default) =>
        await QueryAsync(ControlPeriodSql.SelectOfPlace, new { placeId }, cancellationToken);

    /// <summary>One period, or null.</summary>
    public async Task<ControlPeriod?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        (await QueryAsync(ControlPeriodSql.SelectById, new { id }, cancellationToken)).SingleOrDefault();

    private async Task<IReadOnlyList<ControlPeriod>> QueryAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToPeriod()).ToList();
    }

    private static async Task<long> InsertAsync(DbConnection connection, DbTransaction transaction, ControlPeriodDraft period, string source, string? snapshot,
        string createdAt, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(ControlPeriodSql.Insert, new
        {
            period.PlaceId, period.PlaceName, period.Lat, period.Lon, period.Kind, period.Controller, period.Status,
            ValidFrom = Format(period.ValidFrom), Source = source, period.Confidence, period.Evidence, Snapshot = snapshot, period.Verb, period.Note,
            LocationPrecision = period.Precision, CreatedAt = createdAt,
        }, transaction, cancellationToken: cancellationToken));

    /// <summary>Chains the periods of the given places again (valid_to, status), in chunks the engines accept.</summary>
    private static async Task RechainAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> places, CancellationToken cancellationToken)
    {
        var provider = connection is Npgsql.NpgsqlConnection ? StoreProvider.Postgres : StoreProvider.Sqlite;
        var sql = ControlPeriodSql.Rechain(provider.In("place_id", "chunk"));
        foreach (var chunk in places.Chunk(500))
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, new { chunk }, transaction, commandTimeout: 0, cancellationToken: cancellationToken));
        }
    }

    private static string Now() => DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Parse(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class Row
    {
        public long Id { get; set; }
        public string Place_Id { get; set; } = "";
        public string Place_Name { get; set; } = "";
        public double Lat { get; set; }
        public double Lon { get; set; }
        public string Kind { get; set; } = "";
        public string Controller { get; set; } = "";
        public string Claimed_Status { get; set; } = "";
        public string Status { get; set; } = "";
        public string Valid_From { get; set; } = "";
        public string? Valid_To { get; set; }
        public string Source { get; set; } = "";
        public double Confidence { get; set; }
        public string? Evidence { get; set; }
        public string? Snapshot { get; set; }
        public long? Article_Id { get; set; }
        public long? Event_Id { get; set; }
        public string? Verb { get; set; }
        public string? Note { get; set; }
        public long Location_Precision { get; set; } = 1;

        public ControlPeriod ToPeriod() => new(Id, Place_Id, Place_Name, Lat, Lon, Kind, Controller, Claimed_Status, Status, Parse(Valid_From),
            Valid_To is null ? null : Parse(Valid_To), Source, Confidence, Evidence, Snapshot, Article_Id, Event_Id, Verb, Note)
        {
            Precision = (int)Location_Precision,
        };
    }
}
