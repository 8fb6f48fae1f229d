namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// The weights the place ranker adds up for each candidate (bound from configuration with <see cref="RankerOptions"/>).
/// A candidate's score is: match kind + type fit + prominence + country focus + admin hierarchy named in the text +
/// coherence with the article's other places - penalties; the best score must clear <see cref="RankerOptions.MinScore"/>.
/// </summary>
public sealed record RankerWeights
{
    /// <summary>Base score of a name written exactly as the gazetteer has it.</summary>
    public double ExactMatch { get; init; } = 1.0;

    /// <summary>Base score of a name equal after folding (diacritics, articles, spelling variants).</summary>
    public double FoldedMatch { get; init; } = 0.9;

    /// <summary>Base score of a consonant-skeleton match (only ever taken inside the article's region).</summary>
    public double SkeletonMatch { get; init; } = 0.55;

    /// <summary>Base score of a trigram (fuzzy) match (only ever taken inside the article's region).</summary>
    public double FuzzyMatch { get; init; } = 0.4;

    /// <summary>Added times the share of the article's country votes that the candidate's country holds.</summary>
    public double CountryFocus { get; init; } = 0.8;

    /// <summary>Taken off a candidate outside every country the article is about, when one country clearly leads.</summary>
    public double OffFocusPenalty { get; init; } = 0.6;

    /// <summary>The leading country's share of the votes from which <see cref="OffFocusPenalty"/> applies.</summary>
    public double OffFocusLeadShare { get; init; } = 0.4;

    /// <summary>One sense per discourse: the same name, cued as a settlement or facility elsewhere, picked that place.</summary>
    public double SameNameElsewhere { get; init; } = 0.5;

    /// <summary>Taken off a candidate farther than <see cref="FarFromArticleKm"/> from every other place of the article.</summary>
    public double FarFromArticlePenalty { get; init; } = 0.4;

    /// <summary>Distance (km) beyond which a candidate is far from the article's other places.</summary>
    public double FarFromArticleKm { get; init; } = 500;

    /// <summary>Taken off a listed place farther than <see cref="ListMateFarKm"/> from the places listed with it.</summary>
    public double ListMateFarPenalty { get; init; } = 0.8;

    /// <summary>Distance (km) beyond which places listed together ("A, B and C") are implausibly far apart.</summary>
    public double ListMateFarKm { get; init; } = 100;

    /// <summary>Most support a place picked in the same sentence gives (decays with distance over SentenceCoherenceKm).</summary>
    public double SentenceSupport { get; init; } = 0.9;

    /// <summary>Most support a place picked elsewhere in the article gives (decays over ArticleCoherenceKm).</summary>
    public double ArticleSupport { get; init; } = 0.3;

    /// <summary>The candidate's sub-district is named in the same sentence ("X in the Ehsem area").</summary>
    public double SubDistrictNamed { get; init; } = 0.7;

    /// <summary>The candidate's district is named in the same sentence ("X in rural Ariha").</summary>
    public double DistrictNamed { get; init; } = 0.55;

    /// <summary>The candidate's governorate is named in the same sentence ("X in al-Hasakeh").</summary>
    public double GovernorateNamed { get; init; } = 0.4;

    /// <summary>Factor on the three weights above when the admin unit is named only elsewhere in the article.</summary>
    public double NamedInArticleFactor { get; init; } = 0.4;

    /// <summary>An air base or airport when the text says "air base", "airport" (negative: another kind of place).</summary>
    public double FacilityFit { get; init; } = 0.8;

    /// <summary>A road when the text says "highway", "road" or writes a road number.</summary>
    public double RoadFit { get; init; } = 0.8;

    /// <summary>A governorate when a cue asks for one ("Idlib province", "the countryside of Hama", "rural Damascus", "southern Idlib").</summary>
    public double GovernorateCueFit { get; init; } = 0.6;

    /// <summary>
    /// On top of <see cref="GovernorateCueFit"/> under a countryside cue ("the Damascus countryside", "rural Damascus"): the
    /// governorate whose own name says it is the countryside of the named city ("Rif Dimashq", "Rural Damascus"), over the
    /// governorate that is the city alone.
    /// </summary>
    public double CountrysideGovernorateFit { get; init; } = 0.3;

    /// <summary>
    /// A city of at least <see cref="CityPartMinPopulation"/> people when only a compass word qualifies its name ("took
    /// eastern Aleppo"): above <see cref="GovernorateCueFit"/>, so that the city's part wins over the same-named governorate.
    /// </summary>
    public double CityPartFit { get; init; } = 0.8;

    /// <summary>
    /// The population from which a city's parts are named by compass in reports ("east Mosul", "southern Damascus",
    /// "eastern Aleppo"); below it ("southern Idlib", "northern Hama") a compass word means the governorate's part.
    /// </summary>
    public long CityPartMinPopulation { get; init; } = 1_000_000;

    /// <summary>A natural or named region (plain, mountains, valley, desert) when a region cue is present.</summary>
    public double RegionCueFit { get; init; } = 0.5;

    /// <summary>A populated place when the text calls it a village, town or city (negative: any other kind).</summary>
    public double SettlementFit { get; init; } = 0.3;

    /// <summary>
    /// A governorate named bare ("fighting in Hama"): negative, because reports of fighting, strikes and captures mean
    /// the city, as analysts code them; the governorate needs a cue.
    /// </summary>
    public double BareGovernorateFit { get; init; } = -0.25;

    /// <summary>A governorate named right after another place ("X in Idlib", "X, Hama"): the container, given as context.</summary>
    public double ContainerGovernorateFit { get; init; } = 0.6;

    /// <summary>Any other place when the text says "air base" or "airport".</summary>
    public double FacilityMismatch { get; init; } = -0.3;

    /// <summary>Any other place when the text says "highway" or "road".</summary>
    public double RoadMismatch { get; init; } = -0.2;

    /// <summary>A country when a region cue is present ("northern Syria").</summary>
    public double CountryRegionFit { get; init; } = 0.2;

    /// <summary>A point place when a region cue is present.</summary>
    public double RegionMismatch { get; init; } = -0.2;

    /// <summary>Any place not populated when the text says village, town or city.</summary>
    public double SettlementMismatch { get; init; } = -0.3;

    /// <summary>A seat of administration when the text calls its name a district ("the A district"): the district it heads.</summary>
    public double DistrictSeatFit { get; init; } = 0.6;

    /// <summary>A governorate after "near", "east of", "the X area": a point is meant.</summary>
    public double NearGovernorateFit { get; init; } = -0.2;

    /// <summary>A national capital named bare: a same-named village needs a cue to beat it.</summary>
    public double CapitalFit { get; init; } = 0.6;

    /// <summary>A country named without a settlement cue.</summary>
    public double CountryFit { get; init; } = 0.5;

    /// <summary>Prominence of a country or first-level division.</summary>
    public double AreaProminence { get; init; } = 0.5;

    /// <summary>Prominence of a place from a non-GeoNames source (curated, OCHA, airports), which lists no population.</summary>
    public double ListedProminence { get; init; } = 0.35;

    /// <summary>Most prominence a population gives (reached at 10^<see cref="PopulationDigits"/> inhabitants).</summary>
    public double PopulationProminence { get; init; } = 0.6;

    /// <summary>Digits of population at which <see cref="PopulationProminence"/> is reached.</summary>
    public double PopulationDigits { get; init; } = 7;

    /// <summary>Added for a seat of administration: capital, governorate or district seat (PPLC, PPLA, PPLA2).</summary>
    public double AdminSeatProminence { get; init; } = 0.1;

    /// <summary>Score at which confidence starts to rise above zero.</summary>
    public double ConfidenceFloor { get; init; } = 0.6;

    /// <summary>Score above the floor at which the absolute half of the confidence is full.</summary>
    public double ConfidenceSpan { get; init; } = 1.4;

    /// <summary>Lead over the runner-up at which the separation half of the confidence is full.</summary>
    public double SeparationSpan { get; init; } = 0.5;
}
