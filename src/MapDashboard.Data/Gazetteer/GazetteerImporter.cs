using System.Globalization;
using System.IO.Compression;
using Dapper;
using MapDashboard.Core.Gazetteer;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Data.Gazetteer;

/// <summary>
/// Extends a built gazetteer: GeoNames exports upserted by GeoNames id (layer "imported"), GeoNames alternate names,
/// and a user's own CSV list (layer "user", kept across rebuilds). Bad lines are reported and skipped; the rest lands
/// in one transaction per file.
/// </summary>
public sealed class GazetteerImporter(string databasePath) : IUserPlaceWriter
{
    /// <summary>The header a user CSV file starts with.</summary>
    public const string CsvHeader = "name,alternate_names,lat,lon,type,source";

    /// <summary>Upserts every place of GeoNames files (plain or zipped); returns how many landed.</summary>
    public async Task<long> ImportGeoNamesAsync(IEnumerable<string> files, ICollection<SourceError> errors, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var reader = new GeoNamesReader(await ReadAdmin1CodesAsync(connection));
        long count = 0;
        foreach (var file in files)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            using var writer = new GazetteerWriter(connection, transaction);
            foreach (var entry in reader.Read(file, errors))
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.Write(entry with { Layer = "imported" });
                if (++count % 5000 == 0)
                {
                    progress?.Report(count);
                }
            }
            await transaction.CommitAsync(cancellationToken);
        }
        progress?.Report(count);
        return count;
    }

    /// <summary>Adds names from a GeoNames alternateNamesV2 file to places already in the gazetteer; returns names added.</summary>
    public async Task<long> ImportAlternateNamesAsync(string file, ICollection<SourceError> errors, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT OR IGNORE INTO names (pid, name, lang, kind, fold_key, skeleton_key)
            SELECT pid, $name, $lang, 'alternate', $fold, $skeleton FROM places WHERE id = $id
            """;
        foreach (var parameter in new[] { "$name", "$lang", "$fold", "$skeleton", "$id" })
        {
            insert.Parameters.Add(new SqliteParameter { ParameterName = parameter });
        }
        long added = 0, number = 0;
        using var stream = OpenText(file);
        string? line;
        while ((line = stream.ReadLine()) is not null)
        {
            number++;
            var f = line.Split('\t');
            if (f.Length < 4 || !long.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var geonameId) || f[3].Length == 0)
            {
                errors.Add(new SourceError(file, number, "expected alternateNameId, geonameid, isolanguage, alternate name, ... (tab-separated)"));
                continue;
            }
            if (f[2] is "link" or "post" or "iata" or "icao" or "faac" or "wkdt" or "abbr" or "unlc")
            {
                continue;
            }
            var fold = NameFolding.Fold(f[3]);
            if (fold.Length == 0)
            {
                continue;
            }
            insert.Parameters[0].Value = f[3];
            insert.Parameters[1].Value = f[2].Length > 0 ? f[2] : DBNull.Value;
            insert.Parameters[2].Value = fold;
            insert.Parameters[3].Value = NameFolding.Skeleton(f[3]);
            insert.Parameters[4].Value = $"gn:{geonameId}";
            added += await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>Adds a user's places from a CSV file (name, alternate names separated by |, lat, lon, type, source).</summary>
    public async Task<long> ImportCsvAsync(string file, ICollection<SourceError> errors, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"CSV file '{file}' does not exist.", file);
        }
        var entries = new List<PlaceEntry>();
        long number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            if (number == 1)
            {
                if (!line.Trim().Equals(CsvHeader, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add(new SourceError(file, 1, $"the header must be: {CsvHeader}"));
                    return 0;
                }
                continue;
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var f = Villages.DelimitedTable.Split(line, ',');
            if (f.Count != 6)
            {
                errors.Add(new SourceError(file, number, $"expected 6 comma-separated fields, found {f.Count}"));
                continue;
            }
            if (f[0].Length == 0 || f[5].Length == 0)
            {
                errors.Add(new SourceError(file, number, "name and source are required"));
                continue;
            }
            if (!double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
                || !double.TryParse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
            {
                errors.Add(new SourceError(file, number, $"invalid coordinates '{f[2]}', '{f[3]}'"));
                continue;
            }
            entries.Add(UserEntry(f[0], f[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), lat, lon, f[4], f[5]));
        }
        await WriteUserEntriesAsync(entries, cancellationToken);
        return entries.Count;
    }

    /// <inheritdoc />
    public async Task<Place> AddUserPlaceAsync(string name, IReadOnlyList<string> alternateNames, double lat, double lon, string featureCode, string source,
        CancellationToken cancellationToken = default)
    {
        var entry = UserPlaceEntry(name, alternateNames, lat, lon, featureCode, source);
        var nearest = (await new SqliteGazetteer(databasePath).NearestAsync(lat, lon, 1, cancellationToken)).FirstOrDefault();
        entry = WithNeighbourDivision(entry, nearest);
        await WriteUserEntriesAsync([entry], cancellationToken);
        return entry.Place;
    }

    /// <summary>A place dropped on the map as a user-layer entry; throws when the name, source or coordinates are unusable.</summary>
    internal static PlaceEntry UserPlaceEntry(string name, IReadOnlyList<string> alternateNames, double lat, double lon, string featureCode, string source)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(source) || lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            throw new ArgumentException($"a user place needs a name, a source and coordinates within -90..90, -180..180 (got '{name}', {lat}, {lon})");
        }
        return UserEntry(name.Trim(), alternateNames, lat, lon, featureCode, source.Trim());
    }

    /// <summary>The entry with the country and first-level division of its nearest gazetteer place, when that is within 50 km.</summary>
    internal static PlaceEntry WithNeighbourDivision(PlaceEntry entry, (Place Place, double DistanceKm) nearest) =>
        nearest is { Place: not null, DistanceKm: <= 50 }
            ? entry with { Place = entry.Place with { CountryCode = nearest.Place.CountryCode, Admin1 = nearest.Place.Admin1 } }
            : entry;

    private static PlaceEntry UserEntry(string name, IEnumerable<string> alternateNames, double lat, double lon, string type, string source)
    {
        var code = type.Trim().Length > 0 ? type.Trim().ToUpperInvariant() : "PPL";
        var id = "user:" + Slug(name) + "-" + Math.Round(lat, 3).ToString(CultureInfo.InvariantCulture) + "-" + Math.Round(lon, 3).ToString(CultureInfo.InvariantCulture);
        var names = new List<PlaceName> { new(name, null, "primary") };
        names.AddRange(alternateNames.Where(n => n.Length > 0).Select(n => new PlaceName(n, null, "curated")));
        return new PlaceEntry(new Place(id, name, lat, lon, code.StartsWith("PPL", StringComparison.Ordinal) ? "P" : "S", code, null, null, null, 0, source), names, "user");
    }

    private async Task WriteUserEntriesAsync(IReadOnlyList<PlaceEntry> entries, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using (var writer = new GazetteerWriter(connection, transaction))
        {
            foreach (var entry in entries)
            {
                writer.Write(entry);
            }
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => OpenWritableAsync(databasePath, cancellationToken);

    /// <summary>Opens a built gazetteer for writing; a clear error when it was never built.</summary>
    internal static async Task<SqliteConnection> OpenWritableAsync(string databasePath, CancellationToken cancellationToken)
    {
        if (!File.Exists(databasePath))
        {
            throw new FileNotFoundException($"Gazetteer database '{databasePath}' does not exist: run `./mapdash gazetteer build` first.", databasePath);
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task<Dictionary<string, string>> ReadAdmin1CodesAsync(SqliteConnection connection) =>
        (await connection.QueryAsync<(string Code, string Name)>("SELECT code, name FROM admin1_codes")).ToDictionary(r => r.Code, r => r.Name);

    private static StreamReader OpenText(string file)
    {
        if (!file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return new StreamReader(file);
        }
        var zip = ZipFile.OpenRead(file);
        var entry = zip.Entries.FirstOrDefault(e => e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !e.Name.Equals("readme.txt", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidDataException($"'{file}' holds no .txt file.");
        return new StreamReader(entry.Open());
    }

    private static string Slug(string name) =>
        new string(NameFolding.Fold(name).Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}
