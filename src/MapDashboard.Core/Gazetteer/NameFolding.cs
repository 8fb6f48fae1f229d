using System.Globalization;
using System.Text;

namespace MapDashboard.Core.Gazetteer;

/// <summary>
/// Folds the many English spellings of (mostly Arabic) place names into comparable keys, in layers:
/// Unicode diacritics and the ayn/hamza marks; case and punctuation; the Arabic article and its sun-letter forms
/// (al-/el-/as-/ash-/ad-/ar-/az-/at-/an-, and "Ezzor" where it is fused); generic words (Tell/Tall, Kafr/Kafer/Kfar,
/// Ayn/Ain/Ein, Jabal/Jebel, Deir/Dayr, Sheikh/Shaykh); o/ou/oo/aw as u, ee as i, doubled letters, q/k and the
/// final -h of -ah/-eh. <see cref="Fold"/> keeps vowels; <see cref="Skeleton"/> keeps only consonants, merges
/// dh/z/d, th/t, kh/k, gh/g, sh/s, and is the fuzzy key. Text in Arabic script only loses diacritics and tatweel.
/// </summary>
public static class NameFolding
{
    private static readonly HashSet<string> Articles =
        ["al", "el", "ul", "il", "as", "ash", "ad", "adh", "ar", "at", "ath", "an", "az", "ez", "es", "ed", "er", "et", "en", "eth"];

    private static readonly Dictionary<string, string> GenericWords = new(StringComparer.Ordinal)
    {
        ["tell"] = "tall", ["tel"] = "tall", ["til"] = "tall",
        ["kafer"] = "kafr", ["kfar"] = "kafr", ["kefr"] = "kafr", ["kafar"] = "kafr", ["kfr"] = "kafr",
        ["ain"] = "ayn", ["ein"] = "ayn", ["ayn"] = "ayn", ["aain"] = "ayn",
        ["jebel"] = "jabal", ["jabel"] = "jabal", ["jbel"] = "jabal", ["djebel"] = "jabal", ["gebel"] = "jabal",
        ["deir"] = "dayr", ["dair"] = "dayr", ["der"] = "dayr", ["dier"] = "dayr",
        ["sheikh"] = "shaykh", ["sheik"] = "shaykh", ["shaikh"] = "shaykh", ["shekh"] = "shaykh", ["shaykh"] = "shaykh",
        ["um"] = "umm", ["om"] = "umm", ["omm"] = "umm",
        ["khirbet"] = "khirbat", ["khirba"] = "khirbat", ["khurbet"] = "khirbat",
        ["beit"] = "bayt", ["bait"] = "bayt", ["beyt"] = "bayt",
        ["abou"] = "abu", ["abo"] = "abu",
        ["ras"] = "ras", ["raas"] = "ras", ["rass"] = "ras",
        ["airbase"] = "air base", ["airfield"] = "air field", ["aeroport"] = "airport",
    };

    /// <summary>The folded key: lower case, no marks, no article, canonical generic words; words separated by one space.</summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = Words(name);
        if (words.Count == 0)
        {
            return "";
        }
        var result = new StringBuilder(name.Length);
        foreach (var word in words)
        {
            if (result.Length > 0)
            {
                result.Append(' ');
            }
            result.Append(word);
        }
        return result.ToString();
    }

    /// <summary>The consonant skeleton of the folded key, for the fuzzy pass ("Idlib", "Idleb", "Edlib" all give "dlb").</summary>
    public static string Skeleton(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var result = new StringBuilder(name.Length);
        foreach (var word in Words(name))
        {
            var skeleton = WordSkeleton(word);
            if (skeleton.Length == 0)
            {
                continue;
            }
            if (result.Length > 0)
            {
                result.Append(' ');
            }
            result.Append(skeleton);
        }
        return result.ToString();
    }

    /// <summary>
    /// The folded key of text being typed: like <see cref="Fold"/>, but a trailing Arabic article ("Deir ez") is
    /// dropped, since the name it belongs to is still being typed.
    /// </summary>
    public static string FoldPrefix(string typed)
    {
        var fold = Fold(typed);
        var space = fold.LastIndexOf(' ');
        return space > 0 && Articles.Contains(fold[(space + 1)..]) ? fold[..space] : fold;
    }

    /// <summary>Whether the text is written (mostly) in a non-Latin script, where only marks are folded.</summary>
    public static bool IsNonLatin(string text)
    {
        if (IsAscii(text))
        {
            return false;
        }
        int latin = 0, other = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }
            if (c < 0x0250 || (c >= 0x1E00 && c <= 0x1EFF))
            {
                latin++;
            }
            else
            {
                other++;
            }
        }
        return other > latin;
    }

    private static List<string> Words(string name)
    {
        var plain = StripMarks(name);
        var nonLatin = IsNonLatin(plain);
        var raw = new List<string>();
        var current = new StringBuilder();
        foreach (var c in plain)
        {
            if (IsApostrophe(c))
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(MapLetter(c)));
            }
            else if (current.Length > 0)
            {
                raw.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            raw.Add(current.ToString());
        }
        if (nonLatin)
        {
            return raw;
        }

        var words = new List<string>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var word = raw[i];
            if (Articles.Contains(word) && raw.Count > 1 && i < raw.Count - 1)
            {
                continue;
            }
            if (words.Count > 0 && word.Length >= 4 && (word[0] is 'a' or 'e') && IsConsonant(word[1]) && word[1] == word[2] && word[1] != 'l')
            {
                word = word[2..];
            }
            else if (words.Count > 0 && word.Length >= 5 && word.StartsWith("el", StringComparison.Ordinal) && IsConsonant(word[2]))
            {
                // The article written fused to its word, as OCHA's lists do ("Orm Eljoz", "Tal Elshur").
                word = word[2..];
            }
            words.Add(NormalizeLetters(GenericWords.GetValueOrDefault(word, word)));
        }
        return words;
    }

    private static string NormalizeLetters(string word)
    {
        var s = word.Replace("ou", "u").Replace("oo", "u").Replace("aw", "u").Replace('o', 'u').Replace("ee", "i").Replace("ph", "f").Replace('q', 'k');
        var b = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (b.Length > 0 && b[^1] == c && char.IsLetter(c))
            {
                continue;
            }
            b.Append(c);
        }
        if (b.Length > 3 && b[^1] == 'h' && b[^2] is 'a' or 'e')
        {
            b.Length--;
        }
        return b.ToString();
    }

    private static string WordSkeleton(string word)
    {
        var s = word.Replace("dh", "d").Replace("th", "t").Replace("kh", "k").Replace("gh", "g").Replace("sh", "s").Replace("ch", "s").Replace('z', 'd');
        var b = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!IsConsonant(c) && !char.IsDigit(c))
            {
                continue;
            }
            if (b.Length > 0 && b[^1] == c)
            {
                continue;
            }
            b.Append(c);
        }
        return b.ToString();
    }

    private static string StripMarks(string text)
    {
        if (IsAscii(text))
        {
            return text;
        }
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var b = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark || c == '\u0640')
            {
                continue;
            }
            b.Append(c);
        }
        return b.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsApostrophe(char c) =>
        c is '\'' or '`' or '\u2018' or '\u2019' or '\u02BF' or '\u02BE' or '\u02BB' or '\u02BC' or '\u00B4' or '\u02B9' or '\u02BD';

    private static char MapLetter(char c) => c switch
    {
        'ı' => 'i',
        'ø' or 'Ø' => 'o',
        'đ' or 'Đ' or 'ð' => 'd',
        'ł' or 'Ł' => 'l',
        'ß' => 's',
        'æ' or 'Æ' => 'a',
        'œ' or 'Œ' => 'o',
        'þ' => 't',
        _ => c,
    };

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w');
}
