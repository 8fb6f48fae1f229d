using MapDashboard.Data.Gazetteer;

namespace MapDashboard.Data.Tests.Gazetteer;

/// <summary>
/// The build gives each governorate OCHA's English name from the P-code table (ocha_admin1_iso3166.tsv): a name Natural
/// Earth does not carry ("Rural Damascus" for Rif Dimashq) finds the governorate, not the city it contains.
/// </summary>
public class OchaAdmin1NameTests
{
    [Fact]
    public async Task OchaEnglishGovernorateName_FindsTheGovernorate_InItsGovernorateForms()
    {
        using var db = new TempDatabase("gazetteer.db");
        var sources = VillageSampleSources.Write(Path.Combine(db.Folder, "sources"));
        File.AppendAllText(sources.Admin1Table, "SY-RD\tSY\tRif Dimashq\tDamascus\tGovernorate\tSY.08\t170652\t33.53\t37.07\t35.8\t32.7\t38.3\t34.2\n");
        File.AppendAllLines(Path.Combine(sources.VillageFolder!, GazetteerSources.OchaAdmin1File), ["SY03\tRural Damascus\tSY-RD\tOCHA COD admin-1 name (test)"]);

        await new GazetteerBuilder().BuildAsync(db.Path, sources);
        var gazetteer = new SqliteGazetteer(db.Path);

        foreach (var name in new[] { "Rural Damascus", "Rural Damascus Governorate", "Rural Damascus province" })
        {
            var exact = (await gazetteer.FindCandidatesAsync(name)).Where(c => c.Kind <= Core.Gazetteer.MatchKind.Folded).ToList();
            Assert.Equal("ne1:SY-RD", Assert.Single(exact).Place.Id);
        }
        // The governorates whose OCHA name is already one of theirs keep their names once.
        var idlib = Assert.Single(await gazetteer.FindCandidatesAsync("Idleb Governorate"), c => c.Place.Id == "ne1:SY-ID");
        Assert.Equal("Idlib", idlib.Place.Name);
    }

    [Fact]
    public async Task ARowWithoutASource_IsReportedAndAddsNoName()
    {
        using var db = new TempDatabase("gazetteer.db");
        var sources = VillageSampleSources.Write(Path.Combine(db.Folder, "sources"));
        File.AppendAllLines(Path.Combine(sources.VillageFolder!, GazetteerSources.OchaAdmin1File), ["SY02\tNorthern Halab\tSY-HL\t"]);

        var report = await new GazetteerBuilder().BuildAsync(db.Path, sources);

        Assert.Contains(report.Errors, e => e.File.EndsWith(GazetteerSources.OchaAdmin1File, StringComparison.Ordinal) && e.Message.Contains("source", StringComparison.Ordinal));
        Assert.DoesNotContain(await new SqliteGazetteer(db.Path).FindCandidatesAsync("Northern Halab"), c => c.Place.Id == "ne1:SY-HL" && c.Kind <= Core.Gazetteer.MatchKind.Folded);
    }
}
