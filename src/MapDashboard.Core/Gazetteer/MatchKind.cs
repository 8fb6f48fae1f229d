namespace MapDashboard.Core.Gazetteer;

/// <summary>How a surface form met a gazetteer name, strongest first.</summary>
public enum MatchKind
{
    /// <summary>The name as written (case-insensitive).</summary>
    Exact,

    /// <summary>The folded keys are equal (diacritics, articles, spelling variants).</summary>
    Folded,

    /// <summary>The consonant skeletons are equal.</summary>
    Skeleton,

    /// <summary>
    /// The consonant skeletons are equal and the folded keys one letter apart: the closest of many consonant look-alikes.
    /// </summary>
    CloseSpelling,

    /// <summary>A close spelling: a trigram match on the folded key (gazetteer search), or one letter apart (the geoparser's index).</summary>
    Fuzzy,
}
