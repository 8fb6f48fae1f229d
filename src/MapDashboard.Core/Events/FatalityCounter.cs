using System.Globalization;
using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Events;

/// <summary>
/// Reads the fatalities a sentence reports: a number or number word before a death word ("killing 2 civilians", "at
/// least 70 dead", "18 fatalities", "two fighters were killed"), 0 for "no fatalities/casualties were reported", and
/// vague counts by ACLED's conservative rule (Lexicon/fatality-words.tsv). Null when the sentence says nothing of deaths
/// or leaves them unknown ("no information about casualties"). Wounded and injured are never counted. The words between
/// a number and its death word never hold another figure: "a crowd and 12 people were killed" counts 12, not one.
/// </summary>
public sealed partial class FatalityCounter(EventLexicon lexicon)
{
    private readonly Regex _count = new(
        @"(?<n>\d[\d,]*|" + lexicon.NumberWords.ToString().Replace("(?<![\\w-])", "").Replace("(?![\\w-])", "") + @")(?:-\w+)?\s+(?:(?:more|other|additional|(?!\d)[\w'-]+)\s+){0,4}?(?:(?:were|was|have been|had been|are|being)\s+)?(?<kind>killed|dead|deaths|died|fatalities|fatality|bodies|martyrs|lives|executed|slain|killed)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | WordListRegexes.Options);

    private readonly Regex _killing = new(
        @"\b(?:killing|killed|kills|executed|executing|claiming the lives of|left|leaving|death toll (?:rose |rises )?(?:to|of|at))\s+(?:at least |about |around |some |nearly |almost |more than |over |up to )?(?<n>\d[\d,]*|" + lexicon.NumberWords.ToString().Replace("(?<![\\w-])", "").Replace("(?![\\w-])", "") + @")\b(?!\s+(?:wounded|injured|hurt))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | WordListRegexes.Options);

    // Every match of the patterns below holds one of these, so a sentence holding none of them says nothing of deaths.
    private static readonly RequiredWords DeathWords = new(
        ["kill", "dead", "death", "died", "fatalit", "casualt", "bodies", "martyr", "lives", "execut", "slain", "left", "leaving", "loss", "hurt", "injur"], []);

    // Every match of the count pattern (a number before a death word) holds one of these.
    private static readonly RequiredWords KindWords = new(["kill", "dead", "death", "died", "fatalit", "bodies", "martyr", "lives", "execut", "slain"], []);

    /// <summary>The pattern of a number before a death word (for tests of <see cref="MayCount"/>).</summary>
    internal Regex CountPattern => _count;

    /// <summary>False when the sentence surely holds no match of <see cref="CountPattern"/>.</summary>
    internal static bool MayCount(string sentence) => KindWords.MayMatch(sentence);

    /// <summary>Every pattern <see cref="Count"/> reads (for tests of <see cref="MayReport"/>).</summary>
    internal IEnumerable<Regex> Patterns => [Unknown(), None(), _count, _killing, KilledWithoutNumber()];

    /// <summary>False when the sentence surely matches none of <see cref="Patterns"/>.</summary>
    internal static bool MayReport(string sentence) => DeathWords.MayMatch(sentence);

    /// <summary>The fatalities the sentence reports, or null when it says nothing of them.</summary>
    public int? Count(string sentence)
    {
        if (!MayReport(sentence))
        {
            return null;
        }
        if (Unknown().IsMatch(sentence))
        {
            return null;
        }
        if (None().IsMatch(sentence))
        {
            return 0;
        }
        var total = 0;
        var found = false;
        foreach (var m in (MayCount(sentence) ? _count.Matches(sentence).Cast<Match>() : []).Concat(_killing.Matches(sentence)).OrderBy(m => m.Index))
        {
            if (Value(m.Groups["n"].Value) is { } value && !Wounded(sentence, m))
            {
                total = Math.Max(total, value);
                found = true;
            }
        }
        if (!found && KilledWithoutNumber().IsMatch(sentence))
        {
            return 1;
        }
        return found ? total : null;
    }

    private static bool Wounded(string sentence, Match m) =>
        m.Index + m.Length < sentence.Length && WoundedAfter().IsMatch(sentence[(m.Index + m.Length)..Math.Min(sentence.Length, m.Index + m.Length + 12)]);

    private int? Value(string text)
    {
        var digits = text.Replace(",", "", StringComparison.Ordinal);
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n is > 0 and < 100_000 ? n : null;
        }
        var key = Regex.Replace(text.Trim(), @"\s+", " ");
        return lexicon.FatalityWords.TryGetValue(key, out var v) ? v : null;
    }

    [GeneratedRegex(@"\b(?:no|without)\s+(?:reported\s+)?(?:fatalities|casualties|deaths|injuries or fatalities|casualties or injuries|injuries or deaths|one was killed|losses)\b|\bno(?:body| one)\s+(?:was\s+)?(?:killed|hurt|injured)\b|\bno injuries or fatalities\b", RegexOptions.IgnoreCase)]
    private static partial Regex None();

    [GeneratedRegex(@"\b(?:no|without)\s+(?:information|info|details|word)\s+(?:about|on|regarding)\s+(?:the\s+)?(?:fatalities|casualties|deaths|losses)|\bunknown\s+(?:number\s+of\s+)?(?:fatalities|casualties|deaths)\b|\bcasualties\s+(?:are\s+|were\s+)?unknown\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unknown();

    [GeneratedRegex(@"^\s*(?:and\s+)?(?:wounded|injured|hurt|wounding|injuring)", RegexOptions.IgnoreCase)]
    private static partial Regex WoundedAfter();

    [GeneratedRegex(@"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:was|were)\s+killed\b|\bkilled\s+(?:a|an|one)\s+[\w-]+", RegexOptions.IgnoreCase)]
    private static partial Regex KilledWithoutNumber();
}
