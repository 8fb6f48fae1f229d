using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>Issue 22.5: the number of deaths a sentence reports. Sentences written for this test.</summary>
public class FatalityCounterTests
{
    private static readonly FatalityCounter Counter = new(EventLexicon.LoadDefault());

    [Theory]
    [InlineData("A mortar round fell on a crowd and 12 people were killed, medics said.", 12)]
    [InlineData("An airstrike on a bakery queue left one man and 7 children dead.", 8)]
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
    // A death noun with "of" is a killing word; counts joined to a killing count by "and" or a comma add up, until a
    // count of the wounded, a time ("two days later"), a part ("4 of them") or a bare "a".
    [InlineData("The blast at the depot resulted in the death of 4 workers.", 4)]
    [InlineData("The riot ended with the killing of a guard and two of his colleagues.", 3)]
    [InlineData("Artillery fire killed three soldiers, two policemen and 5 civilians near the bridge.", 10)]
    [InlineData("Raiders killed 2 herders and 3 others were wounded.", 2)]
    [InlineData("Gunmen killed two farmers and three days later burned their fields.", 2)]
    [InlineData("A landslide killed 9 villagers, 4 of them children.", 9)]
    [InlineData("Snipers killed two guards and a day later withdrew.", 2)]
    [InlineData("The strike killed 6 people and wounded 14.", 6)]
    // A killing the event is about (its cause or subject) is no toll of it; a claim of a killing still is.
    [InlineData("Shopkeepers closed their doors protesting the killing of a trader by militiamen.", null)]
    [InlineData("The group claimed responsibility for killing 12 soldiers at the checkpoint.", 12)]
    [InlineData("Fighting broke out over the death of a tribal elder, and 3 fighters were killed.", 3)]
    // Thousands separators are part of the count.
    [InlineData("The flood left 2,350 people dead along the river.", 2350)]
    public void Count_ReadsTheFigureTheSentenceGives(string sentence, int? expected)
    {
        Assert.Equal(expected, Counter.Count(sentence));
    }
}
