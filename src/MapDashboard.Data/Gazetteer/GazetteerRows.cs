using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Data.Gazetteer;

/// <summary>A places row as both gazetteer stores read it (Dapper maps the columns by name).</summary>
internal class PlaceRow
{
    /// <summary>The columns of <c>places p</c> under the names this row maps, in the same SQL on SQLite and PostgreSQL.</summary>
    public const string Columns = """
        p.pid AS Pid, p.id AS Id, p.name AS Name, p.lat AS Lat, p.lon AS Lon, p.feature_class AS FeatureClass,
        p.feature_code AS FeatureCode, p.country AS Country, p.admin1 AS Admin1, p.admin2 AS Admin2,
        p.admin3 AS Admin3, p.name_ar AS NameAr, p.population AS Population, p.source AS Source, p.wkt AS Wkt
        """;

    public long Pid { get; set; }
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public double Lat { get; set; }
    public double Lon { get; set; }
    public string FeatureClass { get; set; } = "";
    public string FeatureCode { get; set; } = "";
    public string? Country { get; set; }
    public string? Admin1 { get; set; }
    public string? Admin2 { get; set; }
    public string? Admin3 { get; set; }
    public string? NameAr { get; set; }
    public long Population { get; set; }
    public string Source { get; set; } = "";
    public string? Wkt { get; set; }

    public Place ToPlace() => new(Id, Name, Lat, Lon, FeatureClass, FeatureCode, Country, Admin1, Admin2, Population, Source, Wkt, Admin3, NameAr);
}

/// <summary>A place with the name that matched a lookup.</summary>
internal sealed class CandidateRow : PlaceRow
{
    public string MatchedName { get; set; } = "";
    public string FoldKey { get; set; } = "";
}
