using MapDashboard.Data.Gazetteer;

namespace MapDashboard.Data.Tests.Gazetteer;

/// <summary>
/// A village source may label a governorate by a spelling no folding ties to it (Who's On First gives 274 Syrian
/// localities the region "Days Az Zawr"); the alias table (admin1_label_aliases.tsv) names the governorate by its ISO
/// code, so those places carry the governorate's name and a report that names the governorate finds them in it.
/// </summary>
public class Admin1LabelAliasTests
{
    [Fact]
    public async Task ALabelOfTheAliasTable_GivesItsPlacesTheGovernorate_AndWithoutTheRowTheyKeepTheLabel()
    {
        foreach (var aliased in new[] { true, false })
        {
            using var db = new TempDatabase("gazetteer.db");
            var sources = VillageSampleSources.Write(Path.Combine(db.Folder, "sources"));
            File.AppendAllLines(Path.Combine(sources.VillageFolder!, "wof_sy_localities.tsv"),
                ["301\t0\tTall Qasab\tTall Qasab\t\t\tlocality\tPPL\t35.71\t36.58\t0\t-1\tEdlibb Govv\t\tgeonames"]);
            File.WriteAllLines(Path.Combine(sources.VillageFolder!, GazetteerSources.Admin1AliasFile),
                aliased ? ["label\tiso_3166_2\tsource", "Edlibb Govv\tSY-ID\ta misspelt region label (test)"] : ["label\tiso_3166_2\tsource"]);

            await new GazetteerBuilder().BuildAsync(db.Path, sources);

            var place = Assert.Single(await new SqliteGazetteer(db.Path).FindCandidatesAsync("Tall Qasab"), c => c.Place.Id.StartsWith("wof:", StringComparison.Ordinal)).Place;
            // Without the row the label stays as the source wrote it, a governorate no report names.
            Assert.Equal(aliased ? "Idlib" : "Edlibb Govv", place.Admin1);
        }
    }

    [Fact]
    public async Task ARowWithAnUnknownCodeOrWithoutASource_IsReported()
    {
        using var db = new TempDatabase("gazetteer.db");
        var sources = VillageSampleSources.Write(Path.Combine(db.Folder, "sources"));
        File.WriteAllLines(Path.Combine(sources.VillageFolder!, GazetteerSources.Admin1AliasFile),
            ["label\tiso_3166_2\tsource", "Nowhere Gov\tSY-XX\ttest", "Idlibb\tSY-ID\t"]);

        var report = await new GazetteerBuilder().BuildAsync(db.Path, sources);

        Assert.Equal(2, report.Errors.Count(e => e.File.EndsWith(GazetteerSources.Admin1AliasFile, StringComparison.Ordinal)));
    }
}
