namespace MapDashboard.Core.Gazetteer;

/// <summary>
/// The other spellings of a folded name's word endings (transliteration.tsv, kind <c>ending</c>): the ta marbuta written
/// -eh/-e in Levantine and French romanization ("Sakawiyeh") and -ah/-a in BGN/PCGN ("Sakawiyah") folds to "-e" and "-a".
/// The folding keeps them apart, since dozens of Syrian villages are distinct places whose names differ only so; a
/// place index tries these forms only when no name folds like the text's.
/// </summary>
public static class EndingSpellings
{
    private const int MaxWords = 4;

    private const int MinStem = 3;

    private static readonly IReadOnlyList<(string From, string To)> Pairs = TransliterationRules.Default.Endings;

    /// <summary>
    /// Every other form of <paramref name="fold"/> with one or more of its words' endings spelled the other way (a word of
    /// four letters or more, the ending after a consonant or y); none for a name of more than four words.
    /// </summary>
    public static IReadOnlyList<string> Variants(string fold)
    {
        ArgumentNullException.ThrowIfNull(fold);
        var words = fold.Split(' ');
        // Most names have no word with another ending: nothing to combine.
        if (words.Length > MaxWords || Pairs.Count == 0 || !words.Any(HasOther))
        {
            return [];
        }
        var options = words.Select(w => (IReadOnlyList<string>)[w, .. Others(w)]).ToList();
        var forms = new List<string> { "" };
        foreach (var choices in options)
        {
            forms = [.. forms.SelectMany(f => choices.Select(c => f.Length == 0 ? c : f + " " + c))];
        }
        return [.. forms.Where(f => f != fold).Distinct(StringComparer.Ordinal)];
    }

    private static bool HasOther(string word)
    {
        foreach (var (from, to) in Pairs)
        {
            if (Ends(word, from) || Ends(word, to))
            {
                return true;
            }
        }
        return false;
    }

    // The word ends with the spelling after a stem long enough, ending in a consonant or y.
    private static bool Ends(string word, string have)
    {
        var stem = word.Length - have.Length;
        return stem >= MinStem && word.EndsWith(have, StringComparison.Ordinal) && (IsConsonant(word[stem - 1]) || word[stem - 1] == 'y');
    }

    private static IEnumerable<string> Others(string word)
    {
        foreach (var (from, to) in Pairs)
        {
            foreach (var (have, other) in new[] { (from, to), (to, from) })
            {
                if (Ends(word, have))
                {
                    yield return word[..(word.Length - have.Length)] + other;
                }
            }
        }
    }

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w');
}
