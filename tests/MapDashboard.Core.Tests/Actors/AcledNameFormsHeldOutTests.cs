using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Tests.Actors;

/// <summary>Held out: sentences written before the ACLED name forms were measured; not tuned on.</summary>
[Trait("Category", "HeldOut")]
public class AcledNameFormsHeldOutTests
{
    private static readonly ActorRecognizer Recognizer = new(FactionCatalogue.LoadDefault());

    [Theory]
    [InlineData("A convoy of the Military Forces of Turkey crossed the border at dawn.", "turkish-armed-forces")]
    [InlineData("Military Forces of Russia aircraft struck a bakery.", "russian-aerospace-forces")]
    [InlineData("The statement blamed the Islamic State in Iraq and the Levant for the ambush.", "islamic-state")]
    [InlineData("Hurras al Din members were seen at the crossroads.", "horas-al-din")]
    [InlineData("Fighters loyal to Operation Peace Spring entered the farm.", "syrian-national-army")]
    [InlineData("Militia (Pro-Government) gunmen fired at the market.", "pro-government-militia")]
    public void AcledNamesInText_AreTheirFactions(string text, string id) =>
        Assert.Contains(id, Recognizer.Recognize(text).Select(a => a.Faction.Id));
}
