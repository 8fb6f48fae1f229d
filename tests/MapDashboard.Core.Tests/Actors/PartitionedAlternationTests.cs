using System.Text;
using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Tests.Actors;

/// <summary>
/// The partitioned alternation finds exactly what the one regex finds: the same first match from every start, the
/// same anchored match at every position. Names and sentences are invented for the test.
/// </summary>
public class PartitionedAlternationTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Built the way the actor recognizer builds its patterns: escaped, a space is any white space, an apostrophe either form.
    private static string Plain(string alias) => Regex.Replace(Regex.Escape(alias).Replace("\\ ", @"\s+"), "['’]", "['’]");

    private static readonly string[] Names =
    [
        "the army", "Army of Free Men", "army", "Northern Hawks Brigade", "Hawks", "al-Nahr Front", "Nahr", "’Ahd Battalion",
        "'Umar Company", "9th Division", "K-Force", "Kestrel Group", "Idris Regiment", "Sons of the Valley", "Valley Guards",
        "#Coalition", "Émir Brigade", "Ümran Group", "(Shield) Unit", "x", "ZZ Top Company", "Oak", "oak grove fighters", "Cafés Unit",
        "Caf Band", "Al-Nahr Guards",
    ];

    private static readonly string[] Acronyms = ["IS", "NHB", "KF", "SVG"];

    // (pattern, plain form) pairs, as the actor recognizer orders them.
    private static List<(string Pattern, string Form)> Patterns() =>
        Names.Select(n => (Plain(n), n)).Concat(Acronyms.Select(a => ("(?-i:" + Regex.Escape(a) + ")", a)))
            .DistinctBy(p => p.Item1).OrderByDescending(p => p.Item1.Length).ToList();

    private static Regex Reference(List<(string Pattern, string Form)> patterns, bool anchored) =>
        new((anchored ? @"\G" : "") + @"(?<![\w-])(?:" + string.Join("|", patterns.Select(p => p.Pattern)) + @")(?![\w-])", Options);

    public static TheoryData<string> Sentences() =>
    [
        "The Army of Free Men said the army shelled Oak Grove fighters near the river.",
        "Fighters of the NORTHERN  HAWKS\tBRIGADE and IS took the hill; is it over? Is was not.",
        "A K-Force unit (Kestrel Group) met the 9th Division at dawn, while non-army units waited.",
        "The ’Ahd Battalion and the 'Umar Company joined Émir Brigade and ümran group.",
        "Kestrel Group with a Kelvin sign: \u212Aestrel Group; a long s: \u017Fons of the Valley.",
        "pre-army, army-led, _army, army_, 2army, armys, army\u200Dx, \u00E9army, x-ray and x.",
        "#Coalition and (Shield) Unit members met ZZ Top Company; zz top company agreed.",
        "",
        "army",
        "NHBKF SVG NHB-KF IS-IS",
    ];

    [Theory]
    [MemberData(nameof(Sentences))]
    public void EveryMatchAndEveryAnchoredMatch_AreTheRegexs(string text) => AssertSame(text);

    [Theory]
    [InlineData("the harbour was calm", 0, false)]
    [InlineData("the army crossed", 0, true)]
    [InlineData("THE\u00A0 ARMY crossed", 0, true)]
    [InlineData("the armyx crossed", 0, false)]
    [InlineData("the \u212Army crossed", 0, true)]
    [InlineData("Kestrel Grove", 0, false)]
    [InlineData("Kestrel Group", 0, true)]
    [InlineData("’Ahd Battalion", 0, true)]
    [InlineData("Ümran Group", 0, true)]
    [InlineData("Émir unit", 0, true)]
    public void APosition_WhereNoWholeAsciiFormIsFound_IsNotTried(string text, int position, bool tried)
    {
        var patterns = Patterns();
        var alternation = new PartitionedAlternation([.. patterns.Select(p => p.Pattern)], [.. patterns.Select(p => p.Form)], Options);
        Assert.Equal(tried, alternation.TriesAt(text, position));
    }

    [Fact]
    public void RandomTexts_OfNamesPiecesAndOddCharacters_MatchAsTheRegexDoes()
    {
        var random = new Random(18);
        string[] pieces = [.. Names, .. Acronyms, " ", "  ", "\t", "\n", "-", "'", "’", "_", ".", ",", "\u212A", "\u017F", "\u200D", "é", "İ", "ı", "the", "of", "Valley", "fighters", "9"];
        for (var i = 0; i < 400; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 16); n > 0; n--)
            {
                var piece = pieces[random.Next(pieces.Length)];
                text.Append(random.Next(3) switch { 0 => piece.ToUpperInvariant(), 1 => piece.ToLowerInvariant(), _ => piece });
                if (random.Next(2) == 0)
                {
                    text.Append(' ');
                }
            }
            AssertSame(text.ToString());
        }
    }

    private static void AssertSame(string text)
    {
        var patterns = Patterns();
        var partitioned = new PartitionedAlternation([.. patterns.Select(p => p.Pattern)], [.. patterns.Select(p => p.Form)], Options);
        var unanchored = Reference(patterns, anchored: false);
        var anchored = Reference(patterns, anchored: true);
        static (bool, int, int) Key(Match m) => m.Success ? (true, m.Index, m.Length) : (false, 0, 0);
        for (var start = 0; start <= text.Length; start++)
        {
            Assert.Equal(Key(unanchored.Match(text, start)), Key(partitioned.Match(text, start)));
            Assert.Equal(Key(anchored.Match(text, start)), Key(partitioned.MatchAt(text, start)));
        }
    }
}
