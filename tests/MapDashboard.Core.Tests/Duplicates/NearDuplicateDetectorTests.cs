using MapDashboard.Core.Duplicates;
using Xunit.Abstractions;

namespace MapDashboard.Core.Tests.Duplicates;

public sealed class NearDuplicateDetectorTests(ITestOutputHelper output)
{
    private readonly NearDuplicateDetector _detector = new();

    [Fact]
    public void TuningPairs_PrecisionAndRecallAtLeast95Percent()
    {
        var pairs = DuplicatePairs.Build(DuplicatePairs.Load("stories-tuning.json"));
        var (precision, recall, wrong) = DuplicatePairs.Measure(_detector, pairs);
        output.WriteLine($"tuning: {pairs.Count} pairs, precision {precision:P1}, recall {recall:P1}; wrong: {string.Join("; ", wrong)}; closest separate pair: {DuplicatePairs.ClosestSeparatePair(_detector, pairs)}");
        Assert.True(precision >= 0.95 && recall >= 0.95, string.Join("; ", wrong));
    }

    [Fact]
    public void HeldOutPairs_PrecisionAndRecallAtLeast90Percent()
    {
        var pairs = DuplicatePairs.Build(DuplicatePairs.Load("stories-heldout.json"));
        var (precision, recall, wrong) = DuplicatePairs.Measure(_detector, pairs);
        output.WriteLine($"held-out: {pairs.Count} pairs, precision {precision:P1}, recall {recall:P1}; wrong: {string.Join("; ", wrong)}; closest separate pair: {DuplicatePairs.ClosestSeparatePair(_detector, pairs)}");
        Assert.True(precision >= 0.9 && recall >= 0.9, string.Join("; ", wrong));
    }

    [Fact]
    public void ExactCopy_IsCopyWithJaccardOne()
    {
        var text = "The council voted on Monday to rebuild the covered market that burned down in the winter, at a cost the mayor put at two million. "
            + "Traders who lost their stalls will be offered places in a temporary hall beside the bus station until the work is finished next year.";
        var verdict = _detector.Compare(text, text);
        Assert.Equal(DuplicateKind.Copy, verdict.Kind);
        Assert.Equal(1.0, verdict.Jaccard);
    }

    [Fact]
    public void ShortQuotedSentence_IsNotAnExcerpt()
    {
        var stored = string.Join(" ", Enumerable.Range(0, 40).Select(i => $"paragraph word{i} stands alone here."));
        var quote = "paragraph word3 stands alone here. paragraph word4 stands alone here.";
        Assert.Equal(DuplicateKind.Independent, _detector.Compare(quote, stored).Kind);
    }

    [Fact]
    public void EmptyText_IsIndependent() =>
        Assert.Equal(DuplicateKind.Independent, _detector.Compare("", "some stored text with words").Kind);

    [Fact]
    public void SignatureEstimate_IsCloseToExactJaccard()
    {
        var story = DuplicatePairs.Load("stories-tuning.json")[0];
        var a = string.Join("\n", story.Original);
        var b = string.Join("\n", story.Original[..3]);
        var exact = _detector.Compare(b, a).Jaccard;
        var estimate = MinHashSignature.OfText(a).EstimateJaccard(MinHashSignature.OfText(b));
        Assert.InRange(estimate, exact - 0.15, exact + 0.15);
    }

    [Fact]
    public void ExcerptAndOriginal_ShareABandKey_UnrelatedStoriesDoNot()
    {
        var stories = DuplicatePairs.Load("stories-tuning.json");
        var original = MinHashSignature.OfText(string.Join("\n", stories[1].Original)).BandKeys().ToHashSet();
        var excerpt = MinHashSignature.OfText(string.Join("\n", stories[1].Original[1..3])).BandKeys();
        var other = MinHashSignature.OfText(string.Join("\n", stories[2].Original)).BandKeys();
        Assert.Contains(excerpt, original.Contains);
        Assert.DoesNotContain(other, original.Contains);
    }

    [Fact]
    public void MinShared_IsTheFewestSharedShinglesTheContainmentRuleAccepts()
    {
        for (var count = 1; count <= 600; count++)
        {
            var min = _detector.MinShared(count);
            if (count < NearDuplicateOptions.Default.MinExcerptShingles)
            {
                // Too short to repeat anything: no count of shared shingles makes it an appearance.
                Assert.True(min > count, $"{count}: {min}");
                Assert.False(_detector.Compare(count, new ShingleOverlap(count, count)).IsAppearance);
                continue;
            }
            Assert.True(_detector.Compare(count, new ShingleOverlap(count, min)).IsAppearance, $"{count} with {min} shared");
            Assert.False(_detector.Compare(count, new ShingleOverlap(count, min - 1)).IsAppearance, $"{count} with {min - 1} shared");
        }
    }

    [Fact]
    public void AVerdictFromTheOverlap_IsTheVerdictFromTheSets()
    {
        var random = new Random(18);
        for (var pair = 0; pair < 200; pair++)
        {
            var stored = Enumerable.Range(0, random.Next(1, 300)).Select(_ => (ulong)random.NextInt64()).ToHashSet();
            var taken = stored.Where(_ => random.NextDouble() < random.NextDouble()).ToList();
            var fresh = taken.Concat(Enumerable.Range(0, random.Next(0, 200)).Select(_ => (ulong)random.NextInt64())).ToHashSet();
            var overlap = new ShingleOverlap(stored.Count, fresh.Count(stored.Contains));
            Assert.Equal(_detector.Compare(fresh, stored), _detector.Compare(fresh.Count, overlap));
        }
    }
}
