using System.Globalization;
using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Events;

/// <summary>
/// Reads the fatalities a sentence reports: a number or number word before a death word ("killing 2 civilians", "at
/// least 70 dead", "18 fatalities", "two fighters were killed"), 0 for "no fatalities/casualties were reported", and
/// vague counts by ACLED's conservative rule (Lexicon/fatality-words.tsv). Null when the sentence says nothing of deaths
/// or leaves them unknown ("no information about casualties"). Wounded and injured are never counted. The words between
/// a number and its death word never hold another figure: "a crowd and 12 people were killed" counts 12, not one. Session 28:
/// a person and his or her relatives ("killing a farmer and his son", "killed a woman and her three children") count each.
/// </summary>
public sealed partial class FatalityCounter
{
    private static readonly RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | WordListRegexes.Options;

    private readonly EventLexicon _lexicon;
    private readonly Regex _count;
    private readonly Regex _killing;
    private readonly Regex _none;
    private readonly Regex _unknown;
    private readonly Regex _woundedAfter;
    private readonly Regex _yearLead;
    private readonly Regex _alsoKilled;
    private readonly Regex _woundedWord;
    private readonly Regex _causeBefore;
    private readonly Regex _singleVictim;
    private readonly Regex _personAndKin;
    private readonly Regex _tollReached;
    private readonly RequiredWords _deathWords;
    private readonly RequiredWords _kindWords;

    /// <summary>A counter over the lexicon's number and fatality words and its fatality cues (cues.tsv).</summary>
    public FatalityCounter(EventLexicon lexicon)
    {
        _lexicon = lexicon;
        // Digits with thousands separators ("2,500"), never a trailing comma: "On 20 March 2025, gunmen ..." holds "2025", not "2025,".
        var number = @"(?<n>\d{1,3}(?:,\d{3})+|\d+|" + lexicon.NumberWordGroup + ")";
        var wounded = lexicon.CueGroup("wounded-word");
        var casualties = lexicon.CueGroup("casualty-noun");
        // (Session 25: the number starts a word, so "beaten to death" holds no "ten".)
        _count = new(
            @"\b" + number + @"(?:-\w+)?\s+(?:(?:" + lexicon.CueGroup("count-extra") + @"|(?!\d)[\w'-]+)\s+){0,4}?(?:" + lexicon.CueGroup("death-auxiliary") + @"\s+)?(?<kind>" + lexicon.CueGroup("death-word") + @")\b",
            Options);
        _killing = new(
            @"\b" + lexicon.CueGroup("killing-word") + @"\s+(?:" + lexicon.CueGroup("count-hedge") + @"\s+)?" + number + @"\b(?!\s+" + wounded + ")",
            Options);
        // "no fatalities", "without reported casualties or injuries", "nobody was hurt": none; "no information about the
        // casualties", "unknown number of deaths", "casualties unknown": the sentence does not say.
        _none = new(
            @"\b" + lexicon.CueGroup("absence-word") + @"\s+(?:reported\s+)?(?:(?:injuries\s+or\s+)?" + casualties + @"(?:\s+or\s+injuries)?|one\s+was\s+killed)\b|\bno(?:body|\s+one)\s+(?:was\s+)?(?:killed|" + wounded + @")\b",
            Options);
        _unknown = new(
            @"\b" + lexicon.CueGroup("absence-word") + @"\s+" + lexicon.CueGroup("information-noun") + @"\s+" + lexicon.CueGroup("topic-preposition") + @"\s+(?:the\s+)?" + casualties + @"|\bunknown\s+(?:number\s+of\s+)?" + casualties + @"\b|\b" + casualties + @"\s+(?:are\s+|were\s+)?unknown\b",
            Options);
        _woundedAfter = new(@"^\s*(?:and\s+)?" + wounded, Options);
        _woundedWord = new(@"\b" + wounded + @"\b", Options);
        // "protesting the killing of a doctor", "in revenge for the killing of two elders": a killing the event is about,
        // not deaths it caused.
        _causeBefore = lexicon.CauseBefore;
        _yearLead = new(@"\b" + lexicon.CueGroup("year-lead") + @"(?:\s+|-)$", Options);
        // "killing 6 traders and 2 drivers", "the killing of a commander and four of his guards": a further count joined
        // to a killing count by "and" or a comma, after at most three words of the first one's noun phrase. Not "a"/"an"
        // ("killing two and a day later"), not a count followed by a time or a part ("two days later", "4 of them").
        _alsoKilled = new(
            @"\G(?:\s+(?!and\b)[\w'’-]+){0,3}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:" + lexicon.CueGroup("count-hedge") + @"\s+)?(?!" + lexicon.CueGroup("indefinite-article") + @"\b)" + number
            + @"\b(?!\s+" + lexicon.CueGroup("count-follow-stop") + @"\b)",
            Options);

        // "a shepherd was stabbed to death", "a man accused of theft was beaten to death", "an old farmer has been killed": one
        // person, "a"/"an" and at most two words before a singular person noun, then at most five words of its own phrase, a
        // singular auxiliary and at most one participle before the death word. A plural ("villagers were beaten to death") stays vague.
        _singleVictim = new(
            @"\b" + lexicon.CueGroup("indefinite-article") + @"\s+(?:[\w-]+\s+){0,2}?" + lexicon.CueGroup("singular-person") + @"(?:\s+(?!\d)[\w'’-]+){0,5}?\s+"
            + lexicon.CueGroup("singular-death-auxiliary") + @"\s+(?:[\w-]+(?:ed|en|t)\s+)?" + lexicon.CueGroup("death-word") + @"\b",
            Options);

        // Session 28: "killing a farmer and his son", "killed a child and his two sisters": one person after a killing word, then
        // "and his/her/their" and one relative (two dead) or a number of relatives (one more than the number).
        _personAndKin = new(
            @"\b" + lexicon.CueGroup("killing-word") + @"\s+" + lexicon.CueGroup("indefinite-article") + @"\s+(?:[\w-]+\s+){0,2}?" + lexicon.CueGroup("singular-person")
            + @"\s+and\s+(?:his|her|their)\s+(?:(?<n>\d+|" + lexicon.NumberWordGroup + @")\s+" + lexicon.CueGroup("kin-plural") + "|" + lexicon.CueGroup("kin-singular") + @")\b",
            Options);

        // Session 28: "the death toll from Monday's shelling of X has climbed to 12", "the toll of the bombing rose to nine": a toll,
        // up to eight words of its phrase (no wounded word), a verb of rising or standing (kind toll-verb) and the number.
        _tollReached = new(
            @"\b(?:death\s+)?toll\b(?:\s+(?!" + wounded + @"\b)[\w'’-]+){0,8}?\s+(?:has\s+|had\s+)?" + lexicon.CueGroup("toll-verb") + @"\s+(?:to\s+|at\s+)?" + number + @"\b",
            Options);

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
    internal IEnumerable<Regex> Patterns => [_unknown, _none, _count, _killing, KilledWithoutNumber(), _singleVictim, _personAndKin, _tollReached];

    /// <summary>False when the sentence surely matches none of <see cref="Patterns"/>.</summary>
    internal bool MayReport(string sentence) => _deathWords.MayMatch(sentence);

    /// <summary>The fatalities the sentence reports, or null when it says nothing of them.</summary>
    public int? Count(string sentence)
    {
        if (!MayReport(sentence))
        {
            return null;
        }
        if (_unknown.IsMatch(sentence))
        {
            return null;
        }
        if (_none.IsMatch(sentence))
        {
            return 0;
        }
        var total = 0;
        var found = false;
        // (Session 28: "killing a farmer and his son" counts the person and the relatives; the "a" a killing count reads is inside it.)
        var pair = _personAndKin.Match(sentence) is { Success: true } p && !_causeBefore.IsMatch(sentence.AsSpan(0, p.Index)) ? p : null;
        if (pair is not null)
        {
            total = 1 + (pair.Groups["n"].Success ? Value(pair.Groups["n"].Value) ?? 0 : 1);
            found = true;
        }
        foreach (var m in (MayCount(sentence) ? Counts(_count, sentence) : []).Concat(Counts(_killing, sentence)).Concat(Counts(_tollReached, sentence)).OrderBy(m => m.Index))
        {
            if (Value(m.Groups["n"].Value) is { } value && !Wounded(sentence, m) && !_causeBefore.IsMatch(sentence.AsSpan(0, m.Index))
                && (pair is null || m.Index < pair.Index || m.Index >= pair.Index + pair.Length))
            {
                total = Math.Max(total, m.Groups["kind"].Success ? value : value + JoinedCounts(sentence, m.Index + m.Length));
                found = true;
            }
        }
        if (!found && (KilledWithoutNumber().IsMatch(sentence) || _singleVictim.Match(sentence) is { Success: true } one && !_causeBefore.IsMatch(sentence.AsSpan(0, one.Index))))
        {
            return 1;
        }
        return found ? total : null;
    }

    /// <summary>
    /// The pattern's matches, leaving out a number that is part of a date (<see cref="InDate"/>: "In August 2016 three
    /// herders were killed", "On 28 May gunmen killed two men") and looking again right after it, so the count it would
    /// have swallowed is still read.
    /// </summary>
    private IEnumerable<Match> Counts(Regex pattern, string sentence)
    {
        for (var m = pattern.Match(sentence); m.Success;)
        {
            var number = m.Groups["n"];
            if (InDate(sentence, number))
            {
                m = pattern.Match(sentence, number.Index + number.Length);
                continue;
            }
            yield return m;
            m = m.NextMatch();
        }
    }

    /// <summary>
    /// Whether the number is part of a date, never a count: a year after a month name ("March 2025", "20 March 2025",
    /// "March 20, 2025") or after a word that puts a year in time (cue kind year-lead: "in 2024", "since 2019", "in
    /// early 2021"), or a day next to a month name ("28 May", "28 of May", "May 28").
    /// </summary>
    private bool InDate(string sentence, Group number)
    {
        if (!DecimalDigits.TryParse(number.ValueSpan, out var value))
        {
            return false;
        }
        var before = sentence.AsSpan(0, number.Index);
        if (number.Length == 4 && value is >= 1900 and < 2100)
        {
            return MonthBefore().IsMatch(before) || _yearLead.IsMatch(before);
        }
        return number.Length <= 2 && value is >= 1 and <= 31
            && (MonthRightBefore().IsMatch(before) || MonthAfter().IsMatch(sentence.AsSpan(number.Index + number.Length)));
    }

    /// <summary>
    /// The counts joined to a killing count ending at <paramref name="end"/> ("killing 6 traders and 2 drivers": 2), each
    /// until one is a count of the wounded ("and 20 others were wounded": its clause, up to the next comma or "and", names
    /// them) or a date.
    /// </summary>
    private int JoinedCounts(string sentence, int end)
    {
        var sum = 0;
        for (var m = _alsoKilled.Match(sentence, end); m.Success; m = _alsoKilled.Match(sentence, m.Index + m.Length))
        {
            var number = m.Groups["n"];
            var after = number.Index + number.Length;
            var clauseEnd = ClauseEnd().Match(sentence, after) is { Success: true } c ? c.Index : sentence.Length;
            if (InDate(sentence, number) || _woundedWord.IsMatch(sentence.AsSpan(after, clauseEnd - after)) || Value(number.Value) is not { } value)
            {
                break;
            }
            sum += value;
        }
        return sum;
    }

    private bool Wounded(string sentence, Match m) =>
        m.Index + m.Length < sentence.Length && _woundedAfter.IsMatch(sentence[(m.Index + m.Length)..Math.Min(sentence.Length, m.Index + m.Length + 12)]);

    private int? Value(string text)
    {
        var digits = text.Replace(",", "", StringComparison.Ordinal);
        if (DecimalDigits.TryParse(digits, out var n))
        {
            return n is > 0 and < 100_000 ? n : null;
        }
        var key = WhitespaceRuns.Collapse(text.Trim());
        return _lexicon.FatalityWords.TryGetValue(key, out var v) ? v : null;
    }

    [GeneratedRegex(@"\b" + TemporalDater.MonthName + @"\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$")]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"[,;.]|\band\b")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"\b" + TemporalDater.MonthName + @"\s+$")]
    private static partial Regex MonthRightBefore();

    [GeneratedRegex(@"^(?:st|nd|rd|th)?\s+(?:of\s+)?" + TemporalDater.MonthName + @"(?!\w)")]
    private static partial Regex MonthAfter();

    // (Session 25: a killing of one person named by a pronoun or a singular possessive phrase, "killing him", "killed her",
    // "killing its driver", "killed his son"; not a plural, a count or a possessor after the possessive, "killing his two sons", "killing its owner's children".)
    [GeneratedRegex(@"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:was|were)\s+killed\b|\bkilled\s+(?:a|an|one)\s+[\w-]+|\b(?:killed|killing)\s+(?:him|her|(?:its|his|her)\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten|several|many|own)\b)[a-z]+(?<!s)\b(?!['’]))\b", RegexOptions.IgnoreCase)]
    private static partial Regex KilledWithoutNumber();
}
