using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Tests.Gazetteer;

public class FacilityNameFormsTests
{
    private static readonly FacilityNameForms Forms = new([
        ("AIRB", "airbase"), ("AIRB", "air base"), ("AIRB", "military airport"), ("AIRB", "airport"),
        ("OILF", "oil field"), ("OILF", "field"), ("PSTB", "crossing"), ("PSTB", "border crossing"),
    ]);

    [Fact]
    public void NameWithACategoryWord_GetsEveryOtherFormOfIt()
    {
        var names = Forms.Expand("AIRB", ["Wadi Hamra Airbase"]);

        Assert.Equal(["Wadi Hamra military airport", "Wadi Hamra air base", "Wadi Hamra airport"], names);
    }

    [Fact]
    public void LongestCategoryWordIsStripped_NotAShorterOneInsideIt()
    {
        // "X military airport" is X's base, not a base called "X military".
        var names = Forms.Expand("AIRB", ["Sabkha Military Airport"]);

        Assert.Contains("Sabkha airbase", names);
        Assert.DoesNotContain("Sabkha Military airbase", names);
    }

    [Fact]
    public void BareName_GetsNoForms_SoTheTownOfThatNameKeepsIt()
    {
        Assert.Empty(Forms.Expand("AIRB", ["Sabkha"]));
        Assert.Empty(Forms.Expand("OILF", ["Airbase"]));
    }

    [Fact]
    public void OtherFeatureCode_GetsNothing_AndGivenNamesAreNotRepeated()
    {
        Assert.Empty(Forms.Expand("PPL", ["Sabkha crossing"]));
        var names = Forms.Expand("PSTB", ["Bab Nur crossing", "Bab Nur border crossing"]);

        Assert.Empty(names);
    }

    [Fact]
    public void OilFieldWrittenShort_AnswersToTheLongForm()
    {
        Assert.Equal(["Tall Ruz oil field"], Forms.Expand("OILF", ["Tall Ruz field"]));
    }

    [Fact]
    public void Parse_ReadsRowsAndRejectsABadRowWithItsLine()
    {
        var forms = FacilityNameForms.Parse(
            [FacilityNameForms.Header, "# comment", "", "PSTB\tcrossing\tgeneral English", "PSTB\tborder gate\tgeneral English"], "forms.tsv");
        Assert.Equal(["Bab Nur border gate"], forms.Expand("PSTB", ["Bab Nur crossing"]));

        var error = Assert.Throws<FormatException>(() => FacilityNameForms.Parse([FacilityNameForms.Header, "DAM\tdam"], "forms.tsv"));
        Assert.Contains("forms.tsv:2", error.Message);
        Assert.Throws<FormatException>(() => FacilityNameForms.Parse(["code\tform"], "forms.tsv"));
    }

    [Fact]
    public void ShippedFormsFile_Parses_AndCoversEachCuratedFacilityCode()
    {
        var path = Path.Combine(Seeds.FindRoot(), "gazetteer", "sources", "facility_name_forms.tsv");
        var forms = FacilityNameForms.Parse(File.ReadLines(path), path);

        foreach (var (code, name) in new[] { ("AIRB", "X airbase"), ("OILF", "X oil field"), ("GASF", "X gas field"), ("PSTB", "X crossing") })
        {
            Assert.NotEmpty(forms.Expand(code, [name]));
        }
    }
}
