namespace MapDashboard.Data.Gazetteer.Villages;

/// <summary>
/// Reads UN OCHA's Syrian community lists: the bundled TSV (location_pcode, name_en, name_ar, admin1-4 ...) or the HDX
/// community, neighbourhood and camp lists as CSV or TSV with OCHA's column names (admin4Pcode, admin4Name_en,
/// Latitude_y ...). A row without a P-code, a name or valid coordinates, or repeating a P-code, is reported with its
/// file and line and skipped; a file without those columns is not an OCHA list (InvalidDataException).
/// </summary>
public static class OchaCommunityReader
{
    /// <summary>Reads every community of the file; errors are added to <paramref name="errors"/>.</summary>
    public static List<OchaCommunity> Read(string path, ICollection<SourceError> errors)
    {
        var (table, rows) = DelimitedTable.Open(path);
        var pcode = table.Column("location_pcode", "admin4_pcode", "admin4Pcode", "pcode", "Community_Pcode", "Neighbourhood_Pcode", "Camp_Pcode");
        var name = table.Column("name_en", "admin4_en", "admin4Name_en", "Community_Name_en", "Neighbourhood_Name_en", "Camp_Name_en", "name");
        var lat = table.Column("lat", "latitude", "Latitude_y", "y");
        var lon = table.Column("lon", "longitude", "Longitude_x", "x");
        if (pcode < 0 || name < 0 || lat < 0 || lon < 0)
        {
            throw new InvalidDataException(
                $"'{path}' is not an OCHA community list: it needs a P-code (location_pcode or admin4Pcode), an English name (name_en or admin4Name_en), "
                + "lat/latitude/Latitude_y and lon/longitude/Longitude_x columns.");
        }
        var nameAr = table.Column("name_ar", "admin4_ar", "admin4Name_ar", "Community_Name_ar", "Neighbourhood_Name_ar", "Camp_Name_ar");
        var admin4 = table.Column("admin4_en", "admin4Name_en");
        var admin3 = table.Column("admin3_en", "admin3Name_en");
        var admin2 = table.Column("admin2_en", "admin2Name_en");
        var admin1 = table.Column("admin1_en", "admin1Name_en");
        var admin1Pcode = table.Column("admin1_pcode", "admin1Pcode");

        var result = new List<OchaCommunity>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, f) in rows)
        {
            var id = DelimitedTable.Field(f, pcode);
            var english = DelimitedTable.Field(f, name);
            var (y, x) = (DelimitedTable.Coordinate(f, lat, 90), DelimitedTable.Coordinate(f, lon, 180));
            string? error = null;
            if (f.Length < Math.Max(Math.Max(pcode, name), Math.Max(lat, lon)) + 1)
            {
                error = $"expected {table.Width} fields, found {f.Length}";
            }
            else if (id is null || english is null)
            {
                error = "a P-code and an English name are required";
            }
            else if (y is null || x is null)
            {
                error = $"'{id}' has invalid coordinates '{DelimitedTable.Field(f, lat)}', '{DelimitedTable.Field(f, lon)}'";
            }
            else if (!seen.Add(id))
            {
                error = $"duplicate P-code '{id}'";
            }
            if (error is not null)
            {
                errors.Add(new SourceError(path, line, error));
                continue;
            }
            result.Add(new OchaCommunity(id!, english!, DelimitedTable.Field(f, nameAr), DelimitedTable.Field(f, admin4), DelimitedTable.Field(f, admin3),
                DelimitedTable.Field(f, admin2), DelimitedTable.Field(f, admin1), DelimitedTable.Field(f, admin1Pcode), y!.Value, x!.Value, "ocha"));
        }
        return result;
    }
}
