using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Events;

/// <summary>
/// Common words that stand for a side ("rebel", "the government's"), read from a lexicon TSV (word, catalogue faction id,
/// source) and found by a pattern around them; a found word becomes a mention of its faction where the caller's context
/// test accepts it and no named actor covers it. Shared by <see cref="HolderAdjectives"/> and <see cref="HolderPossessives"/>.
/// </summary>
public sealed class HolderWords
{
    private readonly Dictionary<string, string> _factionByWord;
    private readonly Regex _pattern;
    private readonly RequiredWords[] _required;

    /// <summary>The trigger rules a side's word before a verb or noun of taking or advancing stands for ("rebel push", "government seized").</summary>
    public static bool TakesGround(TriggerRule rule) => rule.Class is "territory" or "advance";

    /// <summary>Builds the reader from a TSV's text; <paramref name="pattern"/> gets the words' alternation and must capture the word as group "word".</summary>
    public HolderWords(string tsv, string file, Func<string, string> pattern)
    {
        _factionByWord = EventLexicon.Rows(tsv, file, 3).ToDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase);
        var words = string.Join("|", _factionByWord.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        _pattern = new Regex(pattern(words), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | WordListRegexes.Options);
        _required = RequiredWords.AllOf(_pattern);
    }

    /// <summary>The catalogue faction id a word of the list stands for ("rebel": rebels), or null for a word not in it.</summary>
    public string? FactionIdOf(string word) => _factionByWord.GetValueOrDefault(word);

    /// <summary>False when <paramref name="sentence"/> surely holds no match of the pattern (it lacks every word of one of its parts).</summary>
    internal bool MayHold(string sentence)
    {
        foreach (var words in _required)
        {
            if (!words.MayMatch(sentence))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The mentions with the accepted holder words of <paramref name="sentence"/> added (in text order); a named actor there wins.</summary>
    public List<ActorMention> Add(string sentence, IReadOnlyList<ActorMention> mentions, FactionCatalogue catalogue, Func<Match, bool> accept)
    {
        var result = mentions.ToList();
        // Most sentences lack the words of some part of the pattern (the side's word, the noun after it, "under" ... "control"): then the regex is not run.
        if (!MayHold(sentence))
        {
            return ByStart(result);
        }
        foreach (Match m in _pattern.Matches(sentence))
        {
            var word = m.Groups["word"];
            if (result.Any(a => a.Start < word.Index + word.Length && a.End > word.Index) || !accept(m)
                || catalogue.Get(_factionByWord[word.Value]) is not { } faction)
            {
                continue;
            }
            result.Add(new ActorMention(word.Index, word.Index + word.Length, word.Value, faction, IsNew: false));
        }
        return ByStart(result);
    }

    /// <summary>
    /// The mentions in order of their start, equal ones in the order given (as a stable sort gives them): the list itself
    /// when already in that order, as the mentions passed in mostly are.
    /// </summary>
    internal static List<ActorMention> ByStart(List<ActorMention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].Start < mentions[i - 1].Start)
            {
                return mentions.OrderBy(a => a.Start).ToList();
            }
        }
        return mentions;
    }
}
