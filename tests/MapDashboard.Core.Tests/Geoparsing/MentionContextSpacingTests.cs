using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Tests.Geoparsing;

public class MentionContextSpacingTests
{
    private static readonly string[] Texts =
    [
        "Shells fell on the northern countryside of Lakeview village near the old mill road, east of the dam.",
        "Troops entered the town of Redbank and the Redbank province, then the area north of Hilltop airport.",
        "General Omar met the governor of the region of Stonefield, in the vicinity of the M4 highway.",
    ];

    [Fact]
    public void A_cue_before_a_name_ends_in_white_space_and_one_after_it_starts_with_it()
    {
        foreach (var pattern in MentionContext.Patterns)
        {
            var source = pattern.Regex.ToString();
            var before = source.EndsWith('$');
            Assert.True(before || source.StartsWith(@"^\s+", StringComparison.Ordinal), source);
            foreach (var text in Texts)
            {
                for (var cut = 1; cut < text.Length; cut++)
                {
                    var side = before ? text[..cut] : text[cut..];
                    var edge = before ? side[^1] : side[0];
                    if (!char.IsWhiteSpace(edge))
                    {
                        Assert.False(pattern.Regex.IsMatch(side), $"{source} on '{side}'");
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("Clashes east of Redbank, near the river.", "Redbank")]
    [InlineData("Clashes in the Redbank countryside.", "Redbank")]
    public void Cues_on_a_spaced_side_are_still_read(string text, string name)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        var (cues, _) = MentionContext.Read(text, start, start + name.Length, 0, text.Length);

        Assert.NotEqual(MentionCue.None, cues);
    }
}
