using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Tests.Text;

/// <summary>
/// The words read from a pattern are ones every match holds: one per branch of an alternation, the most selective part
/// of a sequence, nothing from an optional part, a class or a lookaround, and no answer for a construct it does not read.
/// </summary>
public class RegexLiteralsTests
{
    [Theory]
    [InlineData(@"\bshelled\b", RegexOptions.IgnoreCase, "shelled")]
    [InlineData(@"\b(?:no|without)\s+(?:fatalities|casualties)\b", RegexOptions.IgnoreCase, "fatalities casualties")]
    [InlineData(@"\bconvoys?\s+ago\b", RegexOptions.IgnoreCase, "convoy")]
    [InlineData(@"ab+c", RegexOptions.None, "!ab")]
    [InlineData(@"(?-i:Monday|Friday)|\bweekend\b", RegexOptions.IgnoreCase, "!Monday !Friday weekend")]
    [InlineData(@"(?<n>\d+)\s+(?<kind>killed|dead)", RegexOptions.IgnoreCase, "killed dead")]
    [InlineData(@"(?:the\s+)?village(?=\s+of)", RegexOptions.IgnoreCase, "village")]
    [InlineData(@"x{2}y", RegexOptions.None, "!x")]
    [InlineData(@"a\.b\-c", RegexOptions.IgnoreCase, "a.b-c")]
    public void ReadsTheWordsEveryMatchHolds(string pattern, RegexOptions options, string expected)
    {
        var words = RegexLiterals.Of(pattern, options);
        Assert.NotNull(words);
        var expectedWords = expected.Split(' ').Select(w => w.StartsWith('!') ? (w[1..], true) : (w, false));
        Assert.Equal(expectedWords.OrderBy(w => w.Item1), words.OrderBy(w => w.Word));
    }

    [Theory]
    [InlineData(@"\bunder\s+(?:the\s+)?(?<word>rebel|army)\s+control\b", "under;army rebel;control")]
    [InlineData(@"(?<![\w'’-])(?<word>rebel|Kurdish)\s+(?=(?:push|gains|advance)\b)", "Kurdish rebel;advance gains push")]
    [InlineData(@"(?<=\bunder\s+)rebel(?!\s+fighters)", "rebel;under")]
    [InlineData(@"\bshelled\b|\bstruck\s+(?:it|them)", "shelled struck")]
    [InlineData(@"\b(?:the\s+)?village\s+(?-i:Alpha|Beta)", "village;!Alpha !Beta")]
    public void AllOf_ReadsEachPartOfAOneBranchPattern_WithPositiveLookarounds(string pattern, string expected)
    {
        var sets = RegexLiterals.AllOf(pattern, RegexOptions.IgnoreCase);
        Assert.NotNull(sets);
        Assert.Equal(expected.Split(';').Order(StringComparer.Ordinal), sets.Select(set => string.Join(" ", set.Select(w => (w.ExactCase ? "!" : "") + w.Word).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(@"(?:fighters)?\s+\w+")]
    [InlineData(@"(?!killed)\w+")]
    [InlineData(@"killed|\w+")]
    public void AllOf_NeedsNothing_WhenSomeMatchHoldsNoWordItReads(string pattern) =>
        Assert.Null(RegexLiterals.AllOf(pattern, RegexOptions.None));

    [Theory]
    [InlineData(@"(?:fighters)?\s+\w+")]
    [InlineData(@"[A-Z]\w+")]
    [InlineData(@"(?i)killed")]
    [InlineData(@"(?=killed)\w+")]
    [InlineData(@"(\w)\1")]
    [InlineData(@"killed|")]
    public void NeedsNothing_WhenSomeMatchHoldsNoWordItReads(string pattern) =>
        Assert.Null(RegexLiterals.Of(pattern, RegexOptions.None));

    [Fact]
    public void FreeSpacing_IsNotRead() =>
        Assert.Null(RegexLiterals.Of("killed # a comment", RegexOptions.IgnorePatternWhitespace));
}
