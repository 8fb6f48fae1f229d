using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// The look-alike and close-spelling readings compare the surface's fold with the folds of a skeleton bucket's names,
/// kept beside the bucket after its first use: asked in any order, again and again, an index gives what a fresh index
/// gives. Invented places sharing consonants (k-f-r h-m-r and s-n-n), in and outside the focus country.
/// </summary>
public class SkeletonFoldsTests
{
    private static readonly (string Name, string Id, string Country, string Class)[] Names =
    [
        ("Kafr Hamra", "t:1", "SY", "P"), ("Kfar Hamrah", "t:2", "SY", "P"), ("Kafer Humra", "t:3", "SY", "P"), ("Kufr Hamra", "t:4", "LB", "P"),
        ("Kafr Hamra Hill", "t:5", "SY", "T"), ("Shanan", "t:6", "SY", "P"), ("Shinan", "t:7", "SY", "P"), ("Sunun", "t:8", "SY", "P"),
        ("Shanan", "t:9", "IQ", "P"), ("Bazaa", "t:10", "ES", "P"), ("Bza'a", "t:11", "SY", "P"), ("Biza'a", "t:12", "SY", "P"),
    ];

    private static readonly string[] Surfaces = ["Kafr Hamra", "Kfar Hamra", "Kufr Hamra", "Shanan", "Shenan", "Sunun", "Baza'a", "Bazaa", "Hamra"];

    private static PlaceIndex Fresh() =>
        PlaceIndex.Build(Names.Select(n => (n.Name, new Place(n.Id, n.Name, 35, 37, n.Class, n.Class == "P" ? "PPL" : "HLL", n.Country, null, null, 0, "test"))));

    private static string Answer(PlaceIndex index, string surface) =>
        string.Join(" | ", index.LookAlikes(surface).Select(c => $"{c.Place.Id} {c.Kind} {c.MatchedName}"))
        + " || " + string.Join(" | ", index.Candidates(surface).Select(c => $"{c.Place.Id} {c.Kind} {c.Score} {c.MatchedName}"));

    [Fact]
    public void AnIndexAskedAgainAndInAnyOrder_AnswersAsAFreshIndex()
    {
        var expected = Surfaces.ToDictionary(s => s, s => Answer(Fresh(), s));
        Assert.Contains(expected.Values, a => !a.StartsWith(" || ", StringComparison.Ordinal)); // some look-alikes
        Assert.Contains(expected.Values, a => a.Contains("CloseSpelling", StringComparison.Ordinal) || a.Contains("Fuzzy", StringComparison.Ordinal));
        var warm = Fresh();
        var random = new Random(28);
        for (var n = 0; n < 200; n++)
        {
            var surface = Surfaces[random.Next(Surfaces.Length)];
            Assert.Equal(expected[surface], Answer(warm, surface));
        }
    }
}
