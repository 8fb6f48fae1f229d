using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// How the regexes built from the word lists (triggers, cues, objects, fatality words; the geoparser's non-place spans,
/// mention context and list cues) run. They are
/// interpreted by default: compiling them costs about a second of start-up (Reflection.Emit and the JIT), which a
/// one-article run never earns back. A long batch (ingest of a folder) sets <see cref="CompiledSwitch"/> before the
/// first use, and the same patterns run compiled: the same matches, faster from a few hundred articles on.
/// The static grammar patterns of clause shape (<see cref="EventLexicon.GrammarRegex(Func{EventLexicon, string}, RegexOptions)"/>)
/// stay interpreted: their loops and anchors make each cost tens to hundreds of milliseconds of JIT when compiled, and
/// most run only around a trigger (BENCHMARKS.md "Session 22, s22-parse").
/// </summary>
public static class WordListRegexes
{
    /// <summary>The AppContext switch that makes word-list regexes built from then on compiled.</summary>
    public const string CompiledSwitch = "MapDashboard.WordListRegexes.Compiled";

    /// <summary>The options to add to a word-list regex: <see cref="RegexOptions.Compiled"/> when the switch is on.</summary>
    public static RegexOptions Options => AppContext.TryGetSwitch(CompiledSwitch, out var on) && on ? RegexOptions.Compiled : RegexOptions.None;
}
