using Dapper;
using MapDashboard.Core.Duplicates;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Appearances;

/// <summary>
/// Issue #18: the SQLite writer counts a candidate's shared shingles straight from its stored blob, stopping once the
/// containment rule is out of reach, and writes an article's band keys in one statement. Same verdicts, same rows.
/// </summary>
public sealed class AppearanceCandidateOverlapTests
{
    // General English words the texts below are drawn from (no article, no place, no actor).
    private static readonly string[] Words = """
        orchard ladder basket pear plum hedge gate meadow barn hay stack fence post lamb ewe shepherd crook kettle hearth
        porch swing apron bucket well rope pulley cellar cider press jar shelf quilt loom spindle thread needle thimble
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void TheOverlapFromTheBlob_GivesTheVerdictOfTheSets()
    {
        var detector = new NearDuplicateDetector();
        var appearances = 0;
        for (var seed = 0; seed < 60; seed++)
        {
            var stored = ProseArticles.Prose(Words, seed, 40 + seed * 3);
            // A copy, an excerpt, an expanded copy or another text, by seed.
            var fresh = (seed % 4) switch
            {
                0 => "Printed again.\n" + stored,
                1 => stored[..(stored.Length / (2 + seed % 3))],
                2 => stored + " " + ProseArticles.Prose(Words, seed + 1000, 30 + seed),
                _ => ProseArticles.Prose(Words, seed + 2000, 60),
            };
            var freshShingles = TextShingles.Of(fresh);
            var storedShingles = TextShingles.Of(stored);
            var candidate = new AppearanceCandidate { Id = seed, Shingles = TextFingerprint.Of(stored).ShinglesBlob() };
            var fromBlob = detector.Compare(freshShingles.Count, candidate.OverlapWith(freshShingles, detector.MinShared(freshShingles.Count)));
            var fromSets = detector.Compare(freshShingles, storedShingles);
            Assert.Equal(fromSets.IsAppearance, fromBlob.IsAppearance);
            if (fromSets.IsAppearance)
            {
                appearances++;
                Assert.Equal(fromSets, fromBlob); // counted to the end: the same figures too
            }
        }
        Assert.InRange(appearances, 10, 50); // both kinds of verdict were tried
    }

    [Fact]
    public void TheOverlapWalkedInStep_CountsWhatTheSetLookUpCounts_StoppedOrNot()
    {
        var detector = new NearDuplicateDetector();
        for (var seed = 0; seed < 80; seed++)
        {
            var stored = ProseArticles.Prose(Words, seed, 30 + seed * 2);
            var fresh = (seed % 5) switch
            {
                0 => "A reader's letter.\n" + stored,
                1 => stored[(stored.Length / 3)..],
                2 => ProseArticles.Prose(Words, seed + 500, 20 + seed) + " " + stored,
                3 => stored[..(stored.Length / 2)] + " " + ProseArticles.Prose(Words, seed + 900, 40),
                _ => ProseArticles.Prose(Words, seed + 3000, 50),
            };
            var fingerprint = TextFingerprint.Prepare(fresh);
            var candidate = new AppearanceCandidate { Id = seed, Shingles = TextFingerprint.Of(stored).ShinglesBlob() };
            // The rule's own minimum, none (counted to the end) and one out of reach from the start.
            foreach (var minShared in new[] { detector.MinShared(fingerprint.Shingles.Count), 0, fingerprint.Shingles.Count + 1 })
            {
                Assert.Equal(candidate.OverlapWith(fingerprint.Shingles, minShared), candidate.OverlapWith(fingerprint, minShared));
            }
        }
    }

    [Fact]
    public void ABlobNotInAscendingOrder_IsCountedByLookUp()
    {
        var fingerprint = TextFingerprint.Prepare(ProseArticles.Prose(Words, 7, 60));
        // The fresh text's own shingles, largest first: walked in step from the smallest, all but one would be missed.
        var descending = fingerprint.SortedShingles.Reverse().SelectMany(h => BitConverter.IsLittleEndian ? BitConverter.GetBytes(h) : BitConverter.GetBytes(h).Reverse()).ToArray();
        var candidate = new AppearanceCandidate { Id = 1, Shingles = descending };

        var overlap = candidate.OverlapWith(fingerprint, 0);

        Assert.Equal(new ShingleOverlap(fingerprint.Shingles.Count, fingerprint.Shingles.Count), overlap);
        Assert.Same(fingerprint.ShinglesBlob(), fingerprint.ShinglesBlob()); // made once, by Prepare on the worker
    }

    [Fact]
    public void AFingerprintThatOnlyQueries_NeverSorts_ThePreparedOneSortsWithItsBlob()
    {
        var text = ProseArticles.Prose(Words, 11, 80);
        var query = TextFingerprint.Of(text);
        _ = query.Signature.BandKeys();
        Assert.NotEmpty(query.Shingles);
        Assert.False(query.HasSorted); // a query (band keys, the set) does not sort the shingles

        var prepared = TextFingerprint.Prepare(text);
        Assert.True(prepared.HasSorted); // sorted where its blob was made, on the worker
        Assert.Equal(query.Shingles.Order().ToArray(), query.SortedShingles); // sorted at its first use
        Assert.Equal(prepared.ShinglesBlob(), query.ShinglesBlob());
    }

    [Fact]
    public void ACandidateWithoutStoredShingles_IsCountedFromItsText_EitherWay()
    {
        for (var seed = 0; seed < 12; seed++)
        {
            var stored = ProseArticles.Prose(Words, seed, 40 + seed * 4);
            var fingerprint = TextFingerprint.Prepare(seed % 2 == 0 ? "Printed again.\n" + stored : ProseArticles.Prose(Words, seed + 700, 50));
            // An article stored before its shingles were: no blob, its text shingled (and kept in the cache).
            var candidate = new AppearanceCandidate { Id = -1000 - seed, CleanedText = stored };
            var fromText = TextShingles.Of(stored);
            var expected = new ShingleOverlap(fromText.Count, fingerprint.Shingles.Count(fromText.Contains));
            Assert.Equal(expected, candidate.OverlapWith(fingerprint, 0));
            Assert.Equal(expected, candidate.OverlapWith(fingerprint.Shingles, 0));
        }
    }

    [Fact]
    public async Task AnArticlesBandKeys_AreWrittenInOneStatement_AllOfThem()
    {
        await using var db = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var text = ProseArticles.Prose(Words, 5, 120);
        var added = await new EventStore(db.Factory).IngestAsync(ProseArticles.Article("h1", text, "farm.example", "Farm notes", "Farm Weekly"));
        await using var connection = await db.OpenAsync();
        var stored = (await connection.QueryAsync<long>("SELECT band_key FROM article_bands WHERE article_id = @id", new { id = added.ArticleId }))
            .Order().ToList();
        Assert.Equal(TextFingerprint.Of(text).Signature.BandKeys().Distinct().Order().ToList(), stored);
    }
}
