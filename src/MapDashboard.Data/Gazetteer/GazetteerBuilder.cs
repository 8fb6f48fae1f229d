using System.Diagnostics;
using System.Reflection;
using Dapper;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Data.Gazetteer.Villages;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Data.Gazetteer;

/// <summary>
/// Builds gazetteer.db from its sources into a temporary file in one transaction, carries over the user layer
/// (places analysts added) from the previous database, then swaps the new file in: a failed build leaves the old one.
/// </summary>
public sealed class GazetteerBuilder
{
    /// <summary>Progress: the stage and how many of its items are done.</summary>
    public sealed record Progress(string Stage, long Done, long Total);

    /// <summary>
    /// The version of what the build makes of its sources; raise it whenever the same sources give other places or names
    /// (a database stamped with another version is stale). 2: OCHA's English governorate names ("Rural Damascus").
    /// 3: OCHA names with a fused Arabic article also without it ("Altalila" as "Talila", <see cref="Villages.FusedArticle"/>).
    /// 4: curated facilities also under every form of their category word (<see cref="FacilityNameForms"/>), and curated
    /// points with the district of the nearest community (<see cref="CuratedAdminFill"/>); OurAirports' air bases too.
    /// </summary>
    public const string BuildRules = "4";

    /// <summary>Builds the database at <paramref name="databasePath"/>.</summary>
    public async Task<GazetteerBuildReport> BuildAsync(string databasePath, GazetteerSources sources, IProgress<Progress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var errors = new List<SourceError>();
        var counts = new Dictionary<string, long>();
        var temp = databasePath + ".building";
        DeleteDatabase(temp);
        var userLayer = File.Exists(databasePath) ? await ReadLayerAsync(databasePath, "user", cancellationToken) : [];

        long names;
        VillageMergeReport? villageReport = null;
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp, Pooling = false }.ToString()))
        {
            await connection.OpenAsync(cancellationToken);
            await connection.ExecuteAsync("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -200000;");
            await connection.ExecuteAsync(Schema());
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            using (var writer = new GazetteerWriter(connection, transaction))
            {
                void WriteAll(string source, IEnumerable<PlaceEntry> entries, long total)
                {
                    long done = 0;
                    foreach (var entry in entries)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        writer.Write(entry);
                        if (++done % 5000 == 0)
                        {
                            progress?.Report(new Progress(source, done, total));
                        }
                    }
                    counts[source] = done;
                    progress?.Report(new Progress(source, done, Math.Max(done, total)));
                }

                var (admin1Codes, admin1ByIso) = NaturalEarthTables.ReadAdmin1Index(sources.Admin1Table);
                await connection.ExecuteAsync("INSERT INTO admin1_codes (code, name) VALUES (@Key, @Value)", admin1Codes, transaction);
                WriteAll("Natural Earth countries", NaturalEarthTables.ReadCountries(sources.CountriesTable, errors), 250);
                var admin1 = OchaAdmin1Names.AddTo(NaturalEarthTables.ReadAdmin1(sources.Admin1Table, errors).ToList(),
                    sources.VillageFolder is null ? null : Path.Combine(sources.VillageFolder, GazetteerSources.OchaAdmin1File), errors);
                WriteAll("Natural Earth admin-1", admin1, admin1.Count);
                var villages = new VillageSources(sources, admin1, errors);
                IReadOnlyList<PlaceEntry> syrianPlaces = [];
                WriteAll("GeoNames cities500", villages.Hold(new GeoNamesReader(admin1Codes).Read(sources.CitiesFile, errors)), 200_000);
                if (villages.HasSources)
                {
                    var (syria, neighbours) = villages.Merge();
                    syrianPlaces = syria;
                    WriteAll("Syria (OCHA+WOF+GeoNames)", syria, syria.Count);
                    WriteAll("neighbours (WOF+GeoNames)", neighbours, neighbours.Count);
                    villageReport = villages.Report;
                }
                WriteAll("OurAirports", OurAirportsReader.Read(sources.AirportsFile, OurAirportsReader.DefaultCountries, admin1ByIso, errors, sources.FacilityForms()), 400);
                WriteAll("curated supplement", CuratedAdminFill.Fill(CuratedSupplementReader.Read(sources.CuratedFolder, errors, forms: sources.FacilityForms()), syrianPlaces), 100);
                WriteAll("user layer", userLayer, userLayer.Count);
                names = writer.Names;
            }
            await connection.ExecuteAsync(
                "INSERT INTO meta (key, value) VALUES ('built_at', @builtAt), ('places', @places), ('names', @names), ('folding', @folding), ('build_rules', @buildRules)",
                new { builtAt = DateTime.UtcNow.ToString("O"), places = counts.Values.Sum().ToString(), names = names.ToString(), folding = NameFolding.RulesStamp, buildRules = BuildRules }, transaction);
            await transaction.CommitAsync(cancellationToken);
            await connection.ExecuteAsync(Resource("GazetteerChangeCount.sql"));
            progress?.Report(new Progress("indexing", 0, 1));
            await connection.ExecuteAsync("INSERT INTO names_fts(names_fts) VALUES ('optimize'); ANALYZE;");
        }

        SqliteConnection.ClearAllPools();
        DeleteDatabase(databasePath);
        File.Move(temp, databasePath);
        return new GazetteerBuildReport(counts, names, errors, clock.Elapsed, villageReport);
    }

    /// <summary>Builds the checkout's gazetteer when it is missing or stale; returns its path.</summary>
    public static async Task<string> EnsureBuiltAsync(RepositoryLayout layout, CancellationToken cancellationToken = default)
    {
        var sources = GazetteerSources.FromRepository(layout);
        if (IsStale(layout.GazetteerDatabase, sources))
        {
            await new GazetteerBuilder().BuildAsync(layout.GazetteerDatabase, sources, cancellationToken: cancellationToken);
        }
        return layout.GazetteerDatabase;
    }

    /// <summary>
    /// Whether the database is missing, older than any of its sources, built by a version that kept no change count, its
    /// names were folded under other spelling rules than today's (its stored keys would no longer match), or it was built
    /// under other build rules (<see cref="BuildRules"/>).
    /// </summary>
    public static bool IsStale(string databasePath, GazetteerSources sources)
    {
        if (!File.Exists(databasePath))
        {
            return true;
        }
        var built = File.GetLastWriteTimeUtc(databasePath);
        return sources.AllFiles().Any(f => File.Exists(f) && File.GetLastWriteTimeUtc(f) > built) || !CountsChangesAndFoldsAsToday(databasePath);
    }

    private static bool CountsChangesAndFoldsAsToday(string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'") > 0
            && connection.ExecuteScalar<long>("SELECT count(*) FROM meta WHERE key = 'generation'") > 0
            && connection.ExecuteScalar<string?>("SELECT value FROM meta WHERE key = 'folding'") == NameFolding.RulesStamp
            && connection.ExecuteScalar<string?>("SELECT value FROM meta WHERE key = 'build_rules'") == BuildRules;
    }

    /// <summary>The places of one layer of an existing database, with their names.</summary>
    internal static async Task<List<PlaceEntry>> ReadLayerAsync(string databasePath, string layer, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        // A database built before the admin3/name_ar columns still gives its user layer to the new build.
        var current = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM pragma_table_info('places') WHERE name = 'admin3'") > 0;
        var places = await SqliteGazetteer.QueryPlacesAsync(connection, "WHERE p.layer = @layer", new { layer }, cancellationToken,
            current ? PlaceRow.Columns : PlaceRow.Columns.Replace("p.admin3 AS Admin3, p.name_ar AS NameAr", "NULL AS Admin3, NULL AS NameAr", StringComparison.Ordinal));
        var result = new List<PlaceEntry>();
        foreach (var (pid, place) in places)
        {
            var names = await connection.QueryAsync<(string Name, string? Lang, string Kind)>(new CommandDefinition(
                "SELECT name, lang, kind FROM names WHERE pid = @pid", new { pid }, cancellationToken: cancellationToken));
            result.Add(new PlaceEntry(place, names.Select(n => new PlaceName(n.Name, n.Lang, n.Kind)).ToList(), layer));
        }
        return result;
    }

    internal static string Schema() => Resource("GazetteerSchema.sql");

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MapDashboard.Data.Gazetteer." + name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }
}
