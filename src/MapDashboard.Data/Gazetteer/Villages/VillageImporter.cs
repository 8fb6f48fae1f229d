using Dapper;
using MapDashboard.Core.Gazetteer;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Data.Gazetteer.Villages;

/// <summary>
/// Adds a user's OCHA community lists and WOF locality files to a built gazetteer (layer "imported"), upserting by
/// id: ocha:&lt;P-code&gt; for OCHA rows, gn:&lt;GeoNames id&gt; (or wof:&lt;id&gt;) for WOF rows. A record already merged
/// into another place (a gn: or wof: id in the concordance) updates that place. The names a place had are kept and
/// the new ones added; bad rows are reported with file and line and skipped; each file lands in one transaction.
/// </summary>
public sealed class VillageImporter(string databasePath)
{
    /// <summary>Upserts the communities of an OCHA list (CSV or TSV with OCHA's column names); returns (inserted, updated).</summary>
    public async Task<(long Inserted, long Updated)> ImportOchaAsync(string file, ICollection<SourceError> errors, CancellationToken cancellationToken = default)
    {
        var communities = OchaCommunityReader.Read(file, errors);
        await using var connection = await OpenAsync(cancellationToken);
        var admin1 = await Admin1FromDatabaseAsync(connection, "SY", cancellationToken);
        return await WriteAsync(connection, communities.Select(c => VillageMerger.FromOcha(c, admin1)).ToList(), cancellationToken);
    }

    /// <summary>Upserts the localities of a WOF file (the layout of gazetteer/sources/wof_*.tsv); returns (inserted, updated).</summary>
    public async Task<(long Inserted, long Updated)> ImportWofAsync(string file, ICollection<SourceError> errors, string? countryCode = null, CancellationToken cancellationToken = default)
    {
        var localities = WofLocalityReader.Read(file, errors, countryCode);
        await using var connection = await OpenAsync(cancellationToken);
        var admin1 = localities.Count == 0 ? Admin1Names.Empty : await Admin1FromDatabaseAsync(connection, localities[0].CountryCode, cancellationToken);
        return await WriteAsync(connection, localities.Select(l => VillageMerger.FromWof(l, admin1.ByName(l.CountryCode, l.Region))).ToList(), cancellationToken);
    }

    private static async Task<(long, long)> WriteAsync(SqliteConnection connection, List<VillageRecord> records, CancellationToken cancellationToken)
    {
        long inserted = 0, updated = 0;
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using (var writer = new GazetteerWriter(connection, transaction))
        {
            foreach (var record in records)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var existing = await ExistingAsync(connection, transaction, record.Place.Id, cancellationToken);
                if (existing is null)
                {
                    writer.Write(record.ToEntry() with { Layer = "imported" });
                    inserted++;
                    continue;
                }
                writer.Write(Combine(existing, record));
                updated++;
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return (inserted, updated);
    }

    /// <summary>The place already holding this id (or its concordance entry), with its names and merged ids; null when new.</summary>
    private static async Task<PlaceEntry?> ExistingAsync(SqliteConnection connection, SqliteTransaction transaction, string id, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<PlaceRow>(new CommandDefinition(
            $"SELECT {PlaceRow.Columns} FROM places p {GazetteerSql.ById("")}", new { id }, transaction, cancellationToken: cancellationToken));
        if (rows.FirstOrDefault() is not { } row)
        {
            return null;
        }
        var names = await connection.QueryAsync<(string Name, string? Lang, string Kind)>(new CommandDefinition(
            "SELECT name, lang, kind FROM names WHERE pid = @pid ORDER BY nid", new { pid = row.Pid }, transaction, cancellationToken: cancellationToken));
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM concordance WHERE pid = @pid", new { pid = row.Pid }, transaction, cancellationToken: cancellationToken));
        var layer = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT layer FROM places WHERE pid = @pid", new { pid = row.Pid }, transaction, cancellationToken: cancellationToken));
        return new PlaceEntry(row.ToPlace(), names.Select(n => new PlaceName(n.Name, n.Lang, n.Kind)).ToList(), layer ?? "imported", OtherIds: ids.ToList());
    }

    /// <summary>
    /// The stored place updated by an imported record: the record's point, codes and admin path when it is the place
    /// itself; only names, Arabic name and population when it is a record merged into it; every name kept.
    /// </summary>
    private static PlaceEntry Combine(PlaceEntry existing, VillageRecord record)
    {
        var same = existing.Place.Id == record.Place.Id;
        var p = record.Place;
        var place = same
            ? existing.Place with
            {
                Name = p.Name, Lat = p.Lat, Lon = p.Lon, Admin1 = p.Admin1 ?? existing.Place.Admin1, Admin2 = p.Admin2 ?? existing.Place.Admin2,
                Admin3 = p.Admin3 ?? existing.Place.Admin3, NameAr = p.NameAr ?? existing.Place.NameAr,
                Population = Math.Max(p.Population, existing.Place.Population),
            }
            : existing.Place with { NameAr = existing.Place.NameAr ?? p.NameAr, Population = Math.Max(p.Population, existing.Place.Population) };
        var names = existing.Names.ToList();
        foreach (var name in record.Names.Where(n => names.All(e => e.Name != n.Name)))
        {
            names.Add(name.Kind == "primary" && !same ? name with { Kind = "ascii" } : name);
        }
        if (same && names.FindIndex(n => n.Kind == "primary") is var old and >= 0 && names[old].Name != p.Name)
        {
            names[old] = names[old] with { Kind = "ascii" };
            var chosen = names.FindIndex(n => n.Name == p.Name);
            names[chosen] = names[chosen] with { Kind = "primary" };
        }
        var ids = (existing.OtherIds ?? []).Concat(record.OtherIds).Append(record.Place.Id).Where(i => i != place.Id).Distinct(StringComparer.Ordinal).ToList();
        return new PlaceEntry(place, names, existing.Layer == "user" ? "user" : existing.Layer, OtherIds: ids);
    }

    private static async Task<Admin1Names> Admin1FromDatabaseAsync(SqliteConnection connection, string country, CancellationToken cancellationToken)
    {
        var places = await SqliteGazetteer.QueryPlacesAsync(connection, "WHERE p.id LIKE 'ne1:%' AND p.country = @country", new { country }, cancellationToken);
        var entries = new List<PlaceEntry>();
        foreach (var (pid, place) in places)
        {
            var names = await connection.QueryAsync<string>(new CommandDefinition("SELECT name FROM names WHERE pid = @pid", new { pid }, cancellationToken: cancellationToken));
            entries.Add(new PlaceEntry(place, names.Select(n => new PlaceName(n, null, "alternate")).ToList()));
        }
        return Admin1Names.Create(entries, null, []);
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => GazetteerImporter.OpenWritableAsync(databasePath, cancellationToken);
}
