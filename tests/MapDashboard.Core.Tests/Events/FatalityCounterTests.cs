using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>Issue 22.5: the number of deaths a sentence reports. Sentences written for this test.</summary>
public class FatalityCounterTests
{
    private static readonly FatalityCounter Counter = new(EventLexicon.LoadDefault());

    [Theory]
    [InlineData("A mortar round fell on a crowd and 12 people were killed, medics said.", 12)]
    [InlineData("An airstrike on a bakery queue left one man and 7 children dead.", 7)]
    [InlineData("A car bomb near the market killed 23 people on Friday.", 23)]
    [InlineData("Two fighters were killed in the ambush.", 2)]
    [InlineData("Clashes went on through the night, but no casualties were reported.", 0)]
    [InlineData("Shelling wounded 9 residents of the camp.", null)]
    // A year after a month name is a date, not a count.
    [InlineData("On 4 November 2019 masked gunmen killed a shopkeeper outside his home.", 1)]
    [InlineData("In August 2016 three herders were killed by a landmine near the dam.", 3)]
    [InlineData("The tribe said that since February 12, 2021 raiders killed 5 of its men.", 5)]
    [InlineData("Officials counted 2019 dead after the earthquake.", 2019)]
    // A year followed by a comma, a day beside its month and a year after "in" or "since" are dates too.
    [InlineData("On 11 June 2022, raiders shot and killed a farmer at his well.", 1)]
    [InlineData("On 25 June militiamen killed three drivers at a roadblock.", 3)]
    [InlineData("Since 2018 bandits have killed 14 traders on the desert road.", 14)]
    [InlineData("In mid-2015 a cholera outbreak left 30 people dead in the camp.", 30)]
    // Thousands separators are part of the count.
    [InlineData("The flood left 2,350 people dead along the river.", 2350)]
    public void Count_ReadsTheFigureTheSentenceGives(string sentence, int? expected)
    {
        Assert.Equal(expected, Counter.Count(sentence));
    }
}
