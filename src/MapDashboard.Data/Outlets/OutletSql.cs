namespace MapDashboard.Data.Outlets;

/// <summary>The SQL of the outlets table (migrations 0026, 0030), one place.</summary>
internal static class OutletSql
{
    private const string Columns = """
        name AS Name, home_country AS HomeCountry, home_country_ref AS HomeCountryRef, owner AS Owner, owner_ref AS OwnerRef,
        language AS Language, language_ref AS LanguageRef, website AS Website, website_ref AS WebsiteRef, edited_by_user AS EditedByUser
        """;

    private const string Values = "@Name, @HomeCountry, @HomeCountryRef, @Owner, @OwnerRef, @Language, @LanguageRef, @Website, @WebsiteRef";

    private const string Insert = "INSERT INTO outlets (name, home_country, home_country_ref, owner, owner_ref, language, language_ref, website, website_ref, edited_by_user)";

    public const string List = $"SELECT {Columns} FROM outlets ORDER BY name";

    public const string Get = $"SELECT {Columns} FROM outlets WHERE lower(name) = lower(@name)";

    /// <summary>The outlets whose lower-cased names are in <c>@names</c>.</summary>
    public static string Named(StoreProvider provider) => $"SELECT {Columns} FROM outlets WHERE {provider.In("lower(name)", "names")}";

    public const string StoredName = "SELECT name FROM outlets WHERE lower(name) = lower(@Name)";

    /// <summary>Adds a seed row unless the outlet is there (an analyst's edits are never overwritten by the seed file).</summary>
    public const string Seed = $"""
        {Insert}
        SELECT {Values}, 0
        WHERE NOT EXISTS (SELECT 1 FROM outlets WHERE lower(name) = lower(@Name))
        """;

    /// <summary>An outlet known only by its name (a feed names it): no facts until an analyst adds them with their references.</summary>
    public const string AddName = """
        INSERT INTO outlets (name, edited_by_user) SELECT @Name, 1
        WHERE NOT EXISTS (SELECT 1 FROM outlets WHERE lower(name) = lower(@Name))
        """;

    /// <summary>A new outlet from an analyst.</summary>
    public const string InsertEdited = $"{Insert} VALUES ({Values}, 1)";

    /// <summary>An analyst's edit of the outlet named <c>@Current</c>: its name and facts.</summary>
    public const string Update = """
        UPDATE outlets SET name = @Name, home_country = @HomeCountry, home_country_ref = @HomeCountryRef, owner = @Owner, owner_ref = @OwnerRef,
               language = @Language, language_ref = @LanguageRef, website = @Website, website_ref = @WebsiteRef, edited_by_user = 1
        WHERE lower(name) = lower(@Current)
        """;

    public const string Delete = "DELETE FROM outlets WHERE lower(name) = lower(@name)";
}
