using System.Globalization;
using System.Text;

namespace MapDashboard.Core.Gazetteer;

/// <summary>
/// Folds the many English spellings of (mostly Arabic) place names into comparable keys, in layers:
/// Unicode diacritics and the ayn/hamza marks; case and punctuation; then the rules of transliteration.tsv
/// (<see cref="TransliterationRules"/>): the Arabic article and its sun-letter forms (and "Ezzor", "Eljoz", "Alrumman" where it is
/// fused), generic words (Tell/Tal/Tall, Kafr/Kafer/Kfar, Ayn/Ain/Ein ...), letter groups (o/ou/oo/aw as u, ee as i,
/// q/k); doubled letters and the final -h of -ah/-eh. <see cref="Fold"/> keeps vowels; <see cref="Skeleton"/> keeps only consonants, merges
/// dh/z/d, th/t, kh/k, gh/g, sh/s, and is the fuzzy key. Text in Arabic script loses diacritics (hamza seats too) and
/// tatweel, and writes ta marbuta as ha and alif maqsura as ya, as Arabic spellings of one name vary.
/// </summary>
public static partial class NameFolding
{
    /// <summary>Changes whenever the folding code itself (not the rule table) changes the keys it gives.</summary>
    public const int CodeVersion = 3;

    private static readonly TransliterationRules Rules = TransliterationRules.Default;

    // Fold and Skeleton of the names met, kept (the geoparser asks for the same names over and over).
    private static readonly FoldedKeyCache FoldKeys = new(name => Keys(name, fold: true, skeleton: false).Fold);
    private static readonly FoldedKeyCache SkeletonKeys = new(name => Keys(name, fold: false, skeleton: true).Skeleton);

    /// <summary>
    /// The stamp of today's folding: the code version and the fingerprint of the rule table. Keys stored under another
    /// stamp (the prebuilt place index) were folded by other rules and must not be used.
    /// </summary>
    public static string RulesStamp { get; } = $"folding code {CodeVersion}, rules {Rules.Fingerprint}";

    /// <summary>The folded key: lower case, no marks, no article, canonical generic words; words separated by one space.</summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FoldKeys.Of(name);
    }

    /// <summary>The consonant skeleton of the folded key, for the fuzzy pass ("Idlib", "Idleb", "Edlib" all give "dlb").</summary>
    public static string Skeleton(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return SkeletonKeys.Of(name);
    }

    /// <summary>Both <see cref="Fold"/> and <see cref="Skeleton"/> of one name, its words read once.</summary>
    public static (string Fold, string Skeleton) FoldAndSkeleton(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Keys(name, fold: true, skeleton: true);
    }

    /// <summary>
    /// The folded key of text being typed: like <see cref="Fold"/>, but a trailing Arabic article ("Deir ez") is
    /// dropped, since the name it belongs to is still being typed.
    /// </summary>
    public static string FoldPrefix(string typed)
    {
        var fold = Fold(typed);
        var space = fold.LastIndexOf(' ');
        return space > 0 && Rules.Articles.Contains(fold[(space + 1)..]) ? fold[..space] : fold;
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
        'ة' => 'ه',
        'ى' => 'ي',
        _ => c,
    };

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w');
}
