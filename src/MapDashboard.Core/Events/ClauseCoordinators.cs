using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// The conjunctions that open a second clause with a subject of its own for the roles of a capture or an advance: the cue kind
/// <c>coordinator</c> ("and", "while", ", as", "but") and a bare "as" of time ("Rebels clashed with the army near X as
/// government forces made gains in the area": the army gained, not the rebels), but not an "as" of comparison or naming,
/// which follows a word of grammar kind <c>as-not-conjunction</c> ("such as", "as well as", "known as").
/// </summary>
internal static class ClauseCoordinators
{
    private static readonly Lazy<Regex> Shipped = new(() => EventLexicon.GrammarRegex(
        l => l.Cue("coordinator") + @"|(?<!\b" + l.CueGroup("as-not-conjunction") + @"\s+)(?<![\w-])as\b(?!\s+well\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary>The pattern over the lists shipped with the application.</summary>
    public static Regex Default => Shipped.Value;
}
