using MapDashboard.Data.Gazetteer;

namespace MapDashboard.Data.Tests.Gazetteer;

/// <summary>Small gazetteer sources written by the tests: real GeoNames rows, a broken line, and a curated file.</summary>
internal static class SampleSources
{
    public const string AlBab = "174018\tAl Bāb\tAl Bab\tAl-Bab,al-Bab,الباب\t36.37051\t37.5157\tP\tPPLA2\tSY\t\t09\t\t\t\t130745\t\t446\tAsia/Damascus\t2012-01-19";
    public const string Idlib = "169389\tIdlib\tIdlib\tEdlib,Idleb,إدلب\t35.93062\t36.63393\tP\tPPLA\tSY\t\t12\t\t\t\t128840\t\t449\tAsia/Damascus\t2012-01-19";
    public const string Tadif = "163811\tTādif\tTadif\tTadef,Tadif\t36.34814\t37.5309\tP\tPPLA3\tSY\t\t09\t\t\t\t34670\t\t455\tAsia/Damascus\t2012-01-19";
    public const string Tadmur = "163808\tTadmur\tTadmur\tPalmyra,Tadmor\t34.5624\t38.28402\tP\tPPLA2\tSY\t\t11\t\t\t\t51015\t\t403\tAsia/Damascus\t2012-01-19";
    public const string PalmyraUs = "4899581\tPalmyra Town\tPalmyra Town\tPalmyra\t41.6736\t-88.0017\tP\tPPL\tUS\t\tIL\t\t\t\t800\t\t200\tAmerica/Chicago\t2012-01-19";

    public static GazetteerSources Write(string folder, params string[] extraCityLines)
    {
        Directory.CreateDirectory(folder);
        var cities = Path.Combine(folder, "cities500.txt");
        File.WriteAllLines(cities, new[] { AlBab, Idlib, Tadif, Tadmur, PalmyraUs, "not a geonames line", "999\tBroken\tBroken\t\tnorth\teast\tP\tPPL\tSY\t\t\t\t\t\t0\t\t\t\t" }.Concat(extraCityLines));

        var countries = Path.Combine(folder, "countries.tsv");
        File.WriteAllText(countries, NaturalEarthTables.CountriesHeader + "\n"
            + "SY\tSYR\tSyria\tSyrian Arab Republic|Syrie\t34.8\t38.5\t35.7\t32.3\t42.4\t37.3\n");
        var admin1 = Path.Combine(folder, "admin1.tsv");
        File.WriteAllText(admin1, NaturalEarthTables.Admin1Header + "\n"
            + "SY-ID\tSY\tIdlib\tIdleb|Edleb\tGovernorate\tSY.12\t169388\t35.85\t36.68\t36.2\t35.3\t36.9\t36.3\n"
            + "SY-HL\tSY\tAleppo\tHalab\tGovernorate\tSY.09\t170062\t36.2\t37.5\t36.5\t35.5\t38.6\t36.8\n");
        var airports = Path.Combine(folder, "airports.json");
        File.WriteAllText(airports, """
            [{"ident":"OS57","type":"medium_airport","name":"Abu ad Duhur Air Base","latitude_deg":"35.7322","longitude_deg":"37.1042","iso_country":"SY","iso_region":"SY-ID","keywords":"OS57, Abu ad Duhor"},
             {"ident":"KJFK","type":"large_airport","name":"John F Kennedy International Airport","latitude_deg":"40.63","longitude_deg":"-73.77","iso_country":"US","iso_region":"US-NY","keywords":""}]
            """);
        var curated = Path.Combine(folder, "curated");
        Directory.CreateDirectory(curated);
        File.WriteAllText(Path.Combine(curated, "test.tsv"), Data.Gazetteer.CuratedSupplementReader.Header + "\n"
            + "tiyas-airbase\tTiyas Military Airbase\tTiyas Airbase|T4\tAIRB\t34.52250\t37.62972\t\tSY\tHoms\t\twikipedia:Tiyas Military Airbase\t\n"
            + "no-source\tNowhere\t\tPPL\t35\t36\t\tSY\t\t\t\t\n"
            + "bad-code\tSomewhere\t\tXYZ\t35\t36\t\tSY\t\t\tref\t\n");
        return new GazetteerSources(cities, countries, admin1, airports, curated);
    }
}
