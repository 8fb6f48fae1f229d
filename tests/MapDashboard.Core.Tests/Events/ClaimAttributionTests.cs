using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>Whom a report is attributed to (the event's claim). Sentences written for this test.</summary>
public class ClaimAttributionTests
{
    private static readonly ClaimAttribution Claims = new(EventLexicon.LoadDefault());

    [Theory]
    [InlineData("Two tankers burned on the highway overnight, according to local sources.", "local sources")]
    [InlineData("The bridge was blown up before dawn, citing opposition activists.", "opposition activists")]
    [InlineData("The convoy reached the port on Monday, according to pro-militia media.", "pro-militia media")]
    [InlineData("Pro-Kurdish sources also claimed that the hill changed hands twice.", "Pro-Kurdish sources")]
    [InlineData("Four guards were detained at the border crossing, according to the Monitoring Centre.", "the Monitoring Centre")]
    [InlineData("Farmers said the well had dried up in the heat.", null)]
    public void Of_NamesTheSourceTheSentenceGives(string sentence, string? expected)
    {
        Assert.Equal(expected, Claims.Of(sentence));
    }
}
