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
public sealed partial class FatalityCounter
{
    private readonly EventLexicon _lexicon;
    private readonly Regex _count;
    private readonly Regex _killing;
    private readonly RequiredWords _deathWords;
    private readonly RequiredWords _kindWords;

    /// <summary>A counter over the lexicon's number and fatality words.</summary>
    public FatalityCounter(EventLexicon lexicon)
    {
        _lexicon = lexicon;
        _count = new(
            @"(?<n>\d[\d,]*|" + lexicon.NumberWords.ToString().Replace("(?<![\\w-])", "").Replace("(?![\\w-])", "") + @")(?:-\w+)?\s+(?:(?:more|other|additional|(?!\d)[\w'-]+)\s+){0,4}?(?:(?:were|was|have been|had been|are|being)\s+)?(?<kind>killed|dead|deaths|died|fatalities|fatality|bodies|martyrs|lives|executed|slain|killed)\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | WordListRegexes.Options);

        _killing = new(
            @"\b(?:killing|killed|kills|executed|executing|claiming the lives of|left|leaving|death toll (?:rose |rises )?(?:to|of|at))\s+(?:at least |about |around |some |nearly |almost |more than |over |up to )?(?<n>\d[\d,]*|" + lexicon.NumberWords.ToString().Replace("(?<![\\w-])", "").Replace("(?![\\w-])", "") + @")\b(?!\s+(?:wounded|injured|hurt))",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | WordListRegexes.Options);

        // Every match of the patterns read holds one of these words (read from the patterns), so a sentence holding
        // none of them says nothing of deaths; every match of the count pattern (a number before a death word) one of the second.
        _deathWords = RequiredWords.Of([.. Patterns]);
        _kindWords = RequiredWords.Of(_count);
    }

    /// <summary>The pattern of a number before a death word (for tests of <see cref="MayCount"/>).</summary>
    internal Regex CountPattern => _count;

    /// <summary>False when the sentence surely holds no match of <see cref="CountPattern"/>.</summary>
    internal bool MayCount(string sentence) => _kindWords.MayMatch(sentence);

    /// <summary>Every pattern <see cref="Count"/> reads (for tests of <see cref="MayReport"/>).</summary>
    internal IEnumerable<Regex> Patterns => [Unknown(), None(), _count, _killing, KilledWithoutNumber()];

    /// <summary>False when the sentence surely matches none of <see cref="Patterns"/>.</summary>
    internal bool MayReport(string sentence) => _deathWords.MayMatch(sentence);

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
        var key = WhitespaceRuns.Collapse(text.Trim());
        return _lexicon.FatalityWords.TryGetValue(key, out var v) ? v : null;
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
