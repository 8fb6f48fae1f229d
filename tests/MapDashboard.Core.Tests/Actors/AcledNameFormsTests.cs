using System.Text;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Tests.Actors;

/// <summary>ACLED's actor names recognised in text as the factions the ACLED map gives them (sentences invented for these tests).</summary>
public class AcledNameFormsTests
{
    private static readonly HashSet<string> Countries = ["Syria", "Iraq", "United States"];

    private static readonly ActorRecognizer Shipped = new(FactionCatalogue.LoadDefault());

    private static List<string> Forms(string acledName) => AcledNameForms.Of(acledName, Countries).Select(f => f.Text).ToList();

    private static List<string> Ids(ActorRecognizer recognizer, string text) => recognizer.Recognize(text).Select(a => a.Faction.Id).ToList();

    [Theory]
    [InlineData("Military Forces of Syria (2000-2024)", "Military Forces of Syria")]
    [InlineData("Police Forces of Iraq (2014-)", "Police Forces of Iraq")]
    [InlineData("Military Forces of Freedonia (1990-2001)", "Military Forces of Freedonia")]
    public void PeriodBracket_IsDropped(string acledName, string form) => Assert.Contains(form, Forms(acledName));

    [Theory]
    [InlineData("Military Forces of Syria (2000-) Harbour Guard", "Harbour Guard")]
    [InlineData("Military Forces of Iraq (2014-) River Brigade", "River Brigade")]
    [InlineData("Police Forces of Syria (2000-) Traffic Unit", "Police Forces of Syria Traffic Unit")]
    public void UnitAfterItsForcesPeriod_StandsAloneToo(string acledName, string form) => Assert.Contains(form, Forms(acledName));

    [Theory]
    [InlineData("Valley Front (Syria)", "Valley Front")]
    [InlineData("Unknown Raiders (Iraq)", "Unknown Raiders")]
    [InlineData("Coastal Brigade (United States)", "Coastal Brigade")]
    public void CountryBracket_IsDropped(string acledName, string form) => Assert.Contains(form, Forms(acledName));

    [Theory]
    [InlineData("Militia (Pro-Government)")]
    [InlineData("Valley Front (Idlib branch)")]
    [InlineData("Mountain Army (Freedonia)")]
    public void OtherBrackets_AreKept(string acledName) => Assert.Equal([acledName], Forms(acledName));

    [Theory]
    [InlineData("KaM: Kataib al Maarif", "Kataib al Maarif")]
    [InlineData("FaR: Forest Rangers", "Forest Rangers")]
    [InlineData("LaQ: Lake Quarter Brigade", "Lake Quarter Brigade")]
    public void MixedCasePrefix_IsDropped_AndIsNoAlias(string acledName, string form)
    {
        var forms = AcledNameForms.Of(acledName, Countries);
        Assert.Contains((form, false), forms);
        Assert.DoesNotContain(forms, f => f.CaseSensitive);
    }

    [Theory]
    [InlineData("VF: Valley Front", "Valley Front", "VF")]
    [InlineData("HNDZ: Harbour Defence Movement", "Harbour Defence Movement", "HNDZ")]
    [InlineData("JKR: Jaysh al Kharroub", "Jaysh al Kharroub", "JKR")]
    public void CapitalPrefix_IsTheGroupsInitials_InCapitalsOnly(string acledName, string form, string acronym)
    {
        var forms = AcledNameForms.Of(acledName, Countries);
        Assert.Contains((form, false), forms);
        Assert.Contains((acronym, true), forms);
        Assert.DoesNotContain((acronym, false), forms);
    }

    [Theory]
    [InlineData("AAS fighters took the hill overnight.", "ahrar-al-sham")]
    [InlineData("JSH units shelled the crossing.", "fsa")]
    [InlineData("JSH Olive Branch forces entered the town.", "syrian-national-army")]
    [InlineData("FSA rebels entered the town.", "fsa")]
    public void AcronymBeforeAnotherName_IsItsModifier_UnlessTheHeadIsGeneric(string text, string id) =>
        Assert.Equal([id], Ids(Shipped, text));

    [Theory]
    [InlineData("Army of the Eastern Valley (AEV)", "Army of the Eastern Valley", "AEV")]
    [InlineData("Northern Storm Brigade (NSB)", "Northern Storm Brigade", "NSB")]
    [InlineData("Islamic Front of the Hills (IFH)", "Islamic Front of the Hills", "IFH")]
    public void AcronymBracket_IsAShortNameInCapitals(string acledName, string form, string acronym)
    {
        var forms = AcledNameForms.Of(acledName, Countries);
        Assert.Contains((form, false), forms);
        Assert.Contains((acronym, true), forms);
    }

    [Theory]
    [InlineData("Liwa al Fursan", "Liwa al-Fursan")]
    [InlineData("Al Jabal Corps", "Al-Jabal Corps")]
    [InlineData("KaM: Kataib al Maarif (Syria)", "Kataib al-Maarif")]
    public void SpacedArticle_IsAlsoHyphenated(string acledName, string form) => Assert.Contains(form, Forms(acledName));

    [Fact]
    public void Countries_AreTheOnesStateForcesAreNamedAfter()
    {
        var countries = AcledNameForms.CountriesOf(["Military Forces of Syria (2000-2024)", "Police Forces of Iraq (2014-)", "Military Forces of the United States", "Hezbollah"]);
        Assert.Equal(["Iraq", "Syria", "United States"], countries.Order());
    }

    [Theory]
    [InlineData("Military Forces of Syria shelled a hill west of the village on Monday.", "saa")]
    [InlineData("Units of the Military Forces of Syria (2000-2024) withdrew from two farms.", "saa")]
    [InlineData("Police Forces of Syria set up a checkpoint at the bridge.", "saa")]
    [InlineData("Islamic State (Syria) fighters ambushed a patrol on the desert road.", "islamic-state")]
    [InlineData("Military Forces of the United States flew a drone over the oil field.", "us-led-coalition")]
    [InlineData("Army of Mujahideen fighters said they held the hilltop.", "jaish-al-mujahidin")]
    [InlineData("Opposition Rebels took a grain silo after a night of fighting.", "rebels")]
    [InlineData("Fighters of the Tiger Paramilitary Forces entered the orchard.", "tiger-forces")]
    [InlineData("Jabhat Fateh al Sham fighters attacked an outpost.", "jabhat-fatah-al-sham")]
    public void ShippedMap_AcledNamesInText_AreTheirFactions(string text, string id) => Assert.Contains(id, Ids(Shipped, text));

    [Fact]
    public void ShippedMap_EveryNameAndForm_IsRecognisedAsItsFaction()
    {
        var map = AcledActorMap.LoadDefault();
        var names = map.Names.ToList();
        var countries = AcledNameForms.CountriesOf(names.Select(n => n.AcledName));
        // A form two ACLED names share ("JTS" of the Syria Liberation Front and of the Syrian Revolutionaries Front) stays with
        // the name listed first (WithAcledNames: the first claim wins), so it is checked against that one.
        var claimed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (acledName, factionId) in names)
        {
            foreach (var (form, _) in AcledNameForms.Of(acledName, countries))
            {
                var expected = claimed.TryAdd(form, factionId) ? factionId : claimed[form];
                var found = Shipped.Recognize("On Monday " + form + " moved in.");
                var mention = Assert.Single(found);
                Assert.True(expected == mention.Faction.Id, $"'{form}' (ACLED '{acledName}') is {mention.Faction.Id}, not {expected}");
            }
        }
    }

    [Fact]
    public void CatalogueEntries_WinOverAcledForms_AndUnknownFactionsAreAnError()
    {
        var catalogue = FactionCatalogue.Load(new MemoryStream(Encoding.UTF8.GetBytes(TinyCatalogue)));
        var withNames = catalogue.WithAcledNames(AcledActorMap.Parse(
            "acled_name\tfaction_id\tinter\tsource\nMilitary Forces of Ruritania (1990-)\tarmy\t1\ttest\nGuard Brigade (Ruritania)\tmilitia\t3\ttest\nValley Army (VAL)\tmilitia\t2\ttest\n"));
        var recognizer = new ActorRecognizer(withNames);

        Assert.Equal(["army"], Ids(recognizer, "Military Forces of Ruritania took the ford."));
        Assert.Equal(["army"], Ids(recognizer, "The Guard Brigade crossed the river."));
        Assert.Equal(["militia"], Ids(recognizer, "VAL fighters crossed the river."));
        Assert.Empty(Ids(recognizer, "The val was green."));
        Assert.Throws<InvalidDataException>(() => catalogue.WithAcledNames(AcledActorMap.Parse("acled_name\tfaction_id\tinter\tsource\nSea Wolves\tnavy\t2\ttest\n")));
    }

    private const string TinyCatalogue = """
        {"sides": [{"id": "pro-government", "name": "Government", "colour": "#c62828"}, {"id": "unknown", "name": "Unknown", "colour": "#9e9e9e"}],
         "factions": [
          {"id": "army", "name": "Ruritanian Army", "side": "pro-government", "source": "invented for this test", "aliases": ["Guard Brigade"]},
          {"id": "militia", "name": "Valley Militia", "side": "unknown", "source": "invented for this test", "aliases": []}]}
        """;
}
