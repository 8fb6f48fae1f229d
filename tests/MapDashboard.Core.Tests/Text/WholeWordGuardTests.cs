using MapDashboard.Core.Events;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Tests.Text;

/// <summary>
/// Session 27: the planted-device guard tests its device nouns as whole words, so "determined", "bombing" and "charged" no
/// longer pass it, and it never skips a sentence the planted-device pattern matches (random sentences of the pattern's words,
/// words holding them, and look-alike letters). The sentences are invented for the test.
/// </summary>
public class WholeWordGuardTests
{
    [Theory]
    [InlineData("The committee determined the route of the new canal.", false)]
    [InlineData("Aircraft kept bombing the ridge through the night.", false)]
    [InlineData("Two clerks were charged with fraud at the port.", false)]
    [InlineData("A mine planted near the well wounded a herder.", true)]
    [InlineData("Police said a BOMB was hidden under the stall.", true)]
    [InlineData("Divers found explosive  charges laid along the jetty.", true)]
    [InlineData("Workers cleared the mine-field by the road.", true)]
    public void PlantedDeviceGuard_PassesOnlyWholeDeviceNouns(string sentence, bool may) =>
        Assert.Equal(may, PlantedDevice.Guard.MayMatch(sentence));

    [Fact]
    public void PlantedDeviceGuard_NeverSkipsASentenceThePatternMatches()
    {
        var forms = EventLexicon.LoadDefault().CueForms("device-noun").Concat(EventLexicon.LoadDefault().CueForms("planting-verb"));
        string[] words = [.. forms, "determined", "bombing", "charged", "minesweeper", "the", "that", "rebels", "by", "had", "a", "two", "5"];
        string[] odd = [" ", "  ", ",", ".", "-", "'", "\u2019", "\u00A0", "\u212A", "\u017F", "\u0130", "é", "_", "x", "7"];
        var matched = 0;
        var skipped = 0;
        foreach (var sentence in RandomSentences.Build(words, odd, count: 6000, maxPieces: 8, noSpaceOneIn: 4, seed: 27))
        {
            var may = PlantedDevice.Guard.MayMatch(sentence);
            if (PlantedDevice.Pattern.IsMatch(sentence))
            {
                matched++;
                Assert.True(may, $"\"{sentence}\" matches but the guard skipped it");
            }
            skipped += may ? 0 : 1;
        }
        Assert.True(matched > 500, $"only {matched} random sentences matched the pattern");
        Assert.True(skipped > 500, $"only {skipped} random sentences were skipped");
    }

    [Fact]
    public void WholeWordGuard_TakesOnlyWordsOfAsciiLetters()
    {
        Assert.Throws<ArgumentException>(() => new WholeWordGuard(["land mine"]));
        Assert.Throws<ArgumentException>(() => new WholeWordGuard([]));
        Assert.True(new WholeWordGuard(["mine"]).MayMatch("a \u212Aind of minerals"));
        Assert.False(new WholeWordGuard(["mine"]).MayMatch("mines and minerals, examined"));
    }
}
