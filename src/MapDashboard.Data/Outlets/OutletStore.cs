using System.Data.Common;
using Dapper;
using MapDashboard.Data.Feeds;
using MapDashboard.Data.Store;

namespace MapDashboard.Data.Outlets;

/// <summary>
/// The outlets table: seeded from the bundled <c>outlets.tsv</c> (every fact with its public reference), edited by
/// analysts (<see cref="OutletValidator"/> first, one transaction), read by the popups; a feed belongs to the outlet of
/// its name.
/// </summary>
public sealed class OutletStore(IStoreConnectionFactory factory)
{
    /// <summary>Every outlet, by name.</summary>
    public async Task<IReadOnlyList<Outlet>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Outlet>(new CommandDefinition(OutletSql.List, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>One outlet by name (case-insensitive), or null.</summary>
    public async Task<Outlet?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Outlet>(new CommandDefinition(OutletSql.Get, new { name }, cancellationToken: cancellationToken));
    }

    /// <summary>The feeds of each outlet (by lower-cased outlet name).</summary>
    public async Task<ILookup<string, Feed>> FeedsAsync(IEnumerable<string> names, CancellationToken cancellationToken = default)
    {
        var lowered = names.Select(n => n.ToLowerInvariant()).Distinct().ToArray();
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var feeds = await connection.QueryAsync<Feed>(new CommandDefinition(FeedSql.OfOutlets(factory.Provider), new { names = lowered }, cancellationToken: cancellationToken));
        return feeds.ToLookup(f => f.Name!.ToLowerInvariant());
    }

    /// <summary>
    /// Saves an analyst's edit in one transaction: a new outlet, or the one named <paramref name="currentName"/> (null:
    /// the outlet of the same name, whose stored spelling is kept). A new name takes the outlet's feeds, articles and
    /// appearances along, and the article corrections naming it (so processing an article again keeps the new name).
    /// Returns why it was refused (nothing is saved then), or an empty list.
    /// </summary>
    public async Task<IReadOnlyList<OutletProblem>> SaveAsync(Outlet outlet, string? currentName = null, CancellationToken cancellationToken = default)
    {
        if (OutletValidator.Check(outlet) is { Count: > 0 } problems)
        {
            return problems;
        }
        var row = Blank(outlet);
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var stored = await StoredNameAsync(connection, transaction, currentName ?? row.Name, cancellationToken);
        if (currentName is null || stored is null)
        {
            row.Name = stored ?? row.Name;
        }
        else if (!string.Equals(stored, row.Name, StringComparison.OrdinalIgnoreCase)
            && await StoredNameAsync(connection, transaction, row.Name, cancellationToken) is { } taken)
        {
            return [new OutletProblem("name", $"There is already an outlet named '{taken}'.")];
        }
        if (currentName is not null && stored is null && await StoredNameAsync(connection, transaction, row.Name, cancellationToken) is { } exists)
        {
            return [new OutletProblem("name", $"There is no outlet named '{currentName}', and '{exists}' exists already.")];
        }
        if (stored is null)
        {
            await connection.ExecuteAsync(new CommandDefinition(OutletSql.InsertEdited, row, transaction, cancellationToken: cancellationToken));
        }
        else
        {
            var rename = new { row.Name, Current = stored };
            await connection.ExecuteAsync(new CommandDefinition(OutletSql.Update, Parameters(row, stored), transaction, cancellationToken: cancellationToken));
            if (!string.Equals(stored, row.Name, StringComparison.Ordinal))
            {
                await connection.ExecuteAsync(new CommandDefinition(FeedSql.RenameOutlet, rename, transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(StoreSql.RenameArticleOutlet, rename, transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(AppearanceSql.RenameOutlet, rename, transaction, cancellationToken: cancellationToken));
                await Corrections.CorrectionStore.RenameOutletAsync(connection, transaction, stored, row.Name, cancellationToken);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    /// <summary>The outlet of that name, added with no facts when there is none; returns its stored spelling.</summary>
    public async Task<string> EnsureAsync(string name, CancellationToken cancellationToken = default)
    {
        if (OutletValidator.Check(new Outlet { Name = name }) is { Count: > 0 } problems)
        {
            throw new ArgumentException(problems[0].Message, nameof(name));
        }
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(OutletSql.AddName, new { Name = name.Trim() }, transaction, cancellationToken: cancellationToken));
        var stored = await StoredNameAsync(connection, transaction, name.Trim(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored!;
    }

    /// <summary>Removes an outlet; false when there was none of that name.</summary>
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(OutletSql.Delete, new { name }, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>Adds the bundled outlets the table lacks; returns how many were added.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var added = 0;
        foreach (var outlet in OutletSeedFile.Read())
        {
            added += await connection.ExecuteAsync(new CommandDefinition(OutletSql.Seed, Blank(outlet), transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>The bundled seed rows (see <see cref="OutletSeedFile"/>).</summary>
    public static IReadOnlyList<Outlet> ReadBundled() => OutletSeedFile.Read();

    /// <summary>Whether the outlets table has an outlet of that name (case-insensitive), inside the caller's transaction.</summary>
    internal static async Task<bool> KnowsAsync(DbConnection connection, DbTransaction transaction, string name, CancellationToken cancellationToken) =>
        await StoredNameAsync(connection, transaction, name, cancellationToken) is not null;

    private static Task<string?> StoredNameAsync(DbConnection connection, DbTransaction transaction, string name, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<string?>(new CommandDefinition(OutletSql.StoredName, new { Name = name }, transaction, cancellationToken: cancellationToken));

    private static object Parameters(Outlet o, string current) => new
    {
        o.Name, o.HomeCountry, o.HomeCountryRef, o.Owner, o.OwnerRef, o.Language, o.LanguageRef, o.Website, o.WebsiteRef, Current = current,
    };

    private static Outlet Blank(Outlet o) => new()
    {
        Name = o.Name.Trim(), HomeCountry = NullIfBlank(o.HomeCountry), HomeCountryRef = NullIfBlank(o.HomeCountryRef), Owner = NullIfBlank(o.Owner),
        OwnerRef = NullIfBlank(o.OwnerRef), Language = NullIfBlank(o.Language), LanguageRef = NullIfBlank(o.LanguageRef), Website = NullIfBlank(o.Website),
        WebsiteRef = NullIfBlank(o.WebsiteRef),
    };

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
