namespace MapDashboard.Core.Geoparsing;

/// <summary>Thresholds of the place ranker, bound from configuration.</summary>
public sealed record RankerOptions
{
    /// <summary>Below this confidence a mention is reported unresolved, not guessed.</summary>
    public double MinConfidence { get; init; } = 0.35;

    /// <summary>
    /// Country votes every article starts with before its own place names are counted: the conflict the deployment
    /// follows (Syria by default). One vote, so an article about elsewhere outweighs it after a couple of names.
    /// </summary>
    public IReadOnlyDictionary<string, double> PriorFocus { get; init; } = new Dictionary<string, double> { ["SY"] = 1.0 };

    /// <summary>Below this total score the best candidate is not taken, however far ahead of the others it is.</summary>
    public double MinScore { get; init; } = 0.9;

    /// <summary>Within this distance (km) places named in one sentence support each other.</summary>
    public double SentenceCoherenceKm { get; init; } = 60;

    /// <summary>Within this distance (km) places named in one article support each other.</summary>
    public double ArticleCoherenceKm { get; init; } = 200;

    /// <summary>
    /// The least lead the best candidate needs over a namesake lying more than <see cref="NamesakeKm"/> away: two
    /// villages of one name that nothing in the text tells apart leave the mention unresolved, not guessed.
    /// </summary>
    public double MinLeadOverNamesake { get; init; } = 0.05;

    /// <summary>Namesakes closer than this (km) are one place for <see cref="MinLeadOverNamesake"/> (twin records, a village and its farms).</summary>
    public double NamesakeKm { get; init; } = 10;

    /// <summary>
    /// Within this distance (km) of another place the report names, a namesake is the one the report means when no other
    /// namesake lies as near (<see cref="NeighbourEvidence"/>): villages fought over together lie a few km apart.
    /// </summary>
    public double NeighbourKm { get; init; } = 25;

    /// <summary>
    /// Below this population a populated place (not a seat of administration) is a village: an event "near" it is
    /// coded at it (precision 1); near a town or city it is precision 2.
    /// </summary>
    public long NearVillageMaxPopulation { get; init; } = 10_000;

    /// <summary>
    /// The most places a loose (skeleton) match may share its consonants with and still be taken: beyond it the
    /// consonants are common and the match a coincidence, not a spelling variant.
    /// </summary>
    public int MaxLooseLookAlikes { get; init; } = 3;

    /// <summary>Within this distance (km) of another place of the article a loose match among many look-alikes is still taken.</summary>
    public double LookAlikeNeighbourKm { get; init; } = 25;

    /// <summary>
    /// A reading spelled as written farther than this (km) from every other point place of the report lies outside the
    /// report's area: a consonant look-alike near one of those places may then be the place meant (<see cref="PlaceRanker"/>).
    /// </summary>
    public double LookAlikeFarKm { get; init; } = 50;

    /// <summary>
    /// Within this distance (km) of another point place of the report a consonant look-alike is that report's place, when
    /// the reading spelled as written lies beyond <see cref="LookAlikeFarKm"/> (a weaker spelling needs a closer neighbour
    /// than a namesake spelled as written, <see cref="NeighbourKm"/>).
    /// </summary>
    public double LookAlikeNearKm { get; init; } = 10;

    /// <summary>
    /// "A in Hama", "A in the southern countryside of Hasakah": a reading of A outside that governorate is still taken
    /// within this distance (km) of the governorate's point or seat (a village over the line, a governorate named
    /// loosely); beyond it, it is a namesake elsewhere and A is drawn at the governorate's seat instead.
    /// </summary>
    public double GovernorateReachKm { get; init; } = 100;

    /// <summary>
    /// "A of Damascus", "A in Damascus": the reach (km) of a governorate that is one city alone (word list
    /// <c>city-governorate</c>): its suburbs over the line in the governorate around it, not a namesake 80 km off.
    /// </summary>
    public double CityGovernorateReachKm { get; init; } = 30;

    /// <summary>
    /// A village read farther than this (km) from every other place of the report, while its sentence names a settled
    /// place, is a namesake of a place the gazetteer does not know (<c>PlaceRanker.FarFromItsSentence</c>).
    /// </summary>
    public double FarVillageKm { get; init; } = 100;

    /// <summary>
    /// A village's namesake farther than this (km) from the best reading, when nothing in the text decides between them
    /// (<c>PlaceRanker.UndecidedNamesake</c>), leaves the name unresolved rather than drawn at the better-recorded reading.
    /// </summary>
    public double UndecidedNamesakeKm { get; init; } = 25;

    /// <summary>The weights the ranker adds up per candidate.</summary>
    public RankerWeights Weights { get; init; } = new();
}
