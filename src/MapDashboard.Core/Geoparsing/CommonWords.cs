namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// English words that are also somebody's place name somewhere in a world gazetteer; a bare capitalized one
/// (sentence start, headline case, part of an organisation's name) is not taken as a toponym without a place cue.
/// </summary>
internal static class CommonWords
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = new HashSet<string>(
    [
        "a", "about", "above", "according", "across", "after", "again", "against", "air", "all", "allied", "allies", "also", "although",
        "among", "an", "and", "another", "any", "are", "army", "around", "as", "at", "attack", "attacks", "back", "base", "battle", "be",
        "because", "been", "before", "being", "between", "big", "border", "both", "brigade", "but", "by", "camp", "can", "capital", "center",
        "central", "centre", "city", "clashes", "coalition", "command", "comment", "community", "conflict", "could", "council", "country",
        "day", "days", "defense", "defence", "democratic", "desert", "despite", "did", "discussion", "district", "do", "during", "each",
        "early", "east", "eastern", "either", "elite", "else", "end", "even", "every", "fighting", "first", "for", "force", "forces",
        "forward", "free", "from", "front", "furthermore", "general", "government", "great", "greater", "group", "groups", "had", "has",
        "have", "he", "her", "here", "high", "highway", "him", "his", "home", "however", "if", "in", "independent", "initially", "inside",
        "into", "is", "islamic", "it", "its", "just", "justice", "last", "late", "later", "leader", "liberty", "like", "live", "local",
        "long", "made", "many", "may", "media", "member", "members", "middle", "might", "military", "militia", "ministry", "money", "more",
        "most", "mountain", "much", "must", "national", "network", "new", "news", "next", "no", "none", "nonetheless", "north", "northern",
        "not", "note", "now", "of", "office", "on", "once", "one", "only", "operation", "operations", "or", "other", "our", "out", "over",
        "party", "peace", "people", "police", "popular", "power", "press", "pro", "province", "rebel", "rebels", "region", "regime",
        "report", "reports", "republic", "reserve", "resistance", "revolution", "right", "road", "room", "rural", "said", "same", "says",
        "second", "security", "she", "since", "so", "some", "south", "southern", "special", "state", "states", "still", "strike", "strikes",
        "such", "support", "than", "that", "the", "their", "them", "then", "there", "therefore", "these", "they", "this", "those", "though",
        "through", "thus", "tiger", "tigers", "to", "today", "town", "troops", "two", "under", "union", "united", "until", "up", "upon",
        "very", "victory", "video", "village", "war", "was", "we", "were", "west", "western", "what", "when", "where", "whether", "which",
        "while", "who", "will", "with", "within", "without", "world", "would", "yet", "you", "your",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "turkish", "syrian", "russian", "iranian", "iraqi", "kurdish", "israeli", "lebanese", "jordanian", "saudi", "american",
        "european", "arab", "arabic", "islamic", "islamist", "western", "sunni", "shia", "shiite", "alawite", "druze", "christian",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter",
    ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word is a common English word.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);
}
