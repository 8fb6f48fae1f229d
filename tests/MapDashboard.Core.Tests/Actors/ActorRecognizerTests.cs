using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Tests.Actors;

public class ActorRecognizerTests
{
    private static readonly FactionCatalogue Catalogue = FactionCatalogue.LoadDefault();
    private static readonly ActorRecognizer Recognizer = new(Catalogue);

    // Undated text: a role ("government forces") is read as its first holder.
    private static List<string> Ids(string text) => Recognizer.Recognize(text).Select(a => Catalogue.HolderOf(a.Faction, null).Id).ToList();

    [Fact]
    public void SeedSentence_FindsEveryCatalogueActor()
    {
        var ids = Ids("According to available information, Faylaq al-Sham, Nour al-Din al-Zenki, Jaish al-Nasr, Jaish al-Nukhba, Ahrar al-Sham, the Turkistan Islamic Party, the FSA's 2nd Army declared their readiness to assist Hayat Tahrir al-Sham.");

        Assert.Equal(["faylaq-al-sham", "nour-al-din-al-zinki", "jaish-al-nasr", "jaish-al-nukhba", "ahrar-al-sham", "turkistan-islamic-party", "fsa-2nd-army", "hayat-tahrir-al-sham"], ids);
    }

    [Theory]
    [InlineData("ISIS units have been developing an advance on the al-Sin air base.", "islamic-state")]
    [InlineData("The Russian Aerospace Forces deliver between 20 and 30 airstrikes against ISIS targets.", "russian-aerospace-forces")]
    [InlineData("Pro-Assad forces advanced into southern Idlib.", "saa")]
    [InlineData("The Syrian army’s Tiger Forces have liberated al-Brije.", "saa")]
    [InlineData("The most recent Turkish observation posts were created near the villages of Farkia.", "turkish-armed-forces")]
    [InlineData("Daesh attacked the town.", "islamic-state")]
    [InlineData("HTS took over much of the province.", "hayat-tahrir-al-sham")]
    [InlineData("Faylag al-Sham uses vehicles supplied to it by Turkey.", "faylaq-al-sham")]
    public void AliasesAndAdjectives_MapToTheCatalogue(string text, string id) => Assert.Contains(id, Ids(text));

    [Fact]
    public void LowercaseIs_IsNotTheIslamicState()
    {
        Assert.DoesNotContain("islamic-state", Ids("It is unlikely that this is over."));
        Assert.Contains("islamic-state", Ids("IS fighters withdrew."));
    }

    [Fact]
    public void UnknownGroupBuiltLikeKnownOnes_IsANewActorOfUnknownSide()
    {
        var found = Recognizer.Recognize("Liwa Suqour al-Jabal and Jaish al-Islam clashed.");

        var unknown = Assert.Single(found, a => a.IsNew);
        Assert.Equal("Liwa Suqour al-Jabal", unknown.Text);
        Assert.Equal("unknown", unknown.Faction.Side);
        Assert.Contains(found, a => a.Faction.Id == "jaish-al-islam");
    }

    [Fact]
    public void Lineage_FollowsRenamingsOverTime()
    {
        var nusra = Catalogue.Get("jabhat-al-nusra")!;

        Assert.Equal("jabhat-al-nusra", Catalogue.AsOf(nusra, new DateOnly(2015, 6, 1)).Id);
        Assert.Equal("jabhat-fatah-al-sham", Catalogue.AsOf(nusra, new DateOnly(2016, 9, 1)).Id);
        Assert.Equal("hayat-tahrir-al-sham", Catalogue.AsOf(nusra, new DateOnly(2018, 1, 11)).Id);
        Assert.Equal("saa", Catalogue.TopLevel(Catalogue.Get("tiger-forces")!).Id);
    }

    [Theory]
    [InlineData("Government forces shelled the town.", "2017-03-02", "saa")]
    [InlineData("Government forces shelled the town.", "2024-12-07", "saa")]
    [InlineData("Government forces shelled the town.", "2024-12-08", "syrian-government-forces-2024")]
    [InlineData("The army stormed the village.", "2025-04-30", "syrian-government-forces-2024")]
    [InlineData("Pro-Assad gunmen opened fire.", "2013-05-20", "pro-government-militia")]
    [InlineData("Pro-Assad gunmen opened fire.", "2025-03-07", "former-regime-remnants")]
    [InlineData("Regime forces shelled the town.", "2025-03-07", "saa")]
    [InlineData("General Security forces shelled the town.", "2025-03-07", "syrian-government-forces-2024")]
    public void Roles_AreReadAsTheirHolderAtTheDate(string text, string date, string id)
    {
        var on = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var found = Catalogue.WithRoleHolders(Recognizer.Recognize(text), on);

        Assert.Equal(id, found[0].Faction.Id);
        Assert.Equal(id, Catalogue.AsOf(Recognizer.Recognize(text)[0].Faction, on).Id);
    }

    [Fact]
    public void NewGovernmentForces_HaveTheirOwnSideAndStateForcesInterCode()
    {
        var derived = new MapDashboard.Core.Events.AcledDerivedFields(MapDashboard.Core.Events.EventLexicon.LoadDefault(), AcledActorMap.LoadDefault(), Catalogue);

        Assert.NotEqual(Catalogue.SideOf("saa").Id, Catalogue.SideOf("syrian-government-forces-2024").Id);
        Assert.Equal("syrian-government-forces-2024", AcledActorMap.LoadDefault().FactionOf("Military Forces of Syria (2024-)"));
        Assert.Equal("saa", AcledActorMap.LoadDefault().FactionOf("Military Forces of Syria (2000-2024)"));
        Assert.Equal(1, derived.Inter("syrian-government-forces-2024"));
        Assert.Equal(3, derived.Inter("former-regime-remnants"));
        Assert.Equal("13", derived.Interaction("former-regime-remnants", "syrian-government-forces-2024"));
    }

    [Fact]
    public void EveryFaction_HasASideWithAColour()
    {
        foreach (var faction in Catalogue.Factions)
        {
            Assert.Matches("^#[0-9a-f]{6}$", Catalogue.SideOf(faction.Id).Colour);
        }
        Assert.True(Catalogue.Factions.Count >= 50);
    }

    [Fact]
    public void EveryGroupNamedInTheSeeds_IsInTheCatalogue()
    {
        string[] named =
        [
            "Harakat Nour al-Din al-Zinki", "Liwa al-Haq", "Jabhat Ansar al-Din", "Jaish al-Sunna", "Mijahidou Ashidaa", "Kataib al-Aqsa",
            "Katibat Qawafel al-Shuhada", "Hayyat Tahrir al-Sham", "Jabhat Fatah al-Sham", "Jabhat al-Nusra", "Katibat Osoud al-Rahman",
            "Katibat al-Rashid", "Tajamu Fastaqim Kama Umirt", "Sukour al-Sham", "Kataib Thuwar al-Sham", "Jaish al-Islam (Idlib branch)",
            "Shamia Front", "Mujahidi Ibn Taimia", "Liwa Miqdad Bin Amro", "Jaish al-Mujahidin", "Horas al-Din", "Ansar al-Din",
            "Ansar al-Islam", "Liwa al-Muqatlin al-Ansar", "Tansiqiyat al-Jihad", "Fa Ithbatu", "Liwa al-Quds", "Jaish al-Fatah",
            "Jaish al-Fath", "al-Nusra Front", "Jaish al-Ahrar", "National Defense Forces", "Syrian Air Force", "Free Syrian Army",
        ];
        foreach (var name in named)
        {
            var found = Recognizer.Recognize(name);
            Assert.True(found.Count == 1 && !found[0].IsNew && found[0].Text == name, $"'{name}' is not a catalogue actor");
        }
    }

    /// <summary>Of two overlapping aliases the longer one names the actor, even when the shorter starts a word earlier.</summary>
    [Theory]
    [InlineData("The Army of Islam said its fighters held the ridge overnight.", "jaish-al-islam")]
    [InlineData("Later the Army of Conquest announced a push towards the highway.", "jaish-al-fatah")]
    [InlineData("Residents said the Army of Islam had withdrawn from the farms.", "jaish-al-islam")]
    public void LongerOverlappingAlias_Wins(string text, string id)
    {
        var ids = Ids(text);
        Assert.Contains(id, ids);
        Assert.DoesNotContain("saa", ids);
    }

    /// <summary>A shorter alias still stands when no longer alias reaches beyond it.</summary>
    [Theory]
    [InlineData("The army of the regime shelled the valley.", "saa")]
    [InlineData("Witnesses said the army entered the market at dawn.", "saa")]
    public void ShorterAlias_StandsAlone(string text, string id) => Assert.Equal(id, Ids(text)[0]);

    /// <summary>Issue 22: a catalogue name whose head is an English plural is the same faction written in the singular.</summary>
    [Theory]
    [InlineData("A Tiger Force column reached the crossroads at dawn.", "tiger-forces", "Tiger Force")]
    [InlineData("The Syrian Democratic Force said its fighters held the bridge.", "sdf", "Syrian Democratic Force")]
    [InlineData("A People's Protection Unit patrol was ambushed near the river.", "ypg", "People's Protection Unit")]
    [InlineData("Israel Defense Force jets flew over the border villages.", "israel", "Israel Defense Force")]
    public void SingularOfAPluralName_IsTheSameFaction(string text, string id, string mention)
    {
        var found = Assert.Single(Recognizer.Recognize(text), a => a.Faction.Id == id);

        Assert.Equal(mention, found.Text);
    }

    /// <summary>No singular is made where the name is no English plural: an invariant plural, a word after the Arabic article, a lowercase phrase.</summary>
    [Theory]
    [InlineData("Al-Sham Corps")]
    [InlineData("Liwa al-Quds")]
    [InlineData("government forces")]
    [InlineData("Islamic State")]
    public void NameWithoutAnEnglishPluralHead_HasNoSingular(string alias) => Assert.Null(ActorRecognizer.Singular(alias));

    [Fact]
    public void PluralName_HasItsSingular() => Assert.Equal("National Defense Force", ActorRecognizer.Singular("National Defense Forces"));

    /// <summary>Issue 22: factions of the desert fronts named by their own names and transliterations (Wikipedia).</summary>
    [Theory]
    [InlineData("Jaysh Usud al-Sharqiya fighters entered the village.", "lions-of-the-east-army")]
    [InlineData("The Army of the Eastern Lions said it held the hill.", "lions-of-the-east-army")]
    [InlineData("The Forces of Martyr Ahmad al-Abdo shelled the checkpoint.", "ahmad-al-abdo-forces")]
    [InlineData("Quwat Dir' al-Qalamoun fighters took the ridge.", "qalamoun-shield-forces")]
    public void DesertFrontFactions_AreInTheCatalogue(string text, string id) => Assert.Equal(id, Ids(text)[0]);
}
