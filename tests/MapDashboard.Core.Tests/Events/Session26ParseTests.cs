using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 26 (issue 18): the prefilters of the session-25 rules are read from their own patterns (GuardedRegex), so every
/// word of their lexicon kinds passes them: each form of the kind makes the rule apply in a sentence of our own.
/// </summary>
public class Session26ParseTests
{
    private static readonly EventLexicon Lexicon = EventLexicon.LoadDefault();

    public static TheoryData<string> DeviceNouns() => [.. Lexicon.CueForms("device-noun")];

    public static TheoryData<string> GatheringVerbs() => [.. Lexicon.CueForms("gathering-verb").Where(v => v.EndsWith("ed", StringComparison.Ordinal))];

    public static TheoryData<string> CrowdNouns() => [.. Lexicon.CueForms("crowd-noun")];

    [Theory]
    [MemberData(nameof(DeviceNouns))]
    public void EveryDeviceNoun_PlantedBySomeone_IsARemoteExplosive(string noun) =>
        Assert.Contains(CodingBattery.Code($"Gunmen planted the {noun} that killed a farmer near Nawa."), e => e.SubType == EventType.RemoteExplosive);

    [Theory]
    [MemberData(nameof(GatheringVerbs))]
    public void EveryGatheringVerb_WithADemand_IsAProtest(string verb) =>
        Assert.Contains(CodingBattery.Code($"Nurses {verb} outside the hospital in Sanamayn to demand unpaid wages."), e => e.Type == EventType.Protests);

    [Theory]
    [MemberData(nameof(CrowdNouns))]
    public void EveryCrowdNoun_Attacking_IsMobViolence(string noun) =>
        Assert.Contains(CodingBattery.Code($"An angry {noun} beat a shopkeeper in Dael."), e => e.SubType == EventType.MobViolence);

    [Fact]
    public void ACrowdNamedOnlyAfterTheAttack_IsNoMob() =>
        Assert.DoesNotContain(CodingBattery.Code("Gunmen beat a shopkeeper in Dael as a crowd watched."), e => e.SubType == EventType.MobViolence);
}
