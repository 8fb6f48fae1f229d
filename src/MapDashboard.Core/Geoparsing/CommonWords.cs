namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// English words that are also somebody's place name somewhere in a world gazetteer (the "common-word" list of the
/// geoparser's word file); a bare capitalized one (sentence start, headline case, part of an organisation's name)
/// is not taken as a toponym without a place cue.
/// </summary>
internal static class CommonWords
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words =
        new HashSet<string>(GeoparsingWords.Default.Get("common-word"), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word is a common English word.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);
}
