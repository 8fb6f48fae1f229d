using Dapper;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Gazetteer.Postgres;
using MapDashboard.Data.Postgres;
using MapDashboard.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Data.Tests.Gazetteer;

/// <summary>The gazetteer contract on PostgreSQL, filled by the writer from the SQLite sample; plus what only the copy does.</summary>
public sealed class PostgresGazetteerContractTests(PostgresGazetteerContractTests.Fixture fixture)
    : GazetteerContractTests(fixture), IClassFixture<PostgresGazetteerContractTests.Fixture>
{
    /// <summary>The sample gazetteer built in SQLite and copied into a fresh PostgreSQL database.</summary>
    public sealed class Fixture : GazetteerFixture
    {
        private TempDatabase? _sqlite;
        private PostgresTestDatabase? _postgres;
        private PostgresConnectionFactory? _factory;

        public string SqlitePath => _sqlite!.Path;

        public GazetteerCopyReport Copy { get; private set; } = default!;

        public override async Task InitializeAsync()
        {
            (_sqlite, _postgres, _factory) = await CreateAsync();
            Copy = await PostgresGazetteerWriter.CopyFromSqliteAsync(_sqlite.Path, _factory);
            Store = GazetteerStores.Open(_factory, _sqlite.Path);
        }

        public override async Task<ScratchGazetteer> CreateScratchAsync()
        {
            var (sqlite, postgres, factory) = await CreateAsync();
            await PostgresGazetteerWriter.CopyFromSqliteAsync(sqlite.Path, factory);
            return new ScratchGazetteer(GazetteerStores.Open(factory, sqlite.Path),
                () => PostgresGazetteerWriter.CopyFromSqliteAsync(sqlite.Path, factory),
                async () =>
                {
                    await factory.DisposeAsync();
                    await postgres.DisposeAsync();
                    sqlite.Dispose();
                });
        }

        /// <summary>A SQLite sample and an empty PostgreSQL database, not yet filled.</summary>
        public static async Task<(TempDatabase Sqlite, PostgresTestDatabase Postgres, PostgresConnectionFactory Factory)> CreateAsync()
        {
            var sqlite = await BuildSampleAsync();
            var postgres = await PostgresTestDatabase.CreateAsync("mdgaz");
            return (sqlite, postgres, PostgresConnectionFactory.Create(postgres.ConnectionString));
        }

        public override async Task DisposeAsync()
        {
            if (_factory is not null)
            {
                await _factory.DisposeAsync();
            }
            if (_postgres is not null)
            {
                await _postgres.DisposeAsync();
            }
            _sqlite?.Dispose();
        }
    }

    /// <summary>A test's own SQLite sample and empty PostgreSQL database, dropped when the test ends.</summary>
    private sealed class Scratch(TempDatabase sqlite, PostgresTestDatabase postgres, PostgresConnectionFactory factory) : IAsyncDisposable
    {
        public TempDatabase Sqlite => sqlite;

        public PostgresConnectionFactory Factory => factory;

        public static async Task<Scratch> CreateAsync()
        {
            var (sqlite, postgres, factory) = await Fixture.CreateAsync();
            return new Scratch(sqlite, postgres, factory);
        }

        public async ValueTask DisposeAsync()
        {
            await factory.DisposeAsync();
            await postgres.DisposeAsync();
            sqlite.Dispose();
        }
    }

    [Fact]
    public async Task Copy_WritesEveryRowOfTheSqliteFile()
    {
        await using var sqlite = new SqliteConnection($"Data Source={fixture.SqlitePath};Mode=ReadOnly;Pooling=False");
        var (places, names) = await sqlite.QuerySingleAsync<(long, long)>("SELECT (SELECT count(*) FROM places), (SELECT count(*) FROM names)");

        Assert.Equal((places, names, 2L, 0L, 0L), (fixture.Copy.Places, fixture.Copy.Names, fixture.Copy.Admin1Codes, fixture.Copy.UserPlacesKept, fixture.Copy.UserPlacesCopied));
        Assert.Equal(20, places);
    }

    [Fact]
    public async Task Copy_KeepsPostgresUserPlaces_AndCopiesTheFilesOwnWhenPostgresLacksThem()
    {
        await using var scratch = await Scratch.CreateAsync();
        var (sqlite, factory) = (scratch.Sqlite, scratch.Factory);
        await PostgresGazetteerWriter.CopyFromSqliteAsync(sqlite.Path, factory);
        var inPostgres = await new PostgresUserPlaceWriter(factory).AddUserPlaceAsync("Tuman", [], 36.40, 37.55, "PPL", "added on the server");
        var sameInFile = await new GazetteerImporter(sqlite.Path).AddUserPlaceAsync("Tuman", [], 36.40, 37.55, "PPL", "added on a laptop");
        var onlyInFile = await new GazetteerImporter(sqlite.Path).AddUserPlaceAsync("Hawsh Salihyah", [], 33.51, 36.45, "PPL", "added on a laptop");

        var report = await PostgresGazetteerWriter.CopyFromSqliteAsync(sqlite.Path, factory);

        Assert.Equal(inPostgres.Id, sameInFile.Id);
        Assert.Equal((1L, 1L, 21L), (report.UserPlacesKept, report.UserPlacesCopied, report.Places));
        var gazetteer = new PostgresGazetteer(factory);
        Assert.Equal("added on the server", (await gazetteer.GetByIdAsync(inPostgres.Id))!.Source);
        Assert.Equal(onlyInFile.Id, (await gazetteer.FindCandidatesAsync("Hawsh Salihyah"))[0].Place.Id);
        Assert.Equal(22, await gazetteer.CountPlacesAsync());
    }

    [Fact]
    public async Task EnsureFilled_CopiesOnlyIntoAnEmptyGazetteer()
    {
        await using var scratch = await Scratch.CreateAsync();
        var (sqlite, factory) = (scratch.Sqlite, scratch.Factory);

        var first = await PostgresGazetteerWriter.EnsureFilledAsync(sqlite.Path, factory);
        var second = await PostgresGazetteerWriter.EnsureFilledAsync(sqlite.Path, factory);

        Assert.Equal(20, first!.Places);
        Assert.Null(second);
        Assert.Equal("gn:163808", (await new PostgresGazetteer(factory).FindCandidatesAsync("Tadmur"))[0].Place.Id);
    }

    [Fact]
    public async Task EnsureFilled_CopiesAgain_WhenItsKeysWereFoldedUnderOtherRules_AndRefoldsUserPlaces()
    {
        await using var scratch = await Scratch.CreateAsync();
        var (sqlite, factory) = (scratch.Sqlite, scratch.Factory);
        await PostgresGazetteerWriter.EnsureFilledAsync(sqlite.Path, factory);
        var added = await new PostgresUserPlaceWriter(factory).AddUserPlaceAsync("Tuman", [], 36.40, 37.55, "PPL", "added on the server");
        await using (var connection = await factory.OpenAsync())
        {
            // As a gazetteer copied by an older build whose folding rules differed would look.
            await connection.ExecuteAsync("UPDATE gazetteer.meta SET value = 'folding code 0, rules older' WHERE key = 'folding'");
            await connection.ExecuteAsync("UPDATE gazetteer.names SET fold_key = 'stale', skeleton_key = 'stale' WHERE name IN ('Tuman', 'Tadmur')");
        }
        var gazetteer = new PostgresGazetteer(factory);
        Assert.Empty(await gazetteer.FindCandidatesAsync("Tuman"));

        var again = await PostgresGazetteerWriter.EnsureFilledAsync(sqlite.Path, factory);
        var third = await PostgresGazetteerWriter.EnsureFilledAsync(sqlite.Path, factory);

        Assert.NotNull(again);
        Assert.Equal(1L, again.UserPlacesKept);
        Assert.Null(third);
        Assert.Equal(added.Id, (await gazetteer.FindCandidatesAsync("Tuman"))[0].Place.Id);
        Assert.Equal("gn:163808", (await gazetteer.FindCandidatesAsync("Tadmur"))[0].Place.Id);
        await using var check = await factory.OpenAsync();
        Assert.Equal(NameFolding.RulesStamp, await check.ExecuteScalarAsync<string>("SELECT value FROM gazetteer.meta WHERE key = 'folding'"));
    }

    [Fact]
    public async Task EnsureFilled_DoesNotCopyAStaleFile_OverAStaleGazetteer()
    {
        await using var scratch = await Scratch.CreateAsync();
        var (sqlite, factory) = (scratch.Sqlite, scratch.Factory);
        await PostgresGazetteerWriter.EnsureFilledAsync(sqlite.Path, factory);
        await using (var connection = await factory.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE gazetteer.meta SET value = 'folding code 0, rules older' WHERE key = 'folding'");
        }
        await using (var file = new SqliteConnection($"Data Source={sqlite.Path};Pooling=False"))
        {
            await file.ExecuteAsync("UPDATE meta SET value = 'folding code 0, rules older' WHERE key = 'folding'");
        }

        // Copying the file would store keys just as stale; `gazetteer build --if-stale` rebuilds the file first.
        Assert.Null(await PostgresGazetteerWriter.EnsureFilledAsync(sqlite.Path, factory));
    }

    [Fact]
    public async Task EveryLookup_AnswersAsSqliteDoes()
    {
        var sqlite = new SqliteGazetteer(fixture.SqlitePath);
        var postgres = fixture.Store.Gazetteer;
        foreach (var name in new[] { "Tadmur", "palmyra", "Al-Bab", "Idleb", "Idlyb", "Tadmuq", "Tiyas Airbase", "Abu ad Duhur", "Syria", "Aleppo Governorate", "Nowhere" })
        {
            Assert.Equal(Describe(await sqlite.FindCandidatesAsync(name)), Describe(await postgres.FindCandidatesAsync(name)));
        }
        foreach (var typed in new[] { "al", "ta", "pal", "dmu", "rport", "syr" })
        {
            Assert.Equal(await sqlite.AutocompleteAsync(typed), await postgres.AutocompleteAsync(typed));
        }
        foreach (var (lat, lon) in new[] { (36.36, 37.52), (34.5, 38.3), (41.0, -88.0), (0.0, 0.0) })
        {
            Assert.Equal(await sqlite.NearestAsync(lat, lon, 5), await postgres.NearestAsync(lat, lon, 5));
        }
        Assert.Equal(await sqlite.InBoundingBoxAsync(35, 32, 43, 38), await postgres.InBoundingBoxAsync(35, 32, 43, 38));
        Assert.Equal((await sqlite.GetLexiconNamesAsync(["SY"], 1000)).Order(), (await postgres.GetLexiconNamesAsync(["SY"], 1000)).Order());
        Assert.Equal(await sqlite.LoadIndexEntriesAsync(["SY"], 1000), await ((IPlaceIndexSource)postgres).LoadIndexEntriesAsync(["SY"], 1000));
    }

    [Fact]
    public async Task UnreachableServer_GivesAClearError()
    {
        await using var factory = PostgresConnectionFactory.Create("Host=127.0.0.1;Port=1;Database=nothing;Username=nobody;Timeout=3");

        var error = await Assert.ThrowsAsync<GazetteerStoreException>(() => PostgresGazetteerSchema.ApplyAsync(factory));

        Assert.Contains("Cannot reach PostgreSQL at postgres://127.0.0.1:1/nothing", error.Message);
    }

    private static List<string> Describe(IEnumerable<GeoCandidate> candidates) =>
        candidates.Select(c => $"{c.Place} {c.Kind} {c.Score:F6} {c.MatchedName}").ToList();
}
