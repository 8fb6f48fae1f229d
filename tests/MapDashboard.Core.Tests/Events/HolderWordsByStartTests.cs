using MapDashboard.Core.Actors;
using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>The holder readers' mentions in order of their start: the same list a stable sort gives, without sorting a list already in order.</summary>
public class HolderWordsByStartTests
{
    private static readonly Faction[] Factions = [.. FactionCatalogue.LoadDefault().Factions.Take(3)];

    [Fact]
    public void RandomLists_AreOrderedAsAStableSortOrdersThem_AndAnOrderedListIsKept()
    {
        var random = new Random(28);
        for (var n = 0; n < 2000; n++)
        {
            var mentions = Enumerable.Range(0, random.Next(0, 7))
                .Select(i => new ActorMention(random.Next(0, 8), 20 + i, $"m{i}", Factions[random.Next(Factions.Length)], random.Next(2) == 0)).ToList();
            var expected = mentions.OrderBy(a => a.Start).ToList();
            var ordered = HolderWords.ByStart([.. mentions]);
            Assert.Equal(expected.Count, ordered.Count);
            Assert.True(expected.Zip(ordered).All(p => ReferenceEquals(p.First, p.Second)), "the same mentions in the same order");
        }
        var sorted = new List<ActorMention> { new(1, 4, "a", Factions[0], false), new(1, 6, "b", Factions[1], false), new(9, 12, "c", Factions[0], true) };
        Assert.Same(sorted, HolderWords.ByStart(sorted));
    }
}
