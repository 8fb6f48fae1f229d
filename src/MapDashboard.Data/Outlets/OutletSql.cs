namespace MapDashboard.Data.Outlets;

/// <summary>The SQL of the outlets table (migration 0026), one place.</summary>
internal static class OutletSql
{
    private const string Columns = """
        name AS Name, home_country AS HomeCountry, owner AS Owner, language AS Language, website AS Website, reference AS Reference,
        edited_by_user AS EditedByUser
        """;

    public const string List = $"SELECT {Columns} FROM outlets ORDER BY name";

    public const string Get = $"SELECT {Columns} FROM outlets WHERE lower(name) = lower(@name)";

    /// <summary>The outlets whose lower-cased names are in <c>@names</c>.</summary>
    public static string Named(StoreProvider provider) => $"SELECT {Columns} FROM outlets WHERE {provider.In("lower(name)", "names")}";

    public const string StoredName = "SELECT name FROM outlets WHERE lower(name) = lower(@Name)";

    /// <summary>Adds a seed row unless the outlet is there (an analyst's edits are never overwritten by the seed file).</summary>
    public const string Seed = """
        INSERT INTO outlets (name, home_country, owner, language, website, reference, edited_by_user)
        SELECT @Name, @HomeCountry, @Owner, @Language, @Website, @Reference, 0
        WHERE NOT EXISTS (SELECT 1 FROM outlets WHERE lower(name) = lower(@Name))
        """;

    /// <summary>An analyst's edit: inserts or replaces the outlet's facts.</summary>
    public const string Upsert = """
        INSERT INTO outlets (name, home_country, owner, language, website, reference, edited_by_user)
        VALUES (@Name, @HomeCountry, @Owner, @Language, @Website, @Reference, 1)
        ON CONFLICT (name) DO UPDATE SET home_country = excluded.home_country, owner = excluded.owner, language = excluded.language,
            website = excluded.website, reference = excluded.reference, edited_by_user = 1
        """;

    public const string Delete = "DELETE FROM outlets WHERE lower(name) = lower(@name)";
}
