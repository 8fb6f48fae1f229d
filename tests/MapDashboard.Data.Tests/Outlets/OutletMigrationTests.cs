using Dapper;
using MapDashboard.Data.Outlets;
using MapDashboard.Data.Postgres;
using MapDashboard.Data.Store;
using MapDashboard.Tests.Shared;

namespace MapDashboard.Data.Tests.Outlets;

/// <summary>Migration 0030 on a store from before it: an analyst's row keeps its one reference beside each fact it states; bundled rows are re-seeded.</summary>
public sealed class OutletMigrationTests
{
    private const string OldRows = """
        INSERT INTO outlets (name, home_country, owner, language, website, reference, edited_by_user) VALUES
            ('Valley Post', 'Lebanon', NULL, 'Arabic', NULL, 'an analyst''s source', 1),
            ('Sputnik', 'Stale', NULL, NULL, NULL, 'an old bundled row', 0);
        """;

    private static async Task CheckAsync(IStoreConnectionFactory factory)
    {
        await using (var connection = await factory.OpenConnectionAsync())
        {
            var before = new SchemaMigrator(factory.Provider).Migrations.Where(m => m.Version < 30);
            await new SchemaMigrator(before).MigrateAsync(connection);
            await connection.ExecuteAsync("DELETE FROM outlets");
            await connection.ExecuteAsync(OldRows);
        }

        await new EventStore(factory).InitializeAsync();

        var outlets = new OutletStore(factory);
        var valley = (await outlets.GetAsync("Valley Post"))!;
        Assert.Equal("an analyst's source", valley.HomeCountryRef);
        Assert.Equal("an analyst's source", valley.LanguageRef);
        Assert.Null(valley.OwnerRef);
        Assert.Empty(OutletValidator.Check(valley));
        var sputnik = (await outlets.GetAsync("Sputnik"))!;
        Assert.Equal("Russia", sputnik.HomeCountry);
        Assert.Equal(OutletStore.ReadBundled().Single(o => o.Name == "Sputnik").OwnerRef, sputnik.OwnerRef);
    }

    [Fact]
    public async Task Sqlite_AnalystRowKeepsItsReferencePerFact_BundledRowsReseeded()
    {
        using var database = new TempDatabase();
        await CheckAsync(database.Factory);
    }

    [Fact]
    public async Task Postgres_AnalystRowKeepsItsReferencePerFact_BundledRowsReseeded()
    {
        await using var database = await PostgresTestDatabase.CreateAsync("mdoutlets");
        await using var factory = PostgresConnectionFactory.Create(database.ConnectionString);
        await CheckAsync(factory);
    }
}
