using MapDashboard.Data.Composition;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Data.Gazetteer;

namespace MapDashboard.Data.Tests.Gazetteer;

/// <summary>
/// What every gazetteer provider must answer on the sample sources (<see cref="SampleSources"/>): run once over SQLite
/// and once over PostgreSQL filled from the same SQLite file, with the same assertions.
/// </summary>
public abstract class GazetteerContractTests(GazetteerFixture fixture)
{
    private IGazetteer Gazetteer => fixture.Store.Gazetteer;

    [Fact]
    public async Task ExactName_FindsThePlace()
    {
        var found = await Gazetteer.FindCandidatesAsync("Tadmur");

        Assert.Equal(("gn:163808", MatchKind.Exact, "Tadmur"), (found[0].Place.Id, found[0].Kind, found[0].MatchedName));
        Assert.Equal((34.5624, 38.28402, "PPLA2", "SY", 51015L), (found[0].Place.Lat, found[0].Place.Lon, found[0].Place.FeatureCode, found[0].Place.CountryCode, found[0].Place.Population));
    }

    [Fact]
    public async Task AlternateName_FindsEveryPlace_MostProminentFirst()
    {
        var found = await Gazetteer.FindCandidatesAsync("Palmyra");

        Assert.Equal(["gn:163808", "gn:4899581"], found.Select(c => c.Place.Id));
        Assert.All(found, c => Assert.Equal(MatchKind.Exact, c.Kind));
    }

    [Fact]
    public async Task Diacritics_MatchTheFoldedKey()
    {
        var found = await Gazetteer.FindCandidatesAsync("AL BÂB");

        var bab = Assert.Single(found, c => c.Place.CountryCode == "SY");
        Assert.Equal(("ocha:C1202", MatchKind.Folded, "Aleppo"), (bab.Place.Id, bab.Kind, bab.Place.Admin1));
        Assert.All(found, c => Assert.Equal(MatchKind.Folded, c.Kind));
    }

    [Fact]
    public async Task OtherVowels_MatchTheSkeleton()
    {
        var found = await Gazetteer.FindCandidatesAsync("Idlyb");

        Assert.Contains(found, c => c.Place.Id == "gn:169389" && c.Kind == MatchKind.Skeleton);
    }

    [Fact]
    public async Task Misspelling_IsFoundByTheFuzzyPass()
    {
        var found = await Gazetteer.FindCandidatesAsync("Tadmuq");

        Assert.Equal(("gn:163808", MatchKind.Fuzzy), (found[0].Place.Id, found[0].Kind));
        Assert.InRange(found[0].Score, 0.41, 0.42);
        Assert.Empty(await Gazetteer.FindCandidatesAsync("Qwxzv"));
    }

    [Fact]
    public async Task NamedSearch_FindsNamesButNeverGuessesAMisspelling()
    {
        Assert.Empty(await Gazetteer.FindNamedAsync("Tadmuq"));
        Assert.Equal(("gn:163808", MatchKind.Exact), ((await Gazetteer.FindNamedAsync("Tadmur"))[0].Place.Id, (await Gazetteer.FindNamedAsync("Tadmur"))[0].Kind));
        Assert.Contains(await Gazetteer.FindNamedAsync("AL BÂB"), c => c.Place.Id == "ocha:C1202" && c.Kind == MatchKind.Folded);
    }

    [Fact]
    public async Task ProvinceAndAirbaseForms_FindTheAreaAndTheFacility()
    {
        Assert.Equal("ne1:SY-ID", (await Gazetteer.FindCandidatesAsync("Idlib province"))[0].Place.Id);
        Assert.Equal("oa:OS57", (await Gazetteer.FindCandidatesAsync("Abu al-Duhur Airbase"))[0].Place.Id);
        Assert.Equal("cur:tiyas-airbase", (await Gazetteer.FindCandidatesAsync("Tiyas Airbase"))[0].Place.Id);
    }

    [Fact]
    public async Task GetById_ReturnsThePlaceOrNull()
    {
        var tiyas = await Gazetteer.GetByIdAsync("cur:tiyas-airbase");

        Assert.Equal(("Tiyas Military Airbase", "AIRB", "Homs"), (tiyas!.Name, tiyas.FeatureCode, tiyas.Admin1));
        Assert.Null(await Gazetteer.GetByIdAsync("gn:1"));
    }

    [Fact]
    public async Task Nearest_ReturnsPointsNearestFirst_WithoutAreas()
    {
        var nearest = await Gazetteer.NearestAsync(36.36, 37.52, limit: 3);

        Assert.Equal(["ocha:C1202", "gn:163811", "ocha:C9002"], nearest.Select(n => n.Place.Id));
        Assert.InRange(nearest[0].DistanceKm, 1.2, 1.25);
        Assert.DoesNotContain(nearest, n => n.Place.FeatureClass == "A");
    }

    [Fact]
    public async Task BoundingBox_ReturnsThePlacesInside_MostPopulousFirst()
    {
        var box = await Gazetteer.InBoundingBoxAsync(37.0, 36.0, 38.0, 36.6);

        Assert.Equal(["ocha:C1202", "gn:163811"], box.Where(p => p.FeatureClass == "P").Take(2).Select(p => p.Id));
        Assert.Empty(await Gazetteer.InBoundingBoxAsync(0, 0, 1, 1));
    }

    [Theory]
    [InlineData("al-Bab")]
    [InlineData("Al Bab")]
    [InlineData("Al Bāb")]
    [InlineData("الباب")]
    public async Task Search_ExactNameInSyria_ComesBeforeLargerPlacesElsewhere(string typed)
    {
        var found = await Gazetteer.AutocompleteAsync(typed);

        Assert.Equal("ocha:C1202", found[0].Id);
        if (!NameFolding.IsNonLatin(typed))
        {
            Assert.Contains(found, p => p.Id == "gn:9000001");
        }
    }

    [Fact]
    public async Task Search_NeighbourBeforeTheWorld_AndExactBeforePrefix()
    {
        var found = await Gazetteer.AutocompleteAsync("Qaryat Jabal");

        Assert.Equal(["wof:201", "gn:9000002"], found.Take(2).Select(p => p.Id));
        Assert.Equal("gn:9000003", (await Gazetteer.AutocompleteAsync("Tadif"))[1].Id);
    }

    [Fact]
    public async Task Search_ResultsCarryTheAdminPathAndTheArabicName()
    {
        var village = (await Gazetteer.AutocompleteAsync("Kfar Nasr"))[0];

        Assert.Equal(("ocha:C9003", "Idlib", "Ariha", "Ehsem", "كفر نصر"), (village.Id, village.Admin1, village.Admin2, village.Admin3, village.NameAr));
        Assert.Equal("Ehsem, Ariha, Idlib", PlaceLabels.AdminPath(village));
        Assert.Equal("village", PlaceLabels.Type(village));
    }

    [Fact]
    public async Task MergedRecordIds_FindTheVillageTheyWereMergedInto()
    {
        Assert.Equal("ocha:C1202", (await Gazetteer.GetByIdAsync("gn:174018"))?.Id);
        Assert.Equal("ocha:C9003", (await Gazetteer.GetByIdAsync("wof:104"))?.Id);
        Assert.Equal("ocha:C9003", (await Gazetteer.GetByIdAsync("ocha:C9003"))?.Id);
    }

    [Fact]
    public async Task Autocomplete_FindsPrefixesThenSubstrings()
    {
        Assert.Equal("ocha:C1202", (await Gazetteer.AutocompleteAsync("al-Ba"))[0].Id);
        Assert.Equal("ne0:SY", (await Gazetteer.AutocompleteAsync("Syr"))[0].Id);
        Assert.Contains(await Gazetteer.AutocompleteAsync("dmu"), p => p.Id == "gn:163808");
        Assert.Empty(await Gazetteer.AutocompleteAsync("%_"));
    }

    [Fact]
    public async Task Lexicon_HoldsTheLatinNamesOfFocusCountriesAndBigPlaces()
    {
        var names = await Gazetteer.GetLexiconNamesAsync(["SY"], 100_000);
        var entries = await fixture.Store.IndexSource.LoadIndexEntriesAsync(["SY"], 100_000);

        Assert.Contains("Palmyra", names);
        Assert.DoesNotContain("الباب", names);
        Assert.DoesNotContain(names, n => n == "Palmyra Town");
        Assert.Contains(entries, e => e.Name == "Tadmor" && e.Place.Id == "gn:163808");
    }

    [Fact]
    public async Task Geoparser_LoadsItsIndexFromTheStore()
    {
        var index = await PlaceIndexLoader.BuildAsync(fixture.Store.IndexSource);

        Assert.Contains(index.Candidates("Tadmur"), c => c.Place.Id == "gn:163808");
    }

    [Fact]
    public async Task UserPlace_IsAddedWithItsNeighboursDivision_AndFound()
    {
        await using var scratch = await fixture.CreateScratchAsync();
        var store = scratch.Store;

        var place = await store.UserPlaces.AddUserPlaceAsync("Tuman", ["Tumen"], 36.40, 37.55, "PPL", "analyst's field report");

        Assert.StartsWith("user:tuman-", place.Id);
        var stored = await store.Gazetteer.GetByIdAsync(place.Id);
        Assert.Equal(("SY", "Aleppo", "analyst's field report"), (stored!.CountryCode, stored.Admin1, stored.Source));
        Assert.Equal(place.Id, (await store.Gazetteer.FindCandidatesAsync("Tuman"))[0].Place.Id);
        Assert.Equal(place.Id, (await store.Gazetteer.FindCandidatesAsync("Tumen"))[0].Place.Id);
        Assert.Equal(place.Id, (await store.Gazetteer.NearestAsync(36.40, 37.55, 1))[0].Place.Id);
        Assert.Contains(await store.IndexSource.LoadIndexEntriesAsync(["IQ"], 100_000), e => e.Place.Id == place.Id);
        await Assert.ThrowsAsync<ArgumentException>(() => store.UserPlaces.AddUserPlaceAsync("Nowhere", [], 95, 0, "PPL", "x"));
    }

    [Fact]
    public async Task UserPlace_AddedTwice_IsReplaced()
    {
        await using var scratch = await fixture.CreateScratchAsync();

        await scratch.Store.UserPlaces.AddUserPlaceAsync("Tuman", ["Old Village"], 36.40, 37.55, "PPL", "first report");
        var place = await scratch.Store.UserPlaces.AddUserPlaceAsync("Tuman", [], 36.40, 37.55, "PPL", "second report");

        var found = await scratch.Store.Gazetteer.FindCandidatesAsync("Tuman");
        Assert.Equal([(place.Id, "second report")], found.Select(c => (c.Place.Id, c.Place.Source)));
        Assert.Empty(await scratch.Store.Gazetteer.FindCandidatesAsync("Old Village"));
    }

    [Fact]
    public async Task UserPlace_SurvivesARefill()
    {
        await using var scratch = await fixture.CreateScratchAsync();
        var place = await scratch.Store.UserPlaces.AddUserPlaceAsync("Hawsh Salihyah", ["Hawsh Salhiya"], 33.51, 36.45, "PPL", "field report 2017");

        await scratch.RefillAsync();

        Assert.Equal(place.Id, (await scratch.Store.Gazetteer.FindCandidatesAsync("Hawsh Salhiya"))[0].Place.Id);
        Assert.Equal("gn:163808", (await scratch.Store.Gazetteer.FindCandidatesAsync("Tadmur"))[0].Place.Id);
        var again = await scratch.Store.UserPlaces.AddUserPlaceAsync("Tuman", [], 36.40, 37.55, "PPL", "after the refill");
        Assert.Equal(again.Id, (await scratch.Store.Gazetteer.FindCandidatesAsync("Tuman"))[0].Place.Id);
    }
}
