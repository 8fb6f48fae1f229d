namespace MapDashboard.Data.Export;

/// <summary>The export formats.</summary>
public enum ExportFormat
{
    Csv,
    GeoJson,
    Kml,
}
