using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using static MapDashboard.Core.Tests.Geoparsing.ResolutionFixture;

using MapDashboard.Core.Tests.Pipeline;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// Issue #21 resolution rules on sentences composed for these tests (tuned on): the admin hierarchy the text names,
/// city or governorate, no far-fetched matches, and unknown multi-word names kept whole.
/// The held-out sentences are in <see cref="PlaceResolutionHeldOutTests"/>.
/// </summary>
public class PlaceResolutionTests
{
    [Fact]
    public void NamesakeVillage_SubDistrictAndGovernorateNamed_PicksTheOneThere()
    {
        var result = Parse("Artillery struck Ain Zarqa in the Salqin area of Idlib on Friday morning.");

        Assert.Equal(AinZarqaIdleb, Mention(result, "Ain Zarqa").Place);
        Assert.Equal(1, Mention(result, "Ain Zarqa").Precision);
    }

    [Fact]
    public void NamesakeVillage_WithoutTheHierarchyWeights_IsLeftUnresolved()
    {
        // The control for the district test: the two Mazraat Salim differ only in their admin path, and the
        // district named (Salamiyah) is not itself a place of the fixture, so nothing but the hierarchy can decide.
        var flat = new RankerWeights { SubDistrictNamed = 0, DistrictNamed = 0, GovernorateNamed = 0 };
        var parser = TestPipeline.GeoparserOver(Villages, new RankerOptions { Weights = flat });

        var result = parser.Parse(new MapDashboard.Core.Articles.ArticleInput("composed.txt", "Drones dropped leaflets over Mazraat Salim in rural Salamiyah.", MapDashboard.Core.Articles.ArticleFormat.PlainText));

        Assert.False(Mention(result, "Mazraat Salim").Resolved);
    }

    [Fact]
    public void NamesakeVillage_GovernorateNamedAfterIn_PicksTheOneInThatGovernorate()
    {
        var result = Parse("Government shelling hit Ain Zarqa in al-Hasakeh, residents said.");

        Assert.Equal(AinZarqaHasakeh, Mention(result, "Ain Zarqa").Place);
    }

    [Fact]
    public void NamesakeVillage_RuralDistrictNamed_PicksTheOneInThatDistrict()
    {
        var result = Parse("Drones dropped leaflets over Mazraat Salim in rural Salamiyah.");

        Assert.Equal(MazraatSalimHama, Mention(result, "Mazraat Salim").Place);
    }

    [Fact]
    public void NamesakeVillage_DistrictNamedEarlierInTheArticle_PicksTheOneInThatDistrict()
    {
        var result = Parse("Fighting continued in the Harim district overnight. Rebels later shelled Ain Zarqa with mortars.");

        Assert.Equal(AinZarqaIdleb, Mention(result, "Ain Zarqa").Place);
    }

    [Fact]
    public void NamesakeVillage_NoAdminNamed_NearnessToTheArticlesPlacesDecides()
    {
        var result = Parse("A market was hit in Salqin. Hours later a second strike hit Ain Zarqa.");

        Assert.Equal(AinZarqaIdleb, Mention(result, "Ain Zarqa").Place);
    }

    [Fact]
    public void VillageInGovernorate_TheGovernorateIsContextAndTheVillageThePlace()
    {
        var result = Parse("The army shelled Kafr Hamra in Idlib on Wednesday.");

        Assert.Equal(KafrHamraIdleb, Mention(result, "Kafr Hamra").Place);
        Assert.Equal(IdlibGov, Mention(result, "Idlib").Place);
    }

    [Theory]
    [InlineData("Rebel shelling killed two civilians in Hama on Sunday.", "Hama")]
    [InlineData("Clashes broke out in Deir Ezzor between the army and the militants.", "Deir Ezzor")]
    [InlineData("Warplanes bombed Aleppo for a third day.", "Aleppo")]
    public void BareGovernorateName_InAFightingReport_MeansTheCity(string sentence, string name)
    {
        var place = Mention(Parse(sentence), name);

        Assert.Equal("PPLA", place.Place?.FeatureCode);
        Assert.Equal(1, place.Precision);
    }

    [Theory]
    [InlineData("Government forces captured three villages in the Hama countryside.", "Hama")]
    [InlineData("Airstrikes hit rural Raqqa after midnight.", "Raqqa")]
    [InlineData("Fighting spread across Idlib province during the week.", "Idlib")]
    public void GovernorateName_WithACue_MeansTheGovernorate(string sentence, string name)
    {
        var place = Mention(Parse(sentence), name);

        Assert.Equal("ADM1", place.Place?.FeatureCode);
        Assert.Equal(3, place.Precision);
    }

    [Fact]
    public void SameNameFarAway_IsNotTakenForASyrianVillage()
    {
        var result = Parse("Shelling hit Kafr Safra near Afrin as clashes went on in Aleppo.");

        var village = Mention(result, "Kafr Safra");
        Assert.False(village.Resolved);
        Assert.Equal(Afrin, village.Anchor);
        Assert.Equal(2, village.Precision);
    }

    [Fact]
    public void SkeletonMatch_OutsideTheArticlesRegion_IsNeverTaken()
    {
        var ranker = new PlaceRanker(new RankerOptions());
        var far = new Place("gn:T9", "Hamrat", -33.4, -70.6, "P", "PPL", "CL", "Santiago", null, 500000, "geonames");
        var mention = new PlaceMention("Hamrit", 0, 6, MentionCue.None, null, true, 0, 30);

        var result = ranker.Rank([mention], [[new GeoCandidate(far, MatchKind.Skeleton, 0.7, "Hamrat")]], (s, e) => (s, e, "Hamrit"), "Hamrit was shelled on Monday.");

        Assert.False(result[0].Resolved);
        Assert.Equal(0, result[0].CandidateCount);
    }

    [Fact]
    public void SkeletonMatch_InsideTheArticlesRegion_IsTaken()
    {
        var ranker = new PlaceRanker(new RankerOptions());
        var near = new Place("ocha:T8", "Hamrat", 35.4, 36.9, "P", "PPL", "SY", "Hama", "Hama", 0, "ocha");
        var mention = new PlaceMention("Hamrit", 0, 6, MentionCue.None, null, true, 0, 30);

        var result = ranker.Rank([mention], [[new GeoCandidate(near, MatchKind.Skeleton, 0.7, "Hamrat")]], (s, e) => (s, e, "Hamrit"), "Hamrit was shelled on Monday.");

        Assert.Equal(near, result[0].Place);
    }

    [Fact]
    public void UnknownMultiWordName_WithAGenericHead_StaysWholeAndIsAnchored()
    {
        var result = Parse("Militias stormed Burj Qasab, north of Manbij, at dawn.");

        Assert.DoesNotContain(result.Places, p => p.OriginalText == "Burj");
        var village = Mention(result, "Burj Qasab");
        Assert.False(village.Resolved);
        Assert.Equal(Manbij, village.Anchor);
    }

    [Fact]
    public void UnknownMultiWordName_WithoutAnAnchor_StaysWholeAndUnresolved()
    {
        var result = Parse("Families fled Tall Jaber after the shelling.");

        var village = Mention(result, "Tall Jaber");
        Assert.False(village.Resolved);
        Assert.Null(village.Anchor);
        Assert.DoesNotContain(result.Places, p => p.Place == TallAlgeria);
    }

    [Fact]
    public void PersonWithNasabAndEnglishStyleGroupNames_AreNotPlaces()
    {
        var result = Parse("Fighters of the Salqin Front clashed with men loyal to Omar ibn Afrin near Manbij.");

        Assert.Equal(["Manbij"], result.Places.Select(p => p.OriginalText));
    }
}
