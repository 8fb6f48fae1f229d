using System.Text;

namespace MapDashboard.Core.Gazetteer;

/// <summary>
/// The folding itself, over spans and per-thread buffers: a name's words are read once and rewritten in place, and
/// only the keys asked for become strings (folding runs for every capitalized phrase of every article).
/// </summary>
public static partial class NameFolding
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArticleWords =
        new HashSet<string>(TransliterationRules.Default.Articles, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CanonicalWords =
        new Dictionary<string, string>(TransliterationRules.Default.Words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic]
    private static FoldingBuffers? t_buffers;

    private static (string Fold, string Skeleton) Keys(string name, bool fold, bool skeleton)
    {
        var plain = StripMarks(name);
        var nonLatin = IsNonLatin(plain);
        var buffers = t_buffers ??= new FoldingBuffers();
        var count = buffers.SplitWords(plain);
        var folded = buffers.Fold.Clear();
        var skeletal = buffers.Skeleton.Clear();
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            ReadOnlySpan<char> word = buffers.RawWord(i);
            if (!nonLatin)
            {
                if (ArticleWords.Contains(word) && count > 1 && i < count - 1)
                {
                    continue;
                }
                if (kept > 0 && word.Length >= 4 && (word[0] is 'a' or 'e') && IsConsonant(word[1]) && word[1] == word[2] && word[1] != 'l')
                {
                    word = word[2..];
                }
                else if (kept > 0 && word.Length >= 5 && word.StartsWith("el", StringComparison.Ordinal) && IsConsonant(word[2]))
                {
                    // The article written fused to its word, as OCHA's lists do ("Orm Eljoz", "Tal Elshur").
                    word = word[2..];
                }
                else if (kept > 0 && word.Length >= 5 && word.StartsWith("al", StringComparison.Ordinal) && IsConsonant(word[2]) && word[2] != 'l')
                {
                    // The same with "al" ("Kom Alrumman", "Bab Alsalameh"), so that the text's "Kom al-Rumman" folds alike;
                    // not "all..." ("Allah" is a word, not an article before "lah").
                    word = word[2..];
                }
                word = buffers.NormalizeLetters(CanonicalWords.TryGetValue(word, out var canonical) ? canonical : word, Rules.Letters);
            }
            kept++;
            if (fold)
            {
                if (folded.Length > 0)
                {
                    folded.Append(' ');
                }
                folded.Append(word);
            }
            if (skeleton && buffers.WordSkeleton(word, Rules.SkeletonGroups) is { Length: > 0 } consonants)
            {
                if (skeletal.Length > 0)
                {
                    skeletal.Append(' ');
                }
                skeletal.Append(consonants);
            }
        }
        return (fold ? folded.ToString() : "", skeleton ? skeletal.ToString() : "");
    }

    /// <summary>One thread's scratch space: the raw words, two buffers the rewriting rules alternate between, the keys.</summary>
    private sealed class FoldingBuffers
    {
        private char[] _lower = new char[64];
        private int[] _starts = new int[16];
        private int[] _ends = new int[16];
        private char[] _word = new char[64];
        private char[] _from = new char[64];
        private char[] _shadda = new char[64];
        private char[] _to = new char[64];

        public StringBuilder Fold { get; } = new();

        public StringBuilder Skeleton { get; } = new();

        /// <summary>
        /// Splits the name into words of letters and digits (apostrophes dropped, anything else separating), lower
        /// case with the special letters mapped; returns how many.
        /// </summary>
        public int SplitWords(string plain)
        {
            Grow(ref _lower, plain.Length);
            var length = 0;
            var count = 0;
            var start = 0;
            foreach (var c in plain)
            {
                if (IsApostrophe(c))
                {
                    continue;
                }
                if (char.IsLetterOrDigit(c))
                {
                    _lower[length++] = char.ToLowerInvariant(MapLetter(c));
                }
                else if (length > start)
                {
                    AddWord(ref count, start, length);
                    start = length;
                }
            }
            if (length > start)
            {
                AddWord(ref count, start, length);
            }
            return count;
        }

        public Span<char> RawWord(int index) => _lower.AsSpan(_starts[index], _ends[index] - _starts[index]);

        /// <summary>
        /// A doubled consonant (an Arabic shadda, w and y included) made single, then the letter rules, then doubled
        /// letters made single and the final -h of -ah/-eh dropped. The shadda goes first so that "Hawwar" and "Hawar" fold
        /// alike: the aw -> u rule would otherwise read "aw" + "w" in one and "aw" in the other; doubled vowels stay for
        /// the rules that read them ("ee", "oo").
        /// </summary>
        public ReadOnlySpan<char> NormalizeLetters(ReadOnlySpan<char> word, IReadOnlyList<(string From, string To)> rules)
        {
            Grow(ref _shadda, word.Length);
            var m = 0;
            foreach (var c in word)
            {
                if (m > 0 && _shadda[m - 1] == c && c is >= 'a' and <= 'z' && c is not ('a' or 'e' or 'i' or 'o' or 'u'))
                {
                    continue;
                }
                _shadda[m++] = c;
            }
            var s = Rewrite(_shadda.AsSpan(0, m), rules);
            var n = 0;
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                if (n > 0 && s[n - 1] == c && char.IsLetter(c))
                {
                    continue;
                }
                s[n++] = c;
            }
            if (n > 3 && s[n - 1] == 'h' && s[n - 2] is 'a' or 'e')
            {
                n--;
            }
            // Kept apart from the rewriting buffers, which the skeleton of the same word uses next.
            Grow(ref _word, n);
            s[..n].CopyTo(_word);
            return _word.AsSpan(0, n);
        }

        /// <summary>The consonant groups merged, then only consonants and digits, runs of one letter made single.</summary>
        public ReadOnlySpan<char> WordSkeleton(ReadOnlySpan<char> word, IReadOnlyList<(string From, string To)> groups)
        {
            var s = Rewrite(word, groups);
            var n = 0;
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                if ((!IsConsonant(c) && !char.IsDigit(c)) || (n > 0 && s[n - 1] == c))
                {
                    continue;
                }
                s[n++] = c;
            }
            return s[..n];
        }

        /// <summary>Each rule in turn over the whole word, left to right without overlaps, as string.Replace does.</summary>
        private Span<char> Rewrite(ReadOnlySpan<char> word, IReadOnlyList<(string From, string To)> rules)
        {
            Grow(ref _from, word.Length);
            word.CopyTo(_from);
            var length = word.Length;
            for (var r = 0; r < rules.Count; r++)
            {
                var (from, to) = rules[r];
                var source = _from.AsSpan(0, length);
                var at = source.IndexOf(from, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }
                Grow(ref _to, length / from.Length * Math.Max(to.Length, 1) + length);
                var written = 0;
                while (at >= 0)
                {
                    source[..at].CopyTo(_to.AsSpan(written));
                    written += at;
                    to.CopyTo(_to.AsSpan(written));
                    written += to.Length;
                    source = source[(at + from.Length)..];
                    at = source.IndexOf(from, StringComparison.Ordinal);
                }
                source.CopyTo(_to.AsSpan(written));
                written += source.Length;
                (_from, _to) = (_to, _from);
                length = written;
            }
            return _from.AsSpan(0, length);
        }

        private void AddWord(ref int count, int start, int end)
        {
            if (count == _starts.Length)
            {
                Array.Resize(ref _starts, count * 2);
                Array.Resize(ref _ends, count * 2);
            }
            _starts[count] = start;
            _ends[count] = end;
            count++;
        }

        private static void Grow(ref char[] buffer, int length)
        {
            if (buffer.Length < length)
            {
                buffer = new char[Math.Max(length, buffer.Length * 2)];
            }
        }
    }
}
