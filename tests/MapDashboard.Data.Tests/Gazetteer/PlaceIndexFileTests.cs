using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Data.Composition;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Gazetteer.Index;

namespace MapDashboard.Data.Tests.Gazetteer;

/// <summary>The prebuilt place index (issue #21 point 10, #18 point 3): same answers as the index built in memory, never used stale.</summary>
public sealed class PlaceIndexFileTests
{
    [Fact]
    public async Task ReadBack_GivesTheSameCandidatesAndLexiconAsTheIndexBuiltInMemory()
    {
        using var db = await GazetteerFixture.BuildSampleAsync();
        var built = await PlaceIndexLoader.BuildAsync(new SqliteGazetteer(db.Path));
        var path = Path.Combine(db.Folder, "test.placeindex");

        PlaceIndexFile.Write(path, built, "stamp 1");
        var loaded = PlaceIndexFile.TryRead(path, "stamp 1", out var reason);

        Assert.NotNull(loaded);
        Assert.Equal("", reason);
        AssertSameIndex(built, loaded);
    }

    [Fact]
    public async Task Loader_WritesTheFileAtBuild_UsesItWhileCurrent_AndRebuildsItAfterAChange()
    {
        await using var scratch = await new SqliteGazetteerContractTests.Fixture().CreateScratchAsync();
        var source = scratch.Store.IndexSource;
        var path = source.PrebuiltIndexPath!;

        Assert.Equal("there is no index file", await PlaceIndexLoader.EnsurePrebuiltAsync(source));
        Assert.Null(await PlaceIndexLoader.EnsurePrebuiltAsync(source));
        var written = File.GetLastWriteTimeUtc(path);
        AssertSameIndex(await PlaceIndexLoader.BuildAsync(source), await PlaceIndexLoader.LoadOrBuildAsync(source));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));

        var before = await source.ReadStampAsync();
        var place = await scratch.Store.UserPlaces.AddUserPlaceAsync("Qaryat Tajriba", [], 36.3, 37.4, "PPL", "test report");

        Assert.NotEqual(before, await source.ReadStampAsync());
        var reloaded = await PlaceIndexLoader.LoadOrBuildAsync(source);
        Assert.Contains(reloaded.Candidates("Qaryat Tajriba"), c => c.Place.Id == place.Id);
        Assert.Null(await PlaceIndexLoader.EnsurePrebuiltAsync(source));
        Assert.NotEqual(written, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public async Task AStaleOrDamagedFile_IsNotUsed()
    {
        using var db = await GazetteerFixture.BuildSampleAsync();
        var source = new SqliteGazetteer(db.Path);
        await PlaceIndexLoader.EnsurePrebuiltAsync(source);
        var path = source.PrebuiltIndexPath!;

        Assert.Null(PlaceIndexFile.TryRead(path, "another gazetteer", out var stale));
        Assert.Contains("another state of the gazetteer", stale);

        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length * 2 / 3)]);
        Assert.Contains("damaged", await PlaceIndexLoader.EnsurePrebuiltAsync(source));

        await File.WriteAllBytesAsync(path, [1, 2, 3]);
        AssertSameIndex(await PlaceIndexLoader.BuildAsync(source), await PlaceIndexLoader.LoadOrBuildAsync(source));
        Assert.Null(await PlaceIndexLoader.EnsurePrebuiltAsync(source));
    }

    /// <summary>
    /// A change of transliteration.tsv may touch too few names for the sample to notice: the file carries the stamp of the
    /// folding rules, and one written under other rules is refused and rebuilt, not used silently.
    /// </summary>
    [Fact]
    public async Task AFileFoldedUnderOtherSpellingRules_IsNotUsed_AndIsRebuilt()
    {
        using var db = await GazetteerFixture.BuildSampleAsync();
        var source = new SqliteGazetteer(db.Path);
        var built = await PlaceIndexLoader.BuildAsync(source);
        var path = source.PrebuiltIndexPath!;
        var stamp = (await PlaceIndexLoader.StampAsync(source, CancellationToken.None))!;
        var otherRules = TransliterationRules.Parse("kind\tfrom\tto\tsource\nword\tkherbet\tkhirbat\ttest rule\n");

        Assert.NotEqual(TransliterationRules.Default.Fingerprint, otherRules.Fingerprint);
        PlaceIndexFile.Write(path, built, stamp, $"folding code {NameFolding.CodeVersion}, rules {otherRules.Fingerprint}");

        Assert.Null(PlaceIndexFile.TryRead(path, stamp, out var reason));
        Assert.Contains("other spelling rules", reason);
        Assert.Contains("other spelling rules", await PlaceIndexLoader.EnsurePrebuiltAsync(source));
        AssertSameIndex(built, PlaceIndexFile.TryRead(path, stamp, out _));
    }

    [Fact]
    public void TheRulesFingerprint_FollowsWhatTheRulesDo_NotTheirSources()
    {
        const string header = "kind\tfrom\tto\tsource\n";
        var a = TransliterationRules.Parse(header + "word\tkfar\tkafr\tLevantine spelling\n");
        var sameRuleOtherSource = TransliterationRules.Parse("# comment\n" + header + "word\tkfar\tkafr\tanother note\n");
        var otherTarget = TransliterationRules.Parse(header + "word\tkfar\tkfr\tLevantine spelling\n");

        Assert.Equal(a.Fingerprint, sameRuleOtherSource.Fingerprint);
        Assert.NotEqual(a.Fingerprint, otherTarget.Fingerprint);
        Assert.Contains(TransliterationRules.Default.Fingerprint, NameFolding.RulesStamp);
    }

    /// <summary>A gazetteer built by a version that kept no change count, or whose names were folded under other spelling rules, is stale.</summary>
    [Theory]
    [InlineData("DELETE FROM meta WHERE key = 'generation'")]
    [InlineData("UPDATE meta SET value = 'folding code 0, rules 0000' WHERE key = 'folding'")]
    [InlineData("UPDATE meta SET value = '1' WHERE key = 'build_rules'")]
    public async Task AGazetteerWithoutAChangeCountOrFoldedUnderOtherRules_IsStale(string change)
    {
        using var db = await GazetteerFixture.BuildSampleAsync();
        var sources = VillageSampleSources.Write(Path.Combine(db.Folder, "sources2"));
        File.SetLastWriteTimeUtc(db.Path, DateTime.UtcNow.AddDays(1));
        Assert.False(GazetteerBuilder.IsStale(db.Path, sources));

        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = change;
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
        File.SetLastWriteTimeUtc(db.Path, DateTime.UtcNow.AddDays(1));

        Assert.True(GazetteerBuilder.IsStale(db.Path, sources));
        Assert.Equal(change.Contains("generation"), await new SqliteGazetteer(db.Path).ReadStampAsync() is null);
    }

    private static void AssertSameIndex(PlaceIndex expected, PlaceIndex? actual)
    {
        Assert.NotNull(actual);
        var (a, b) = (expected.ToSnapshot(), actual.ToSnapshot());
        Assert.Equal(a.ByFold.Keys, b.ByFold.Keys);
        Assert.Equal(a.BySkeleton.Keys, b.BySkeleton.Keys);
        foreach (var (key, entries) in a.ByFold)
        {
            Assert.Equal(entries, b.ByFold[key]);
        }
        foreach (var (key, entries) in a.BySkeleton)
        {
            Assert.Equal(entries, b.BySkeleton[key]);
        }
        Assert.True(a.LexiconKeys.SetEquals(b.LexiconKeys));
        Assert.True(a.LexiconPrefixes.SetEquals(b.LexiconPrefixes));
        Assert.True(a.LexiconSkeletons.SetEquals(b.LexiconSkeletons));
        Assert.Equal((a.MaxWords, a.PlaceCount, expected.Lexicon.Count), (b.MaxWords, b.PlaceCount, actual.Lexicon.Count));
        var surfaces = a.ByFold.Values.SelectMany(e => e.Select(x => x.Name)).Append("Idlyb").Append("AL BÂB").Append("Qwxzv").Distinct();
        foreach (var surface in surfaces)
        {
            Assert.Equal(expected.Candidates(surface), actual.Candidates(surface));
            Assert.Equal(expected.Lexicon.ContainsSkeleton(surface), actual.Lexicon.ContainsSkeleton(surface));
        }
        Assert.NotEmpty(a.ByFold);
    }
}
