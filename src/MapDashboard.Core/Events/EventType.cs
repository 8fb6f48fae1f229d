namespace MapDashboard.Core.Events;

/// <summary>ACLED's event types and sub-event types, so exports line up with what analysts already use.</summary>
public static class EventType
{
    public const string Battles = "Battles";
    public const string RemoteViolence = "Explosions/Remote violence";
    public const string ViolenceAgainstCivilians = "Violence against civilians";
    public const string StrategicDevelopments = "Strategic developments";
    public const string Protests = "Protests";
    public const string Riots = "Riots";

    /// <summary>Each event type's colour, in legend order: the dashboard's markers and the KML export share it.</summary>
    public static readonly IReadOnlyList<(string Type, string Colour)> Colours =
    [
        (Battles, "#d32f2f"),
        (RemoteViolence, "#ef6c00"),
        (ViolenceAgainstCivilians, "#6a1b9a"),
        (StrategicDevelopments, "#1565c0"),
        (Protests, "#2e7d32"),
        (Riots, "#5d4037"),
    ];

    /// <summary>The six event types (not sub-types).</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Battles, RemoteViolence, ViolenceAgainstCivilians, StrategicDevelopments, Protests, Riots,
    };

    public const string ArmedClash = "Armed clash";
    public const string GovernmentRegainsTerritory = "Government regains territory";
    public const string NonStateActorOvertakesTerritory = "Non-state actor overtakes territory";
    public const string AirDroneStrike = "Air/drone strike";
    public const string Shelling = "Shelling/artillery/missile attack";
    public const string RemoteExplosive = "Remote explosive/landmine/IED";
    public const string Attack = "Attack";
    public const string Agreement = "Agreement";
    public const string ChangeToGroup = "Change to group/activity";
    public const string BaseEstablished = "Headquarters or base established";
    public const string NonViolentTransfer = "Non-violent transfer of territory";
    public const string PeacefulProtest = "Peaceful protest";
    public const string ViolentDemonstration = "Violent demonstration";
    public const string MobViolence = "Mob violence";
    public const string ProtestWithIntervention = "Protest with intervention";
    public const string ExcessiveForce = "Excessive force against protesters";
    public const string ChemicalWeapon = "Chemical weapon";
    public const string SuicideBomb = "Suicide bomb";
    public const string Grenade = "Grenade";
    public const string SexualViolence = "Sexual violence";
    public const string AbductionForcedDisappearance = "Abduction/forced disappearance";
    public const string Arrests = "Arrests";
    public const string DisruptedWeaponsUse = "Disrupted weapons use";
    public const string Looting = "Looting/property destruction";
    public const string Other = "Other";

    /// <summary>ACLED's sub-event types of each event type (for analysts' corrections and imports).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> SubTypes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [Battles] = [ArmedClash, GovernmentRegainsTerritory, NonStateActorOvertakesTerritory],
        [RemoteViolence] = [ChemicalWeapon, AirDroneStrike, SuicideBomb, Shelling, RemoteExplosive, Grenade],
        [ViolenceAgainstCivilians] = [SexualViolence, Attack, AbductionForcedDisappearance],
        [StrategicDevelopments] = [Agreement, Arrests, ChangeToGroup, DisruptedWeaponsUse, BaseEstablished, Looting, NonViolentTransfer, Other],
        [Protests] = [PeacefulProtest, ProtestWithIntervention, ExcessiveForce],
        [Riots] = [ViolentDemonstration, MobViolence],
    };
}
