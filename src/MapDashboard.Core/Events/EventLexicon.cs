using System.Globalization;
using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Events;

/// <summary>
/// The event coder's word lists, read from data (Events/Lexicon/*.tsv, each entry with its source): triggers, sentence
/// cues (negation, attempt, modality, hedging, background, anaphora ...) and the grammar words of the clause patterns
/// (grammar-words.tsv, read as cue kinds), object nouns, fatality words and ACLED's taxonomy with its precedence.
/// Immutable once loaded.
/// </summary>
public sealed class EventLexicon
{
    private static readonly Lazy<EventLexicon> Default = new(() => new EventLexicon(Read("triggers.tsv"), Read("cues.tsv"), Read("object-words.tsv"),
        Read("fatality-words.tsv"), Read("taxonomy.tsv"), Read("grammar-words.tsv")));

    private readonly Dictionary<string, Regex> _cues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _cueForms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Regex> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AcledSubType> _taxonomy = new(StringComparer.Ordinal);
    private readonly int[] _allTriggers;

    /// <summary>Builds a lexicon from the text of its six TSV files.</summary>
    public EventLexicon(string triggers, string cues, string objects, string fatalityWords, string taxonomy, string grammarWords)
    {
        foreach (var (r, file) in Rows(cues, "cues.tsv", 3).Select(r => (r, "cues.tsv")).Concat(Rows(grammarWords, "grammar-words.tsv", 3).Select(r => (r, "grammar-words.tsv"))))
        {
            if (!_cueForms.TryAdd(r[0], Forms(r[1])))
            {
                throw new InvalidDataException($"{file}: cue kind '{r[0]}' is listed twice (cues.tsv and grammar-words.tsv share one set of kinds)");
            }
            _cues[r[0]] = Compile(r[1]);
        }
        ClauseTail = WholeWords(CueGroup("clause-tail") + @"|(?:\d+|" + CueGroup("time-count") + @")\s+" + CueGroup("time-unit") + @"\s+" + CueGroup("elapsed-after"));
        // A coordinated predicate without its own subject may open with a lead word, a time adjunct ("and then", "and on Sunday")
        // or a negation, attempt or modality cue ("but failed to take it", "and never took control").
        PredicateLeads = new Regex(string.Join("|", new[] { _cues["predicate-lead"], ClauseTail, _cues["negation"], _cues["attempt"], _cues["modality"] }.Select(r => r.ToString())),
            ClauseTail.Options);
        // "in Idlib, including A", "towns of Hama, among them B", "in the Raqqa countryside, including the village of C":
        // the words between a place and the next one that make the first only the container of the places listed after it.
        ContainerGap = new Regex(@"^\s*(?:[\p{L}'-]+\s+){0,2}?(?:[\p{L}'-]+)?\s*,?\s*" + CueGroup("container-list") + @"\s*,?\s*(?:(?:in|at)\s+)?(?:the\s+)?(?:"
            + CueGroup("settlement-noun") + @"\s+(?:of\s+)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | WordListRegexes.Options);
        // "the A area in Aleppo", "the eastern countryside of A town in Deir ez-Zor": A's land, inside the place after "in".
        InContainerGap = new Regex(@"^\s*(?:(?:" + CueGroup("settlement-noun") + "|" + CueGroup("area-noun") + @")\s*)?,?\s*in\s+(?:the\s+)?$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | WordListRegexes.Options);
        var intensifiers = _cueForms.GetValueOrDefault(ControlIntensifierKind) ?? [];
        Triggers = Rows(triggers, "triggers.tsv", 4).Select(r => (Forms: WithIntensifiers(Forms(r[0]), intensifiers), Row: r))
            .SelectMany(t => WithModifiedForms(new TriggerRule(t.Row[1], t.Row[2].Length == 0 ? null : t.Row[2], Compile(t.Forms), t.Row[3], t.Forms))).ToList();
        TriggerStarts = new LeadingRunIndex([.. Triggers.Select(t => t.Forms)], [.. Triggers.Select(IsOfWholeForms)]);
        _allTriggers = [.. Enumerable.Range(0, Triggers.Count)];
        foreach (var r in Rows(objects, "object-words.tsv", 3))
        {
            _objects[r[0]] = Compile(r[1]);
        }
        // "a civilian from A", "two students originally from the village of A": A is where a person comes from.
        OriginBefore = new Regex("(?:" + _objects["person"] + @")\s+" + CueGroup("origin-word") + @"\s+(?:the\s+" + CueGroup("settlement-noun") + @"\s+of\s+)?$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | WordListRegexes.Options);
        // "protesting the killing of", "in revenge for their abduction": a cause word, at most a determiner, then the event noun.
        CauseLead = new Regex(@"\b" + CueGroup("cause-lead") + @"\s+(?:" + CueGroup("cause-determiner") + @"\s+)?",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | WordListRegexes.Options);
        CauseBefore = new Regex(CauseLead + "$", CauseLead.Options);
        // "the clashes resulted in the", "led to the full": a verb of result right before the noun "control".
        ResultBefore = LeadBefore("result-lead", "state-determiner");
        var words = Rows(fatalityWords, "fatality-words.tsv", 3).ToDictionary(r => r[0], r => int.Parse(r[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);
        FatalityWords = words;
        NumberWordGroup = "(?:" + Alternation([.. words.Keys]) + ")";
        foreach (var r in Rows(taxonomy, "taxonomy.tsv", 5))
        {
            _taxonomy[r[0]] = new AcledSubType(r[0], r[1], r[2], int.Parse(r[3], CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The whole gap between a place and the next that makes the first only their container ("X, including Y").</summary>
    public Regex ContainerGap { get; }

    /// <summary>Which trigger rules (by their place in <see cref="Triggers"/>) can match at a word, from the words their forms start with.</summary>
    internal LeadingRunIndex TriggerStarts { get; }

    /// <summary>
    /// The end of a text that is a lead cue (cue group <paramref name="lead"/>) and any of its modifiers (cue group
    /// <paramref name="modifiers"/>): "amid the", "under full", "resulted in the", right before a trigger.
    /// </summary>
    public Regex LeadBefore(string lead, string modifiers) =>
        new(@"\b" + CueGroup(lead) + @"\s+(?:" + CueGroup(modifiers) + @"\s+)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | WordListRegexes.Options);

    /// <summary>The end of a text that names what follows as the cause of the event reported ("protesting the", "in revenge for"), for a trigger or a death count right after it.</summary>
    public Regex CauseBefore { get; }

    /// <summary>The end of a text that is a verb of result and its determiners ("resulted in the", "led to the full"): the control named right after it is the change the fighting brought (TriggerFinder, TerritoryRoles).</summary>
    public Regex ResultBefore { get; }

    /// <summary>A cause word and at most a determiner ("protesting the", "in revenge for their"): where a phrase naming the cause of the event reported may open.</summary>
    public Regex CauseLead { get; }

    /// <summary>The words before a place that make it a person's home, not the event's place ("a civilian from A").</summary>
    public Regex OriginBefore { get; }

    /// <summary>The whole gap between a town's area and the place that contains it ("the A area in B", "A town in B").</summary>
    public Regex InContainerGap { get; }

    /// <summary>The lexicon shipped with the application.</summary>
    public static EventLexicon LoadDefault() => Default.Value;

    /// <summary>Every trigger, in file order; an advance line is followed by the rule of its forms with modifiers (AdvanceModifiers).</summary>
    public IReadOnlyList<TriggerRule> Triggers { get; }

    /// <summary>
    /// Whether a trigger form (of the rules <paramref name="rules"/> keeps, or of any rule) starts exactly at
    /// <paramref name="index"/>: the test a side's word or a cause word makes of the words right after it.
    /// </summary>
    public bool TriggerStartsAt(string text, int index, Func<TriggerRule, bool>? rules = null)
    {
        // Only the rules with a form that can start with the word there are run (most side words are followed by no trigger
        // word at all); where the index cannot tell (a non-ASCII letter, the text's end), every rule is.
        var candidates = index < text.Length && TriggerStarts.TryEntriesAt(text, index, out var entries) ? entries : _allTriggers;
        foreach (var i in candidates)
        {
            var t = Triggers[i];
            if ((rules is null || rules(t)) && t.Pattern.Match(text, index) is { Success: true } m && m.Index == index)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Number words and vague counts with the fatalities they stand for.</summary>
    public IReadOnlyDictionary<string, int> FatalityWords { get; }

    /// <summary>ACLED's sub-event types with their event type, disorder type and precedence.</summary>
    public IReadOnlyDictionary<string, AcledSubType> Taxonomy => _taxonomy;

    /// <summary>The matcher of a cue kind (negation, attempt, modality, hedge, background, anaphor, ...).</summary>
    public Regex Cue(string kind) => _cues.TryGetValue(kind, out var r) ? r : throw new KeyNotFoundException($"cues.tsv and grammar-words.tsv have no kind '{kind}'");

    /// <summary>
    /// A cue kind's forms as one group to build into a larger pattern, as <see cref="Cue"/> matches them (longest first, any
    /// whitespace between words, all-capital forms case-sensitive) but with no word boundaries of its own (the pattern around it sets them).
    /// </summary>
    public string CueGroup(string kind) => _cueForms.TryGetValue(kind, out var forms)
        ? "(?:" + Alternation(forms) + ")"
        : throw new InvalidDataException($"cues.tsv and grammar-words.tsv have no kind '{kind}'");

    /// <summary>
    /// A grammar pattern built around one cue kind of the shipped lexicon (<paramref name="before"/> + the kind's
    /// <see cref="CueGroup"/> + <paramref name="after"/>), case-insensitive: the one place that builds such patterns and sets their options.
    /// </summary>
    public static Regex GrammarRegex(string before, string kind, string after) =>
        new(before + LoadDefault().CueGroup(kind) + after, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// A grammar pattern that <paramref name="pattern"/> builds from cue groups of the shipped lexicon, with the options the pattern
    /// had when its words were C# literals (case and culture unchanged). Interpreted even in a long batch: such a pattern of clause
    /// shape costs far more to compile than it earns (<see cref="WordListRegexes"/>).
    /// </summary>
    public static Regex GrammarRegex(Func<EventLexicon, string> pattern, RegexOptions options) =>
        new(pattern(LoadDefault()), options);

    /// <summary>The fatality words (<see cref="FatalityWords"/>) as one group to build into a larger pattern, longest first.</summary>
    public string NumberWordGroup { get; }

    /// <summary>The word forms of a cue kind as listed (cues.tsv or grammar-words.tsv).</summary>
    public IReadOnlyList<string> CueForms(string kind) => _cueForms.TryGetValue(kind, out var forms)
        ? forms
        : throw new InvalidDataException($"cues.tsv and grammar-words.tsv have no kind '{kind}'");

    /// <summary>The matcher of an object class (territory, materiel, base, property, person).</summary>
    public Regex Object(string kind) => _objects.TryGetValue(kind, out var r) ? r : throw new KeyNotFoundException($"object-words.tsv has no class '{kind}'");

    /// <summary>False when <paramref name="text"/> surely holds no match of <see cref="Object"/>(<paramref name="kind"/>) (none of the words every match holds, read from its pattern).</summary>
    public bool MayHoldObject(string kind, ReadOnlySpan<char> text) => GuardedRegex.For(Object(kind)).MayMatch(text);

    /// <summary>A matcher for word forms separated by '|': whole words, any whitespace between words, all-capital forms case-sensitive.</summary>
    public static Regex Compile(string forms) => Compile(Forms(forms));

    /// <summary>A matcher for plain word forms: whole words, any whitespace between words, all-capital forms case-sensitive.</summary>
    public static Regex Compile(IReadOnlyList<string> forms) => WholeWords(Alternation(forms));

    /// <summary>The forms as one regex alternation, longest first, any whitespace between words, all-capital forms case-sensitive.</summary>
    private static string Alternation(IReadOnlyList<string> forms) => string.Join("|", forms
        .OrderByDescending(f => f.Length)
        .Select(f => (Pattern: Regex.Escape(f).Replace("\\ ", @"\s+"), Caps: f.Length > 1 && f.All(c => !char.IsLetter(c) || char.IsUpper(c))))
        .Select(f => f.Caps ? "(?-i:" + f.Pattern + ")" : f.Pattern));

    // An advance line is followed by a rule of its forms with modifiers ("achieved a slight advance", "advancing steadily in"), see
    // AdvanceModifiers. A rule of its own, so the line's plain forms keep the fast literal alternation a regex of literals gets.
    private IEnumerable<TriggerRule> WithModifiedForms(TriggerRule rule)
    {
        yield return rule;
        if (rule.Class == "advance" && AdvanceModifiers.Alternatives(rule.Forms, this) is { Pattern.Length: > 0 } modified)
        {
            yield return rule with { Pattern = WholeWords(modified.Pattern), Source = rule.Source + "; with modifiers (AdvanceModifiers)", Forms = modified.Leads };
        }
        if (FireExchange.Names(rule) && FireExchange.Alternative(this) is var fire)
        {
            yield return rule with { Pattern = WholeWords(fire.Pattern), Source = rule.Source + "; with modifiers (FireExchange)", Forms = fire.Leads };
        }
    }

    /// <summary>Whether <paramref name="text"/> names dead or wounded: a death, killing or wounded word (cue kinds death-word, killing-word, wounded-word).</summary>
    internal bool NamesCasualties(string text) =>
        Cue("death-word").IsMatch(text) || Cue("killing-word").IsMatch(text) || Cue("wounded-word").IsMatch(text);

    private static Regex WholeWords(string alternation) =>
        new(WholeWordsPattern(alternation), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | WordListRegexes.Options);

    private static string WholeWordsPattern(string alternation) => @"(?<![\w-])(?:" + alternation + @")(?![\w-])";

    /// <summary>Whether a rule's regex is exactly the one its forms make (<see cref="Compile(IReadOnlyList{string})"/>): then its forms are its whole matches.</summary>
    internal static bool IsOfWholeForms(TriggerRule rule) => rule.Pattern.ToString() == WholeWordsPattern(Alternation(rule.Forms));

    /// <summary>
    /// The adjuncts that may end a clause after a capture verb with no object: the forms of cue kind clause-tail ("after",
    /// "on Sunday", "by nightfall"), or a count of time units and an elapsed-time word ("two days later", "48 hours later",
    /// "a couple of weeks later"; cue kinds time-count, time-unit, elapsed-after).
    /// </summary>
    public Regex ClauseTail { get; }

    /// <summary>What may lead a second clause's predicate whose subject is the first clause's ("and then", "and on Sunday", "but failed to").</summary>
    public Regex PredicateLeads { get; }

    /// <summary>The cue kind whose words may stand before "control" in any trigger form ending in it ("took full control").</summary>
    public const string ControlIntensifierKind = "control-intensifier";

    /// <summary>
    /// The forms with, for each one of two or more words that ends in "control", the same form with each intensifier
    /// before that word ("taking control" also as "taking full control"), so that no verb form lacks its intensified variant.
    /// </summary>
    public static IReadOnlyList<string> WithIntensifiers(IReadOnlyList<string> forms, IReadOnlyList<string> intensifiers)
    {
        const string last = " control";
        var result = new List<string>(forms);
        var seen = new HashSet<string>(forms, StringComparer.OrdinalIgnoreCase);
        foreach (var form in forms.Where(f => f.EndsWith(last, StringComparison.OrdinalIgnoreCase)))
        {
            var head = form[..^last.Length];
            if (intensifiers.Any(i => head.EndsWith(" " + i, StringComparison.OrdinalIgnoreCase) || head.Equals(i, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            foreach (var intensifier in intensifiers)
            {
                var variant = head + " " + intensifier + last;
                if (seen.Add(variant))
                {
                    result.Add(variant);
                }
            }
        }
        return result;
    }

    /// <summary>The word forms of a '|'-separated list, trimmed, empty ones left out.</summary>
    public static IReadOnlyList<string> Forms(string forms) =>
        forms.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The rows of a lexicon TSV (comments and the header left out), each with its source as the last field.</summary>
    internal static IEnumerable<string[]> Rows(string tsv, string file, int columns)
    {
        var lineNumber = 0;
        var header = true;
        foreach (var raw in tsv.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (header)
            {
                header = false;
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length != columns || fields[^1].Trim().Length == 0)
            {
                throw new InvalidDataException($"{file} line {lineNumber}: expected {columns} tab-separated fields ending with a source");
            }
            yield return fields.Select(f => f.Trim()).ToArray();
        }
    }

    /// <summary>The text of a lexicon file shipped with the application.</summary>
    internal static string Resource(string file) => Read(file);

    private static string Read(string file)
    {
        using var stream = typeof(EventLexicon).Assembly.GetManifestResourceStream("MapDashboard.Core.Events.Lexicon." + file)
            ?? throw new InvalidOperationException($"The event lexicon file {file} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
