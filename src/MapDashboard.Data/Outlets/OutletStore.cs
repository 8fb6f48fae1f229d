using Dapper;

namespace MapDashboard.Data.Outlets;

/// <summary>
/// The outlets table: seeded from the bundled <c>outlets.tsv</c> (every fact with its public reference), editable by
/// analysts, read by the popups.
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

    /// <summary>Adds or replaces an outlet's facts as an analyst's edit.</summary>
    public async Task SaveAsync(Outlet outlet, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(outlet.Name) || outlet.Name.Length > 200)
        {
            throw new ArgumentException($"An outlet needs a name of 1 to 200 characters, not '{outlet.Name}'.", nameof(outlet));
        }
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The stored spelling of the name wins, so "global research" edits "Global Research" on both engines.
        var stored = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(OutletSql.StoredName,
            new { outlet.Name }, transaction, cancellationToken: cancellationToken));
        var row = Blank(outlet);
        row.Name = stored ?? row.Name;
        await connection.ExecuteAsync(new CommandDefinition(OutletSql.Upsert, row, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
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
        foreach (var outlet in ReadBundled())
        {
            added += await connection.ExecuteAsync(new CommandDefinition(OutletSql.Seed, Blank(outlet), transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>The bundled seed rows (name, home_country, owner, language, website, reference; blank where no reference states it).</summary>
    public static IReadOnlyList<Outlet> ReadBundled()
    {
        using var stream = typeof(OutletStore).Assembly.GetManifestResourceStream("MapDashboard.Data.Outlets.outlets.tsv")
            ?? throw new InvalidOperationException("The bundled outlets.tsv is missing from MapDashboard.Data.");
        using var reader = new StreamReader(stream);
        var rows = new List<Outlet>();
        var header = reader.ReadLine();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0)
            {
                continue;
            }
            var f = line.Split('\t');
            if (f.Length != 6)
            {
                throw new InvalidOperationException($"outlets.tsv: '{line}' has {f.Length} columns, not the header's 6 ({header})");
            }
            rows.Add(new Outlet { Name = f[0], HomeCountry = f[1], Owner = f[2], Language = f[3], Website = f[4], Reference = f[5] });
        }
        return rows;
    }

    private static Outlet Blank(Outlet o) => new()
    {
        Name = o.Name.Trim(), HomeCountry = NullIfBlank(o.HomeCountry), Owner = NullIfBlank(o.Owner), Language = NullIfBlank(o.Language),
        Website = NullIfBlank(o.Website), Reference = NullIfBlank(o.Reference),
    };

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
