using System.Globalization;
using System.Text.RegularExpressions;

namespace MapDashboard.Data.Gazetteer.Villages;

/// <summary>
/// Reads Who's On First locality files in the layout of gazetteer/sources/wof_*.tsv (wof_id, geonameid, name, gn_name,
/// name_ar, alt_names, placetype, feature_code, lat, lon, population, is_current, region, county, src). The country is
/// given, or taken from a file name like <c>wof_sy_localities.tsv</c>. A bad row is reported with file and line and
/// skipped; a file without those columns is not a WOF list (InvalidDataException).
/// </summary>
public static partial class WofLocalityReader
{
    /// <summary>Reads every locality of the file; errors are added to <paramref name="errors"/>.</summary>
    public static List<WofLocality> Read(string path, ICollection<SourceError> errors, string? countryCode = null)
    {
        var country = countryCode?.ToUpperInvariant() ?? CountryFromFileName(path)
            ?? throw new InvalidDataException($"'{path}': give the country (--country XX), or name the file wof_<cc>_....tsv.");
        var (table, rows) = DelimitedTable.Open(path);
        var wof = table.Column("wof_id");
        var geonames = table.Column("geonameid");
        var name = table.Column("name");
        var lat = table.Column("lat", "latitude");
        var lon = table.Column("lon", "longitude");
        if (wof < 0 || name < 0 || lat < 0 || lon < 0)
        {
            throw new InvalidDataException($"'{path}' is not a Who's On First locality list: it needs wof_id, name, lat and lon columns.");
        }
        var (gnName, nameAr, alt, placeType, code, population, region) = (table.Column("gn_name"), table.Column("name_ar"), table.Column("alt_names"),
            table.Column("placetype"), table.Column("feature_code"), table.Column("population"), table.Column("region"));

        var result = new List<WofLocality>();
        var seen = new HashSet<long>();
        foreach (var (line, f) in rows)
        {
            string? error = null;
            long id = 0, gn = 0, people = 0;
            var (y, x) = (DelimitedTable.Coordinate(f, lat, 90), DelimitedTable.Coordinate(f, lon, 180));
            if (f.Length != table.Width)
            {
                error = $"expected {table.Width} tab-separated fields, found {f.Length}";
            }
            else if (!long.TryParse(DelimitedTable.Field(f, wof), NumberStyles.None, CultureInfo.InvariantCulture, out id) || id <= 0)
            {
                error = $"invalid wof_id '{DelimitedTable.Field(f, wof)}'";
            }
            else if (DelimitedTable.Field(f, name) is null)
            {
                error = $"locality {id} has no name";
            }
            else if (y is null || x is null)
            {
                error = $"locality {id} has invalid coordinates '{DelimitedTable.Field(f, lat)}', '{DelimitedTable.Field(f, lon)}'";
            }
            else if (DelimitedTable.Field(f, geonames) is { } g && !long.TryParse(g, NumberStyles.None, CultureInfo.InvariantCulture, out gn))
            {
                error = $"locality {id} has an invalid geonameid '{g}'";
            }
            else if (DelimitedTable.Field(f, population) is { } p && !long.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out people))
            {
                error = $"locality {id} has an invalid population '{p}'";
            }
            else if (!seen.Add(id))
            {
                error = $"duplicate wof_id {id}";
            }
            if (error is not null)
            {
                errors.Add(new SourceError(path, line, error));
                continue;
            }
            var alternates = (DelimitedTable.Field(f, alt) ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            result.Add(new WofLocality(id, gn, DelimitedTable.Field(f, name)!, DelimitedTable.Field(f, gnName), DelimitedTable.Field(f, nameAr), alternates,
                DelimitedTable.Field(f, placeType) ?? "locality", DelimitedTable.Field(f, code), y!.Value, x!.Value, people, DelimitedTable.Field(f, region),
                country, "whosonfirst"));
        }
        return result;
    }

    /// <summary>The country code of a file named wof_&lt;cc&gt;_...; null otherwise.</summary>
    public static string? CountryFromFileName(string path) =>
        FileNamePattern().Match(System.IO.Path.GetFileName(path)) is { Success: true } m ? m.Groups[1].Value.ToUpperInvariant() : null;

    [GeneratedRegex("^wof_([a-z]{2})_", RegexOptions.IgnoreCase)]
    private static partial Regex FileNamePattern();
}
